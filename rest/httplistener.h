#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QList>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <memory>

namespace slipway::rest {

// Accepts TCP connections for the REST server and keeps their number bounded. At the cap (512, and never more than
// the descriptor limit allows) the connection quiet for longest among those waiting for a request is closed to let
// the new one in, so a crowd of idle sockets can never shut out a health check or a real client; only when every
// connection is busy answering is the newcomer refused with a 503. When accept() fails (out of descriptors) it pauses
// accepting for a moment instead of spinning on the ready socket.
class HttpListener final : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultConnectionCap = 512;
    static constexpr int defaultIdleTimeoutMs = 60 * 1000;
    static constexpr int acceptPauseMs = 100;

    HttpListener(HttpExchange &exchange, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~HttpListener() override;
    Q_DISABLE_COPY_MOVE(HttpListener)

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_tcp.errorString(); }
    quint16 port() const { return m_tcp.serverPort(); }
    void setIdleTimeout(int milliseconds);
    // Clamped to what the process's descriptor limit leaves beside the engine's own files.
    void setConnectionCap(int cap);
    int connectionCap() const { return m_cap; }
    int openConnections() const { return int(m_connections.size()); }
    // The connection leaves the list (its owner calls this from HttpExchange::onClosed).
    void forget(HttpConnection &connection);

    // Raises the soft RLIMIT_NOFILE to the hard limit; returns the soft limit now in force.
    static qint64 raiseDescriptorLimit();
    static int capForDescriptors(qint64 softLimit, int wanted);

private:
    HttpExchange &m_exchange;
    qint64 m_maxBody;
    QTcpServer m_tcp;
    QList<HttpConnection *> m_connections;
    std::unique_ptr<QSocketNotifier> m_notifier; // the listening socket ready to accept
    QTimer m_resume;
    int m_cap = defaultConnectionCap;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;

    void acceptPending();
    void admit(QTcpSocket *socket);
    HttpConnection *quietest() const;
    void onAcceptError();
};

} // namespace slipway::rest
