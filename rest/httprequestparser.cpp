#include "httprequestparser.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

namespace slipway::rest {

namespace {

constexpr qsizetype maxChunkLine = 1024; // a chunk's size and extensions
constexpr qsizetype maxHeaderFields = 100;

bool isTokenChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c));
}

int hexValue(char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

bool isToken(QByteArrayView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Field values may hold visible ASCII, spaces, tabs and bytes above 0x7f, never other control characters.
bool isFieldValue(QByteArrayView text) {
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7f;
    });
}

QByteArray trimmedOws(QByteArrayView text) {
    qsizetype first = 0, last = text.size();
    while (first < last && (text[first] == ' ' || text[first] == '\t'))
        ++first;
    while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t'))
        --last;
    return text.sliced(first, last - first).toByteArray();
}

QList<QByteArray> listValues(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name) {
    QList<QByteArray> values;
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            for (const QByteArray &part : value.split(','))
                values << trimmedOws(part).toLower();
    return values;
}

} // namespace

QByteArray HttpRequestHead::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

RequestTarget splitTarget(const QByteArray &target) {
    QByteArray path = target;
    if (const qsizetype scheme = path.indexOf("://"); scheme > 0 && !path.startsWith('/')) {
        const qsizetype slash = path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (const qsizetype hash = path.indexOf('#'); hash >= 0)
        path.truncate(hash);
    QByteArray query;
    if (const qsizetype question = path.indexOf('?'); question >= 0) {
        query = path.mid(question + 1);
        path.truncate(question);
    }
    RequestTarget split;
    for (const QByteArray &raw : path.split('/'))
        if (!raw.isEmpty())
            split.segments << QUrl::fromPercentEncoding(raw);
    if (!query.isEmpty())
        split.query = QUrlQuery(QString::fromUtf8(query)).queryItems(QUrl::FullyDecoded);
    return split;
}

qsizetype HttpRequestParser::capacity() const {
    if (m_state == State::AwaitBody || m_state == State::Done || m_state == State::Failed)
        return 0;
    return qMax<qsizetype>(0, maxHeadBytes + 1 - buffered());
}

void HttpRequestParser::feed(QByteArrayView bytes) {
    if (m_pos > 0 && m_pos >= buffered()) { // compacted rarely, so trickled bytes cost linear time
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QString &message) {
    m_state = State::Failed;
    m_error = {status, message};
    return Step::Failed;
}

bool HttpRequestParser::takeLine(QByteArray &line, qsizetype limit, Step &failure) {
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    const qsizetype length = newline < 0 ? buffered() : newline - m_pos + 1;
    if (length > limit) {
        const bool inRequestLine = m_state == State::RequestLine;
        const bool inChunk = m_state == State::ChunkSize || m_state == State::ChunkEnd;
        failure =
            inChunk ? fail(400, QStringLiteral("a chunk size line is malformed or too long"))
            : inRequestLine
                ? fail(414, QStringLiteral("the request line is longer than %1 bytes").arg(maxHeadBytes))
                : fail(431,
                       QStringLiteral("the request's header fields are longer than %1 bytes in all").arg(maxHeadBytes));
        return false;
    }
    if (newline < 0)
        return false;
    line = m_buffer.mid(m_pos, newline - m_pos);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = newline + 1;
    if (m_state == State::RequestLine || m_state == State::Headers || m_state == State::Trailers)
        m_headBytes += length;
    return true;
}

HttpRequestParser::Step HttpRequestParser::step() {
    for (;;) {
        Step failure = Step::NeedMore;
        QByteArray line;
        switch (m_state) {
        case State::RequestLine:
        case State::Headers:
            if (!takeLine(line, maxHeadBytes - m_headBytes, failure))
                return failure;
            if (const Step result = m_state == State::RequestLine ? requestLine(line) : headerLine(line);
                result != Step::NeedMore)
                return result;
            break;
        case State::AwaitBody: return Step::Head;
        case State::Body:
            if (bodyBytes() == Step::NeedMore)
                return Step::NeedMore;
            break;
        case State::ChunkSize:
            if (!takeLine(line, maxChunkLine, failure))
                return failure;
            if (const Step result = chunkSize(line); result != Step::NeedMore)
                return result;
            break;
        case State::ChunkData:
            if (bodyBytes() == Step::NeedMore)
                return Step::NeedMore;
            break;
        case State::ChunkEnd:
            if (!takeLine(line, 2, failure))
                return failure;
            if (!line.isEmpty())
                return fail(400, QStringLiteral("a chunk does not end with CR LF"));
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(line, maxHeadBytes - m_headBytes, failure))
                return failure;
            if (line.isEmpty())
                m_state = State::Done;
            else if (line.indexOf(':') <= 0 || !isFieldValue(line))
                return fail(400, QStringLiteral("a trailer field is malformed"));
            break;
        case State::Done: return Step::Complete;
        case State::Failed: return Step::Failed;
        }
    }
}

HttpRequestParser::Step HttpRequestParser::requestLine(const QByteArray &line) {
    if (line.isEmpty()) // empty lines before a request line are ignored (RFC 9112, 2.2)
        return Step::NeedMore;
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, QStringLiteral("the request line is not METHOD TARGET HTTP/1.1"));
    const QByteArray &target = parts.at(1);
    if (!std::all_of(target.begin(), target.end(), [](char c) { return c > ' ' && c < 0x7f; }) ||
        !(target.startsWith('/') || target == "*" || target.toLower().startsWith("http://") ||
          target.toLower().startsWith("https://")))
        return fail(400, QStringLiteral("the request target is malformed"));
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || !std::isdigit(static_cast<unsigned char>(version[5])) ||
        version[6] != '.' || !std::isdigit(static_cast<unsigned char>(version[7])))
        return fail(400, QStringLiteral("the request line does not end with an HTTP version"));
    if (version[5] != '1')
        return fail(505,
                    QStringLiteral("HTTP/%1 is not supported; use HTTP/1.1").arg(QString::fromLatin1(version.mid(5))));
    m_head.method = parts.at(0);
    m_head.target = target;
    m_head.minorVersion = version[7] == '0' ? 0 : 1;
    m_state = State::Headers;
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::headerLine(const QByteArray &line) {
    if (line.isEmpty())
        return endOfHead();
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)) || !isFieldValue(line))
        return fail(400, QStringLiteral("a header field is malformed"));
    if (m_head.headers.size() >= maxHeaderFields)
        return fail(431, QStringLiteral("the request has more than %1 header fields").arg(maxHeaderFields));
    m_head.headers.append({line.left(colon), trimmedOws(QByteArrayView(line).sliced(colon + 1))});
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::endOfHead() {
    HttpRequestHead &head = m_head;
    const qsizetype hosts = std::count_if(head.headers.cbegin(), head.headers.cend(), [](const auto &field) {
        return QByteArrayView(field.first).compare("Host", Qt::CaseInsensitive) == 0;
    });
    if (hosts > 1 || (hosts == 0 && head.minorVersion == 1))
        return fail(400, QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
    const QList<QByteArray> codings = listValues(head.headers, "Transfer-Encoding");
    const QList<QByteArray> lengths = listValues(head.headers, "Content-Length");
    if (!codings.isEmpty() && !lengths.isEmpty())
        return fail(400, QStringLiteral("a request cannot have both Content-Length and Transfer-Encoding"));
    if (!codings.isEmpty()) {
        if (codings != QList<QByteArray>{"chunked"})
            return fail(501, QStringLiteral("only the chunked transfer coding is supported"));
        if (head.minorVersion == 0)
            return fail(400, QStringLiteral("Transfer-Encoding needs HTTP/1.1"));
        head.chunked = true;
    }
    for (const QByteArray &length : lengths)
        if (length.isEmpty() || length != lengths.first() ||
            !std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, QStringLiteral("Content-Length must be one decimal number"));
    if (!lengths.isEmpty()) {
        const QByteArray digits = lengths.first();
        head.contentLength = digits.size() > 15 ? std::numeric_limits<qint64>::max() : digits.toLongLong();
    }
    if (head.contentLength > m_maxBody)
        return fail(413, QStringLiteral("the body has %1 bytes; at most %2 are accepted")
                             .arg(QString::fromLatin1(lengths.first()))
                             .arg(m_maxBody));
    head.keepAlive = head.minorVersion == 1;
    for (const QByteArray &option : listValues(head.headers, "Connection")) {
        if (option == "close")
            head.keepAlive = false;
        else if (option == "keep-alive" && head.minorVersion == 0)
            head.keepAlive = true;
    }
    const QList<QByteArray> expectations = listValues(head.headers, "Expect");
    if (!expectations.isEmpty() && expectations != QList<QByteArray>{"100-continue"})
        return fail(417, QStringLiteral("only \"Expect: 100-continue\" is supported"));
    head.expectContinue = !expectations.isEmpty() && head.minorVersion == 1 && head.hasBody();
    m_state = State::AwaitBody;
    return Step::Head;
}

void HttpRequestParser::acceptBody() {
    if (m_state != State::AwaitBody)
        return;
    m_remaining = m_head.contentLength;
    m_state = m_head.chunked ? State::ChunkSize : m_head.contentLength > 0 ? State::Body : State::Done;
}

bool HttpRequestParser::skipRequest() {
    if (m_state != State::AwaitBody || m_head.hasBody())
        return false;
    next();
    return true;
}

HttpRequestParser::Step HttpRequestParser::bodyBytes() {
    const qsizetype count = qsizetype(qMin<qint64>(m_remaining, buffered()));
    m_body.append(m_buffer.constData() + m_pos, count);
    m_pos += count;
    m_remaining -= count;
    if (m_remaining > 0)
        return Step::NeedMore;
    m_state = m_state == State::ChunkData ? State::ChunkEnd : State::Done;
    return Step::Complete;
}

HttpRequestParser::Step HttpRequestParser::chunkSize(const QByteArray &line) {
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size() && std::isxdigit(static_cast<unsigned char>(line[i])); ++i) {
        size = size * 16 + hexValue(line[i]);
        if (size > m_maxBody - m_body.size()) // counted as it arrives: refused before the chunk is read
            return fail(413, QStringLiteral("the chunked body exceeds %1 bytes").arg(m_maxBody));
    }
    const QByteArray rest = trimmedOws(QByteArrayView(line).sliced(i));
    if (i == 0 || (!rest.isEmpty() && !rest.startsWith(';')))
        return fail(400, QStringLiteral("a chunk size is malformed"));
    m_remaining = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return Step::NeedMore;
}

void HttpRequestParser::next() {
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_remaining = 0;
    m_head = {};
    m_body.clear();
    m_error = {};
}

} // namespace slipway::rest
