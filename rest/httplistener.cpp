#include "httplistener.h"

#include <QTcpSocket>

#include <limits>

#include <cerrno>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

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
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
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
    if (!m_tcp.listen(address, port))
        return false;
    // QTcpServer takes EMFILE for a temporary error and polls the still-ready socket again at once, a busy loop; the
    // listener accepts by itself instead (QTcpServer only binds and listens).
    m_tcp.pauseAccepting();
    m_notifier = std::make_unique<QSocketNotifier>(m_tcp.socketDescriptor(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HttpListener::acceptPending);
    return true;
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
    for (int burst = 0; burst < 64; ++burst) { // then the event loop serves the connections already in
        const int descriptor = ::accept4(int(m_tcp.socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED)
                return;
            onAcceptError(); // out of descriptors or memory: the connection stays queued in the kernel
            return;
        }
        auto *socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            ::close(descriptor);
            delete socket;
            continue;
        }
        admit(socket);
    }
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
    // Pause accepting, free a descriptor if one can be freed, and try again shortly.
    m_notifier->setEnabled(false);
    if (HttpConnection *quiet = quietest())
        quiet->abort();
    m_resume.start();
}

} // namespace slipway::rest
