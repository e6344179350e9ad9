#pragma once

#include "core/result.h"
#include "store/repositories.h"

#include <QJsonObject>

namespace slipway {

// A member of a team database writes no table (docs/architecture.md#team-roles): each action of theirs becomes a
// request that an engine carries out with every rule checked there, under the login the database recorded, and its
// answer comes back here. The services ask apply() first, so the GUI, the CLI and REST need not know.
class MemberRequests final {
public:
    explicit MemberRequests(Store &store) : m_store(store) {}
    Q_DISABLE_COPY_MOVE(MemberRequests)

    bool apply() const { return m_store.role() == TeamRole::Member; }
    // Submits and waits for an engine: what it answered (the ids of what it made), or its refusal as the engine's
    // own Error. With no engine to take it within timeoutMs() the request is taken back and the error says so.
    Result<QJsonObject> run(const QString &kind, const QJsonObject &payload);
    // What a member cannot ask for yet: values a request would carry in the clear (variables may be secret).
    static Error variablesRefused();
    // 30 s, or $SLIPWAY_REQUEST_TIMEOUT_MS (tests shorten it).
    static int timeoutMs();

    // The engine's answer, as stored in the request's result, and back.
    static QString encode(const Result<QJsonObject> &outcome);
    static Result<QJsonObject> decode(const QString &status, const QString &result);

private:
    Store &m_store;
};

} // namespace slipway
