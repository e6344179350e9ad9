#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

namespace slipway::testing {

// One answer read off the wire.
struct RawAnswer final {
    int status = 0;
    QByteArray head; // status line and fields
    QByteArray body;
    bool has(const QByteArray &field) const { return head.toLower().contains(QByteArray("\r\n" + field.toLower())); }
};

// Bytes over a plain TCP socket, to send what QNetworkAccessManager never would (a head without its body, garbage,
// pipelined requests) and to see exactly what comes back. It never blocks: tests wait with QTRY_*, so a server on
// the test's thread keeps running.
class RawHttpClient final {
public:
    explicit RawHttpClient(quint16 port) {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [this] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::bytesWritten, &socket, [this] { topUp(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // Sends `total` filler bytes (or chunks of them) as fast as the server takes them, until stopFlood().
    void flood(qint64 total, bool chunked = false) {
        m_floodLeft = total;
        m_chunked = chunked;
        topUp();
    }
    void stopFlood() { m_floodLeft = 0; }
    // Handed to the kernel: what the server could have read.
    qint64 flooded() const { return m_flooded - socket.bytesToWrite(); }

    // The answers complete so far; `headOnly` marks the ones whose requests were HEAD (no body follows).
    QList<RawAnswer> answers(const QList<bool> &headOnly = {}) const {
        QList<RawAnswer> found;
        qsizetype at = 0;
        for (;;) {
            const qsizetype end = received.indexOf("\r\n\r\n", at);
            if (end < 0)
                return found;
            RawAnswer answer;
            answer.head = received.mid(at, end + 2 - at);
            answer.status = answer.head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray &line : answer.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (answer.status == 100 || headOnly.value(found.size(), false))
                length = 0;
            if (received.size() < end + 4 + length)
                return found;
            answer.body = received.mid(end + 4, length);
            at = end + 4 + length;
            if (answer.status != 100)
                found << answer;
        }
    }
    RawAnswer first() const { return answers().value(0); }

    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

private:
    qint64 m_floodLeft = 0;
    qint64 m_flooded = 0;
    bool m_chunked = false;

    void topUp() {
        static const QByteArray filler(64 * 1024, 'x');
        while (m_floodLeft > 0 && !closed && socket.state() == QAbstractSocket::ConnectedState &&
               socket.bytesToWrite() < 256 * 1024) {
            const qint64 size = qMin<qint64>(m_floodLeft, filler.size());
            const QByteArray piece = filler.first(size);
            socket.write(m_chunked ? QByteArray::number(size, 16) + "\r\n" + piece + "\r\n" : piece);
            m_floodLeft -= size;
            m_flooded += size;
        }
    }
};

} // namespace slipway::testing
