#include "httpconnection.h"

#include <QTcpSocket>

#include <array>

namespace slipway::rest {

namespace {

QByteArray reasonOf(int status) {
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QString typeKeyOfStatus(int status) {
    switch (status) {
    case 413: return QStringLiteral("RequestTooLargeException");
    case 414: return QStringLiteral("RequestUriTooLongException");
    case 417: return QStringLiteral("ExpectationFailedException");
    case 431: return QStringLiteral("RequestHeaderFieldsTooLargeException");
    case 501: return QStringLiteral("NotImplementedException");
    case 505: return QStringLiteral("HttpVersionNotSupportedException");
    default: return QStringLiteral("InvalidRequestException");
    }
}

// Reads land in one buffer per thread, so a stream of them allocates nothing (a connection's thread is its server's).
char *scratch() {
    thread_local std::array<char, HttpConnection::readBufferBytes> buffer;
    return buffer.data();
}

// A field value never carries a line break into the answer's head.
QByteArray oneLine(QByteArray value) {
    return value.replace('\r', ' ').replace('\n', ' ');
}

} // namespace

QByteArray serializeResponse(const RestResponse &response, bool headOnly, bool close, bool http10) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonOf(response.status) + "\r\n";
    if (response.status != 204) { // "No Content" has neither (RFC 9110, 8.6)
        out += "Content-Type: " + oneLine(response.contentType) + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &[key, value] : response.headers)
        out += oneLine(key) + ": " + oneLine(value) + "\r\n";
    // HTTP/1.0 closes unless told otherwise; HTTP/1.1 stays open unless told otherwise.
    out += close ? "Connection: close\r\n\r\n" : http10 ? "Connection: keep-alive\r\n\r\n" : "\r\n";
    if (!headOnly)
        out += response.body;
    return out;
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpExchange &exchange, qint64 maxBodyBytes, int idleTimeoutMs,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_exchange(exchange), m_parser(maxBodyBytes), m_idleMs(idleTimeoutMs) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferBytes);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Draining)
            closeGracefully();
        else
            abort();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_phase == Phase::Draining)
            drain();
        else
            pump();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        touch();
        if (m_phase == Phase::Reading)
            pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
    m_lastActivity.start();
    m_idle.start();
    // Bytes that came with the connection are read once the listener has it in its list.
    QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
    disconnect(m_socket, nullptr, this, nullptr);
}

void HttpConnection::setIdleTimeout(int milliseconds) {
    m_idleMs = milliseconds;
    if (m_phase == Phase::Draining)
        return;
    m_idle.setInterval(milliseconds);
    if (m_phase == Phase::Reading)
        m_idle.start();
}

void HttpConnection::touch() {
    m_lastActivity.restart();
    if (m_phase == Phase::Reading || m_phase == Phase::Closing)
        m_idle.start();
}

void HttpConnection::pump() {
    if (m_inPump)
        return;
    m_inPump = true;
    // A client that leaves answers unread gets no more until it reads them.
    while (m_phase == Phase::Reading && m_socket->bytesToWrite() <= maxUnsentBytes) {
        const HttpRequestParser::Step step = m_parser.step();
        if (step == HttpRequestParser::Step::NeedMore) {
            if (!readMore())
                break;
        } else if (step == HttpRequestParser::Step::Head) {
            onHead();
        } else if (step == HttpRequestParser::Step::Complete) {
            m_phase = Phase::Handling;
            m_idle.stop();
            m_exchange.onRequest(*this, m_parser.takeBody()); // may respond() at once
        } else {
            const HttpParseError &error = m_parser.error();
            write(RestResponse::error(error.status, typeKeyOfStatus(error.status), error.message), Ending::Drain);
        }
    }
    m_inPump = false;
}

bool HttpConnection::readMore() {
    const qint64 wanted = qMin<qint64>(m_parser.capacity(), m_socket->bytesAvailable());
    if (wanted <= 0)
        return false;
    char *buffer = scratch();
    const qint64 read = m_socket->read(buffer, qMin(wanted, readBufferBytes));
    if (read <= 0)
        return false;
    m_parser.feed(QByteArrayView(buffer, read));
    touch();
    return true;
}

void HttpConnection::onHead() {
    const HttpRequestHead &head = m_parser.head();
    m_headOnly = head.method == "HEAD";
    m_keepAlive = head.keepAlive;
    m_http10 = head.minorVersion == 0;
    if (std::optional<RestResponse> refusal = m_exchange.onHead(*this, head)) {
        // Refused on its head: a body that follows is never read, so the connection cannot carry another request.
        if (m_parser.skipRequest())
            write(*refusal, m_keepAlive ? Ending::KeepOpen : Ending::Close);
        else
            write(*refusal, Ending::Drain);
        return;
    }
    if (head.expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_parser.acceptBody();
}

void HttpConnection::respond(const RestResponse &response) {
    if (m_phase != Phase::Handling)
        return;
    m_parser.next();
    m_phase = Phase::Reading;
    write(response, m_keepAlive ? Ending::KeepOpen : Ending::Close);
    if (m_phase != Phase::Reading)
        return;
    touch();
    if (!m_inPump) // the next pipelined request, after this answer
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

void HttpConnection::refuse(const RestResponse &response) {
    write(response, Ending::Drain);
}

void HttpConnection::write(const RestResponse &response, Ending ending) {
    if (m_phase == Phase::Closed)
        return;
    m_socket->write(serializeResponse(response, m_headOnly, ending != Ending::KeepOpen, m_http10));
    m_headOnly = false;
    if (ending == Ending::Close) {
        closeGracefully();
    } else if (ending == Ending::Drain) {
        m_phase = Phase::Draining;
        m_draining.start();
        m_idle.start(drainQuietMs);
        drain();
    }
}

void HttpConnection::drain() {
    while (m_phase == Phase::Draining) {
        const qint64 dropped = m_socket->read(scratch(), readBufferBytes);
        if (dropped <= 0)
            return;
        m_drained += dropped;
        m_idle.start(drainQuietMs);
        if (m_drained > drainBytes || m_draining.elapsed() > drainMs)
            closeGracefully();
    }
}

void HttpConnection::closeGracefully() {
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_idle.start(m_idleMs); // a client that never reads the last answer is cut off after the idle timeout
    m_socket->disconnectFromHost();
}

void HttpConnection::abort() {
    if (m_phase == Phase::Closed)
        return;
    m_socket->abort();
    closed();
}

void HttpConnection::closed() {
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_idle.stop();
    m_exchange.onClosed(*this);
}

} // namespace slipway::rest
