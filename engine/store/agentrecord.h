#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// How a queued deployment says it waits for a deployment agent (rules/agentmatch.cpp writes the rest).
inline bool isAgentWait(const QString &message) {
    return message.startsWith(QLatin1String("waiting for an agent"));
}

// A deployment agent: an engine that serves pools, as it announced itself (docs/agents.md).
struct AgentRecord final {
    QString name;
    QString host;
    QStringList pools;
    QJsonObject capabilities; // name: text
    bool enabled = true;      // a disabled agent finishes what it runs and claims nothing more
    QString ownerId;          // the engine instance that runs as it (EngineOwner::id)
    int leaseSeconds = 30;    // offline when no heartbeat came for this long
    QDateTime startedAt;
    QDateTime lastSeen;                 // its last heartbeat
    std::optional<qint64> deploymentId; // what it runs now
    qint64 releaseId = 0;               // that deployment's release

    bool isOnline(const QDateTime &now) const {
        return !ownerId.isEmpty() && lastSeen.isValid() && lastSeen.addSecs(leaseSeconds) >= now;
    }
};

} // namespace slipway
