#pragma once

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

namespace slipway::testing {

// A real QHttpServer on 127.0.0.1 whose /health answer a test flips between green and red.
class GateServer final {
public:
    GateServer() {
        m_server.route(QStringLiteral("/health"), [this]() {
            ++requests;
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("status"), green ? QStringLiteral("green") : QStringLiteral("red")}},
                green ? QHttpServerResponder::StatusCode::Ok : QHttpServerResponder::StatusCode::ServiceUnavailable);
        });
        m_tcp.listen(QHostAddress::LocalHost, 0);
        m_server.bind(&m_tcp);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/health").arg(m_tcp.serverPort()); }

    bool green = false;
    int requests = 0;

private:
    QHttpServer m_server;
    QTcpServer m_tcp;
};

} // namespace slipway::testing
