#pragma once

#include "definition/pipelinedefinition.h"
#include "store/records.h"

#include <QJsonObject>
#include <QStringList>

namespace slipway {

// What an engine runs as (docs/agents.md). `slipway agent` gives it a name, pools and capabilities; any other engine
// has no name and runs only the stages without a pool, as every engine did before pools.
struct AgentIdentity final {
    QString name;
    QStringList pools;
    QJsonObject capabilities; // the given ones over the ones every agent has (Agent.OS, Agent.Name…)

    bool isAgent() const { return !name.isEmpty(); }
    // Agent.Name: the agent's name, or the host's for an engine that is no agent.
    QString displayName(const QString &host) const { return isAgent() ? name : host; }
    // Whether it may run the stage's tasks: the stage has no pool, or it serves that pool and meets every demand.
    bool serves(const StageDefinition &stage) const;
};

// The capabilities every agent has, under the ones it is given: Agent.Name, Agent.MachineName, Agent.OS and
// Agent.OSArchitecture (Azure's names).
QJsonObject systemCapabilities(const QString &name, const QString &host);

// The first of `demands` the capabilities do not meet: a demand with a value wants that value, one without wants the
// capability whatever its value. Empty when all are met.
std::optional<std::pair<QString, QString>> unmetDemand(const TextMap &demands, const QJsonObject &capabilities);

// Why a deployment of `stage` waits when no engine here may run it, given the agents there are: no online agent of
// its pool, or (naming the demand) none that meets its demands. Empty when an enabled online agent would run it (it
// takes it at its next round).
QString agentWait(const StageDefinition &stage, const QList<AgentRecord> &agents, const QDateTime &now);

} // namespace slipway
