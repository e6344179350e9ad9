#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace slipway::testing {

// A minimal HTTP/1.0 responder on 127.0.0.1 whose answer a test sets and flips.
class TinyHttpServer final : public QTcpServer {
public:
    TinyHttpServer() {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    lastRequest = m_request;
                    m_request.clear();
                    const QByteArray response =
                        "HTTP/1.0 " + QByteArray::number(status) +
                        " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                        "\r\n\r\n" + body;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path = QStringLiteral("/")) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    int status = 200;
    QByteArray body = "{}";
    int requests = 0;
    QByteArray lastRequest;

private:
    QByteArray m_request;
};

} // namespace slipway::testing
