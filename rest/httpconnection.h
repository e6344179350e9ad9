#pragma once

#include "httprequestparser.h"
#include "restcontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace slipway::rest {

class HttpConnection;

// What answers the requests of the connections: the server's side of them.
class HttpExchange {
public:
    virtual ~HttpExchange() = default;
    // After a request's head, before its body is read: an answer refuses it (the body stays unread).
    virtual std::optional<RestResponse> onHead(HttpConnection &connection, const HttpRequestHead &head) = 0;
    // A whole request whose head was accepted: answered through connection.respond(), at once or later.
    virtual void onRequest(HttpConnection &connection, QByteArray body) = 0;
    virtual void onClosed(HttpConnection &connection) = 0;
};

// One client's TCP connection. It reads no more than its parser takes (Qt's own buffer bounded too), answers the
// requests in their order (pipelined ones wait for the one before), closes after a malformed or refused request
// and after an idle timeout, and stops reading while a client leaves a megabyte of answers unread.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 readBufferBytes = 64 * 1024;
    static constexpr qint64 maxUnsentBytes = 1024 * 1024;
    // After a refusal, what is read and dropped (so the client sees the answer rather than a reset): at most this
    // much, for at most this long, and only while the client keeps sending.
    static constexpr qint64 drainBytes = 4 * 1024 * 1024;
    static constexpr int drainMs = 2000;
    static constexpr int drainQuietMs = 250;

    HttpConnection(QTcpSocket *socket, HttpExchange &exchange, qint64 maxBodyBytes, int idleTimeoutMs,
                   QObject *parent = nullptr);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    // Answers the request in flight (the one onRequest was given).
    void respond(const RestResponse &response);
    void setIdleTimeout(int milliseconds);
    // Waiting for a request, none of it received: closing it loses nothing.
    bool isIdle() const { return m_phase == Phase::Reading && m_parser.idle(); }
    bool isHandling() const { return m_phase == Phase::Handling; }
    bool isEnding() const { return m_phase == Phase::Draining || m_phase == Phase::Closing; }
    qint64 quietMs() const { return m_lastActivity.elapsed(); }
    // Answers a request-less refusal (e.g. 503 when full) and closes.
    void refuse(const RestResponse &response);
    void abort();

private:
    enum class Phase { Reading, Handling, Draining, Closing, Closed };
    // After an answer: the next request, a graceful close, or a close once what the client still sends is dropped.
    enum class Ending { KeepOpen, Close, Drain };
    QTcpSocket *m_socket;
    HttpExchange &m_exchange;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::Reading;
    QTimer m_idle;
    int m_idleMs;
    QElapsedTimer m_lastActivity;
    qint64 m_drained = 0;
    QElapsedTimer m_draining;
    bool m_inPump = false;
    bool m_headOnly = false; // a HEAD request: the answer's headers only
    bool m_keepAlive = true;
    bool m_http10 = false;

    void pump();
    bool readMore();
    void onHead();
    void write(const RestResponse &response, Ending ending);
    void drain();
    void closeGracefully();
    void touch();
    void closed();
};

// The status line, header fields and body of an answer, as sent.
QByteArray serializeResponse(const RestResponse &response, bool headOnly, bool close, bool http10 = false);

} // namespace slipway::rest
