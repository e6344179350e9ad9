#pragma once

#include "router.h"
#include "services/services.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

#include <memory>
#include <variant>

namespace slipway::rest {

class RestRoutes;

// Slipway's REST interface: the Azure DevOps Server Release area on the wire (docs/architecture.md),
// over the engine's services. It answers every request itself (no QHttpServer routing), so that literal path
// parts match case-insensitively, values are percent-decoded, and every failure — 400, 401, 403, 404,
// 405, 409, 413 — gets Azure's JSON error body from one place.
class RestServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit RestServer(Services &services, QObject *parent = nullptr);
    ~RestServer() override;

    // Listens on address:port (port 0: any free port) through QTcpServer::listen plus bind().
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_tcp ? m_tcp->serverPort() : 0; }

    static RestResponse errorResponse(int status, const QString &typeKey, const QString &message);
    static RestResponse errorResponse(const Error &error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    // Never reached: handleRequest answers every request, unknown paths included.
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request parsed, routed and authenticated, ready for its handler.
    struct Prepared final {
        RestRequest request;
        const Router::Route *route = nullptr;
    };
    // A request of a grouped route waiting for the group's commit; its client waits for the answer.
    struct Waiting final {
        QPointer<QTcpSocket> socket;       // gone when the client hung up
        const QHttpServerRequest *request; // owned by the socket's connection, deleted with it
        Prepared prepared;
    };

    Services &m_services;
    Router m_router;
    std::unique_ptr<RestRoutes> m_routes; // the controllers the router's handlers call
    QTcpServer *m_tcp = nullptr;
    QList<Waiting> m_waiting;
    qsizetype m_waitingWhenScheduled = 0;
    static constexpr qsizetype maxGroup = 64;

    // The answer at once for what never reaches a handler (bad path, method, version or token).
    std::variant<RestResponse, Prepared> prepare(const QHttpServerRequest &request);
    RestResponse run(const Prepared &prepared);
    int openConnections() const; // the clients connected now (QTcpServer parents their sockets)
    void scheduleGroup();
    void answerGroup(); // the waiting requests, each route's together
    static void send(const QHttpServerRequest &request, QTcpSocket *socket, const RestResponse &response);
    Result<Identity> authenticate(const QHttpServerRequest &request);
};

// Parses "ADDR:PORT", "PORT" or ":PORT" for --listen; the address defaults to 127.0.0.1.
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

} // namespace slipway::rest
