#include "httplistener.h"

#include <QTcpSocket>

#include <limits>

#include <sys/resource.h>

namespace slipway::rest {

namespace {

qint64 softDescriptorLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max() : qint64(limit.rlim_cur);
}

} // namespace

HttpListener::HttpListener(HttpExchange &exchange, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent), m_exchange(exchange), m_maxBody(maxBodyBytes) {
    // Room for a burst of clients connecting at once (the kernel queue; the cap applies once they are accepted).
    m_tcp.setListenBacklogSize(1024);
    m_resume.setSingleShot(true);
    m_resume.setInterval(acceptPauseMs);
    connect(&m_resume, &QTimer::timeout, &m_tcp, &QTcpServer::resumeAccepting);
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpListener::acceptPending);
    connect(&m_tcp, &QTcpServer::acceptError, this, &HttpListener::onAcceptError);
}

HttpListener::~HttpListener() = default;

qint64 HttpListener::raiseDescriptorLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &raised);
    }
    return softDescriptorLimit();
}

int HttpListener::capForDescriptors(qint64 softLimit, int wanted) {
    // The engine keeps the rest: the database and its journal, task processes' pipes, log files.
    const qint64 margin = qMax<qint64>(64, softLimit / 4);
    return int(qBound(qint64(1), softLimit - margin, qint64(qMax(1, wanted))));
}

bool HttpListener::listen(const QHostAddress &address, quint16 port) {
    m_cap = capForDescriptors(raiseDescriptorLimit(), m_cap);
    return m_tcp.listen(address, port);
}

void HttpListener::setIdleTimeout(int milliseconds) {
    m_idleTimeoutMs = milliseconds;
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->setIdleTimeout(milliseconds);
}

void HttpListener::setConnectionCap(int cap) {
    m_cap = capForDescriptors(softDescriptorLimit(), cap);
}

void HttpListener::forget(HttpConnection &connection) {
    m_connections.removeOne(&connection);
}

void HttpListener::acceptPending() {
    while (m_tcp.hasPendingConnections())
        if (QTcpSocket *socket = m_tcp.nextPendingConnection())
            admit(socket);
}

void HttpListener::admit(QTcpSocket *socket) {
    auto *connection = new HttpConnection(socket, m_exchange, m_maxBody, m_idleTimeoutMs, this);
    if (m_connections.size() >= m_cap) {
        if (HttpConnection *quiet = quietest()) {
            quiet->abort(); // leaves the list through HttpExchange::onClosed
        } else {
            connection->refuse(RestResponse::error(
                503, QStringLiteral("ServiceUnavailableException"),
                QStringLiteral("the server is answering %1 connections already; try again shortly").arg(m_cap)));
            return;
        }
    }
    m_connections.append(connection);
}

// The one to close for a newcomer: one already ending, else the longest quiet among those waiting for a request
// (an idle one before one halfway through a request); never one whose request is being answered.
HttpConnection *HttpListener::quietest() const {
    HttpConnection *best = nullptr;
    int bestRank = 3;
    qint64 bestQuiet = -1;
    for (HttpConnection *connection : m_connections) {
        const int rank = connection->isEnding() ? 0 : connection->isIdle() ? 1 : connection->isHandling() ? 3 : 2;
        if (rank == 3)
            continue;
        const qint64 quiet = connection->quietMs();
        if (rank < bestRank || (rank == bestRank && quiet > bestQuiet)) {
            best = connection;
            bestRank = rank;
            bestQuiet = quiet;
        }
    }
    return best;
}

void HttpListener::onAcceptError() {
    // QTcpServer has paused accepting: free a descriptor if one can be freed, and try again shortly.
    if (HttpConnection *quiet = quietest())
        quiet->abort();
    m_resume.start();
}

} // namespace slipway::rest
