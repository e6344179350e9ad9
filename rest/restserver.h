#pragma once

#include "httplistener.h"
#include "router.h"
#include "services/services.h"

#include <QHostAddress>
#include <QDeadlineTimer>
#include <QPointer>

#include <chrono>
#include <memory>
#include <variant>

namespace slipway::rest {

class RestRoutes;

// Slipway's REST interface: the Azure DevOps Server Release area on the wire (docs/architecture.md),
// over the engine's services. It answers every request itself, so that literal path parts match
// case-insensitively, values are percent-decoded, and every failure — 400, 401, 403, 404, 405, 409, 413,
// 503 — gets Azure's JSON error body from one place. Its own HTTP layer (HttpListener, HttpConnection,
// HttpRequestParser) bounds what a client can make it hold, and it routes and authenticates a request on its
// head, before reading the body (docs/rest-api.md, "Limits").
class RestServer final : public QObject, private HttpExchange {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit RestServer(Services &services, QObject *parent = nullptr);
    ~RestServer() override;

    // Listens on address:port (port 0: any free port).
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_listener.port(); }
    // 60 s and 512 unless set (the cap is clamped to the descriptor limit).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    void setConnectionCap(int cap) { m_listener.setConnectionCap(cap); }
    int connectionCap() const { return m_listener.connectionCap(); }
    int openConnections() const { return m_listener.openConnections(); }

    static RestResponse errorResponse(int status, const QString &typeKey, const QString &message);
    static RestResponse errorResponse(const Error &error);

private:
    // A request parsed, routed and authenticated, ready for its handler.
    struct Prepared final {
        RestRequest request;
        const Router::Route *route = nullptr;
    };
    // A request of a grouped route waiting for the group's commit; its client waits for the answer.
    struct Waiting final {
        QPointer<HttpConnection> connection; // gone when the client hung up
        Prepared prepared;
    };

    Services &m_services;
    Router m_router;
    std::unique_ptr<RestRoutes> m_routes;            // the controllers the router's handlers call
    QHash<const HttpConnection *, Prepared> m_heads; // accepted heads whose bodies are arriving
    QList<Waiting> m_waiting;
    qsizetype m_waitingWhenScheduled = 0;
    static constexpr qsizetype maxGroup = 64;
    HttpListener m_listener; // last: its connections go before what they call

    std::optional<RestResponse> onHead(HttpConnection &connection, const HttpRequestHead &head) override;
    void onRequest(HttpConnection &connection, QByteArray body) override;
    void onClosed(HttpConnection &connection) override;
    // The answer at once for what never reaches a handler (bad path, method, version or token).
    std::variant<RestResponse, Prepared> prepare(const HttpRequestHead &head);
    RestResponse run(const Prepared &prepared);
    void scheduleGroup();
    void answerGroup(); // the waiting requests, each route's together
    Result<Identity> authenticate(const HttpRequestHead &head);
    // Whether the token's user is a team database's member, read from the database and kept for a moment, so that a
    // busy client costs no query per request while a removed role stops acting within seconds.
    Result<bool> isMember(const QString &user);

    struct KnownRole final {
        bool member = false;
        QDeadlineTimer fresh;
    };
    QHash<QString, KnownRole> m_roles;
};

// Parses "ADDR:PORT", "PORT" or ":PORT" for --listen; the address defaults to 127.0.0.1.
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

} // namespace slipway::rest
