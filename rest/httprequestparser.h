#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::rest {

// What a request's head says: its request line and header fields (names as sent), and what they mean for the body
// and the connection.
struct HttpRequestHead final {
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;

    // The first value of the field, its name matched case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasBody() const { return chunked || contentLength > 0; }
};

struct HttpParseError final {
    int status = 400; // 400, 413, 414, 417, 431, 501 or 505
    QString message;
};

// A request target split for routing: the path's segments percent-decoded one by one (an encoded '/' stays inside
// its segment) and the query's items decoded.
struct RequestTarget final {
    QStringList segments;
    QList<std::pair<QString, QString>> query;
};
RequestTarget splitTarget(const QByteArray &target);

// An incremental HTTP/1.1 request parser without a socket: bytes go in as they arrive, requests come out one at a
// time. It never holds more than a head's worth of unparsed bytes plus one body within the limit, so a caller that
// feeds it at most capacity() bytes bounds what a client can make the server keep. After a request's head it waits
// for the caller's decision (acceptBody, or closing the connection), so a request refused on its head is never read.
class HttpRequestParser final {
public:
    static constexpr qsizetype maxHeadBytes = 64 * 1024; // request line and header fields (431 beyond)
    enum class Step { NeedMore, Head, Complete, Failed };

    explicit HttpRequestParser(qint64 maxBodyBytes) : m_maxBody(maxBodyBytes) {}

    // How many more bytes it takes now: none while it waits for a decision or for next().
    qsizetype capacity() const;
    void feed(QByteArrayView bytes);
    // Parses what was fed up to the next event: a head (then call acceptBody), a complete request, an error.
    Step step();
    const HttpRequestHead &head() const { return m_head; }
    const HttpParseError &error() const { return m_error; }
    void acceptBody();
    // A head without a body dropped (its request refused) and the next one started; false when a body follows it.
    bool skipRequest();
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // After Complete: parse the next request (pipelined bytes already fed are kept).
    void next();
    // Between requests with nothing of the next one received.
    bool idle() const { return m_state == State::RequestLine && m_headBytes == 0 && buffered() == 0; }

private:
    enum class State { RequestLine, Headers, AwaitBody, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done, Failed };
    qint64 m_maxBody;
    State m_state = State::RequestLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // parsed bytes at the front of m_buffer
    qsizetype m_headBytes = 0; // of the head (and trailers) so far
    qint64 m_remaining = 0;    // of the body or the chunk being read
    HttpRequestHead m_head;
    QByteArray m_body;
    HttpParseError m_error;

    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    Step fail(int status, const QString &message);
    // The next complete line (without CR LF), or false when it has not arrived; fails past `limit` bytes.
    bool takeLine(QByteArray &line, qsizetype limit, Step &failure);
    Step requestLine(const QByteArray &line);
    Step headerLine(const QByteArray &line);
    Step endOfHead();
    Step bodyBytes();
    Step chunkSize(const QByteArray &line);
};

} // namespace slipway::rest
