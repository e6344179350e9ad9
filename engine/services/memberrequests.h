#pragma once

#include "core/result.h"
#include "definition/pipelinedefinition.h"
#include "store/repositories.h"

#include <QJsonObject>

namespace slipway {

// How a member's client spends the time until an engine answers. The default sleeps (the command line, REST); the
// desktop shows that it waits and stays painted (views/memberwaitdialog.cpp).
class RequestWaiter {
public:
    virtual ~RequestWaiter() = default;
    // Called between polls of the request, `waitedMs` after it was sent: false when the user stopped waiting.
    virtual bool pause(int pauseMs, qint64 waitedMs) = 0;
    // The wait is over, answered or not.
    virtual void finished() = 0;
};

// A member of a team database writes no table (docs/architecture.md#team-roles): each action of theirs becomes a
// request that an engine carries out with every rule checked there, under the login the database recorded, and its
// answer comes back here. The services ask apply() first, so the GUI, the CLI and REST need not know.
class MemberRequests final {
public:
    explicit MemberRequests(Store &store) : m_store(store) {}
    Q_DISABLE_COPY_MOVE(MemberRequests)

    bool apply() const { return m_store.role() == TeamRole::Member; }
    // Who waits from now on (nullptr: sleep); not owned, and must outlive the requests made.
    void setWaiter(RequestWaiter *waiter) { m_waiter = waiter; }
    // Submits and waits for an engine: what it answered (the ids of what it made), or its refusal as the engine's
    // own Error. With no engine to take it within timeoutMs() the request is taken back and the error says so.
    Result<QJsonObject> run(const QString &kind, const QJsonObject &payload);
    // The variables a member's request carries, in the clear (the requests table is readable by admins, engines and
    // the member): refused for a variable the definition marks secret; the engine checks the rest as for anyone.
    static Result<QJsonObject> requestVariables(const PipelineDefinition &definition,
                                                const QHash<QString, QString> &given);
    // The engine's side: those variables back from a request's payload.
    static QHash<QString, QString> variablesOf(const QJsonObject &payload);
    // 30 s, or $SLIPWAY_REQUEST_TIMEOUT_MS (tests shorten it).
    static int timeoutMs();

    // The engine's answer, as stored in the request's result, and back.
    static QString encode(const Result<QJsonObject> &outcome);
    static Result<QJsonObject> decode(const QString &status, const QString &result);

private:
    Result<QJsonObject> awaitAnswer(qint64 id);
    // One pause between polls; false when the user stopped waiting.
    bool pause(int pauseMs, qint64 waitedMs);

    Store &m_store;
    RequestWaiter *m_waiter = nullptr;
};

} // namespace slipway
