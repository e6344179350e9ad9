#include "restserver.h"

#include "restroutes.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace slipway::rest {

namespace {

QString typeKeyOf(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Validation: return QStringLiteral("InvalidRequestException");
    case ErrorKind::NotFound: return QStringLiteral("NotFoundException");
    case ErrorKind::Forbidden: return QStringLiteral("ReleaseManagementUnauthorizedException");
    case ErrorKind::Conflict: return QStringLiteral("ConflictException");
    case ErrorKind::Storage: return QStringLiteral("ServerException");
    case ErrorKind::Busy: return QStringLiteral("ServiceUnavailableException");
    }
    return QStringLiteral("ServerException");
}

int statusOf(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Validation: return 400;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::Storage: return 500;
    case ErrorKind::Busy: return 503;
    }
    return 500;
}

// "api-version=7.2-preview.9" from the Accept header, else the query string.
Result<QString> apiVersionOf(const HttpRequestHead &head, const QHash<QString, QString> &query) {
    static const QRegularExpression inAccept(QStringLiteral("api-version=([^;,\\s]+)"));
    QString version;
    const QByteArray accept = head.header("Accept");
    const QRegularExpressionMatch match =
        accept.contains("api-version=") ? inAccept.match(QString::fromLatin1(accept)) : QRegularExpressionMatch();
    if (match.hasMatch())
        version = match.captured(1);
    else
        version = query.value(QStringLiteral("api-version"));
    if (version.isEmpty())
        return version;
    static const QRegularExpression shape(QStringLiteral("^(\\d+)\\.(\\d+)(-preview(\\.\\d+)?)?$"));
    const QRegularExpressionMatch parts = shape.match(version);
    const double number =
        parts.hasMatch() ? QString(parts.captured(1) + QLatin1Char('.') + parts.captured(2)).toDouble() : 0;
    if (!parts.hasMatch() || number < 3.0 || number > 7.2)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine",
                              "api-version \"%1\" is not supported; use 3.0 to 7.2, e.g. 7.1 or 7.2-preview.9"),
            {version});
    return version;
}

} // namespace

RestServer::RestServer(Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_routes(std::make_unique<RestRoutes>(m_router, m_services)),
      m_listener(*this, maxBodyBytes) {}

RestServer::~RestServer() = default;

Result<quint16> RestServer::listen(const QHostAddress &address, quint16 port) {
    if (!m_listener.listen(address, port))
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "cannot listen on %1:%2: %3"),
                               {address.toString(), QString::number(port), m_listener.errorString()});
    return m_listener.port();
}

void RestServer::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_listener.setIdleTimeout(int(std::clamp<qint64>(timeout.count(), 1, std::numeric_limits<int>::max())));
}

RestResponse RestServer::errorResponse(int status, const QString &typeKey, const QString &message) {
    return RestResponse::error(status, typeKey, message);
}

RestResponse RestServer::errorResponse(const Error &error) {
    return errorResponse(statusOf(error.kind), typeKeyOf(error.kind), error.message);
}

Result<Identity> RestServer::authenticate(const HttpRequestHead &head) {
    const QByteArray header = head.header("Authorization").trimmed();
    QString token;
    if (header.startsWith("Basic ")) {
        // Any user name, the token as the password, as Azure DevOps takes a personal access token.
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        token = QString::fromUtf8(colon >= 0 ? decoded.mid(colon + 1) : decoded);
    } else if (header.startsWith("Bearer ")) {
        token = QString::fromUtf8(header.mid(7).trimmed());
    }
    if (token.isEmpty())
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "a personal access token is required: send it as Basic "
                                                            "(any user name, the token as password) or Bearer"));
    Result<std::optional<QString>> user = m_services.directory.userOfToken(token);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the token is not valid (unknown or revoked)"));
    return Identity{**user};
}

Result<bool> RestServer::isMember(const QString &user) {
    if (auto known = m_roles.constFind(user); known != m_roles.cend() && !known->fresh.hasExpired())
        return known->member;
    Result<TeamRole> role = m_services.directory.teamRoleOf(user);
    if (!role)
        return role.error();
    if (m_roles.size() > 1000) // bounded: as many users as a team has, a fresh start beyond
        m_roles.clear();
    m_roles.insert(user, {*role == TeamRole::Member, QDeadlineTimer(2000)});
    return *role == TeamRole::Member;
}

std::variant<RestResponse, RestServer::Prepared> RestServer::prepare(const HttpRequestHead &head) {
    const RequestTarget target = splitTarget(head.target);
    QStringList segments = target.segments;
    if (segments.isEmpty())
        return errorResponse(404, QStringLiteral("NotFoundException"),
                             QStringLiteral("use a collection URL such as http://127.0.0.1:8080/DefaultCollection"));
    RestRequest rest;
    // HEAD is GET without the body (the connection leaves it out).
    rest.method = head.method == "HEAD" ? QStringLiteral("GET") : QString::fromLatin1(head.method);
    const QString collection = segments.takeFirst();
    rest.segments = segments;
    rest.baseUrl =
        QStringLiteral("http://%1/%2")
            .arg(QString::fromLatin1(head.header("Host")), QString::fromUtf8(QUrl::toPercentEncoding(collection)));
    for (const auto &[key, value] : target.query)
        rest.query.insert(key.toLower(), value);
    Result<QString> version = apiVersionOf(head, rest.query);
    if (!version)
        return errorResponse(version.error());
    rest.apiVersion = *version;
    const Router::Match match = m_router.match(rest.method, segments);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            RestResponse response = errorResponse(
                405, QStringLiteral("MethodNotAllowedException"),
                QStringLiteral("%1 is not allowed on /%2; allowed: %3")
                    .arg(rest.method, segments.join(QLatin1Char('/')), match.allowed.join(QStringLiteral(", "))));
            response.headers.append({QByteArray("Allow"), match.allowed.join(QStringLiteral(", ")).toLatin1()});
            return response;
        }
        return errorResponse(404, QStringLiteral("NotFoundException"),
                             QStringLiteral("no resource at /%1/%2").arg(collection, segments.join(QLatin1Char('/'))));
    }
    if (match.route->needsToken) {
        Result<Identity> user = authenticate(head);
        if (!user) {
            if (user.error().kind != ErrorKind::Forbidden)
                return errorResponse(user.error());
            RestResponse response = errorResponse(401, QStringLiteral("AuthenticationException"), user.error().message);
            response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Slipway\"")});
            return response;
        }
        rest.user = *user;
        // A member's own desktop would act as its login whoever's token it is given, and wait for an engine on
        // the window's thread: it answers reads only.
        if (m_services.store.role() == TeamRole::Member && rest.method != QLatin1String("GET") &&
            rest.method != QLatin1String("OPTIONS"))
            return errorResponse(Error::forbidden(QT_TRANSLATE_NOOP("Engine", "this REST server runs on %1's member "
                                                                              "login and answers reads only; send "
                                                                              "writes to a server run by an engine"),
                                                  {m_services.store.login()}));
        Result<bool> member = isMember(rest.user.userName);
        if (!member)
            return errorResponse(member.error());
        rest.member = *member;
        if (rest.member && rest.method != QLatin1String("GET") && rest.method != QLatin1String("OPTIONS") &&
            !match.route->forMembers)
            return errorResponse(memberRefusal(rest.user));
    }
    rest.params = match.params;
    return Prepared{std::move(rest), match.route};
}

RestResponse RestServer::run(const Prepared &prepared) {
    Result<RestResponse> answer = prepared.route->handler(prepared.request);
    return answer ? *answer : errorResponse(answer.error());
}

std::optional<RestResponse> RestServer::onHead(HttpConnection &connection, const HttpRequestHead &head) {
    std::variant<RestResponse, Prepared> prepared = prepare(head);
    if (RestResponse *answer = std::get_if<RestResponse>(&prepared))
        return std::move(*answer);
    m_heads.insert(&connection, std::move(std::get<Prepared>(prepared)));
    return std::nullopt;
}

void RestServer::onRequest(HttpConnection &connection, QByteArray body) {
    Prepared ready = m_heads.take(&connection);
    ready.request.body = std::move(body);
    // A lone client has nobody to share a commit with: it is answered at once.
    if (ready.route->group && (!m_waiting.isEmpty() || m_listener.openConnections() > 1)) {
        // Answered after the group's commit: requests arriving meanwhile share it.
        m_waiting.append({&connection, std::move(ready)});
        if (m_waiting.size() == 1) // the first of a group: the event loop reads the others meanwhile
            scheduleGroup();
        return;
    }
    connection.respond(run(ready));
}

void RestServer::onClosed(HttpConnection &connection) {
    m_heads.remove(&connection);
    m_listener.forget(connection);
    connection.deleteLater();
}

void RestServer::scheduleGroup() {
    m_waitingWhenScheduled = m_waiting.size();
    QMetaObject::invokeMethod(this, &RestServer::answerGroup, Qt::QueuedConnection);
}

void RestServer::answerGroup() {
    // While requests keep arriving, give the event loop one more turn to read them (bounded): under
    // load a group gathers every waiting client; a lone client is answered at the first turn.
    if (m_waiting.size() > m_waitingWhenScheduled && m_waiting.size() < maxGroup) {
        scheduleGroup();
        return;
    }
    const QList<Waiting> group = std::exchange(m_waiting, {});
    QList<RestResponse> answers(group.size());
    QList<const Router::Route *> done;
    for (const Waiting &first : group) {
        const Router::Route *route = first.prepared.route;
        if (done.contains(route))
            continue;
        done << route;
        QList<const RestRequest *> requests;
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < group.size(); ++i)
            if (group.at(i).prepared.route == route) {
                requests << &group.at(i).prepared.request;
                positions << i;
            }
        // The route's service writes them in one commit (e.g. ReleaseService::createBatch).
        const QList<Result<RestResponse>> results = route->group(requests);
        for (qsizetype k = 0; k < positions.size(); ++k)
            answers[positions.at(k)] = results.at(k) ? *results.at(k) : errorResponse(results.at(k).error());
    }
    for (qsizetype i = 0; i < group.size(); ++i)
        if (group[i].connection)
            group[i].connection->respond(answers[i]);
}

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString host = colon >= 0 ? text.left(colon) : QString();
    bool ok = false;
    const uint port = (colon >= 0 ? text.mid(colon + 1) : text).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "--listen takes ADDR:PORT such as 127.0.0.1:8080, not \"%1\""), {text});
    QHostAddress address(QHostAddress::LocalHost);
    if (!host.isEmpty() && !address.setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "\"%1\" is not an IP address"), {host});
    return std::pair<QHostAddress, quint16>{address, quint16(port)};
}

} // namespace slipway::rest
