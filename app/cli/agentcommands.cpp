// `slipway agents`: the deployment agents, and an admin's switch (docs/cli.md#agents, docs/agents.md).
#include "appsession.h"
#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>

namespace slipway::cli {

namespace {

QString stateOf(const AgentRecord &agent, const QDateTime &now) {
    if (!agent.isOnline(now))
        return QStringLiteral("offline");
    return agent.enabled ? QStringLiteral("online") : QStringLiteral("disabled");
}

QJsonObject agentJson(const AgentRecord &agent, const QDateTime &now) {
    return {{QStringLiteral("name"), agent.name},
            {QStringLiteral("host"), agent.host},
            {QStringLiteral("pools"), QJsonArray::fromStringList(agent.pools)},
            {QStringLiteral("capabilities"), agent.capabilities},
            {QStringLiteral("enabled"), agent.enabled},
            {QStringLiteral("online"), agent.isOnline(now)},
            {QStringLiteral("state"), stateOf(agent, now)},
            {QStringLiteral("startedAt"), isoTime(agent.startedAt)},
            {QStringLiteral("lastHeartbeat"), isoTime(agent.lastSeen)},
            {QStringLiteral("deploymentId"), agent.deploymentId ? QJsonValue(*agent.deploymentId) : QJsonValue()}};
}

Status switchAgent(const Invocation &call, bool enabled) {
    const QString verb = enabled ? QStringLiteral("enable") : QStringLiteral("disable");
    if (Status ok = needWords(call, 1, QStringLiteral("agents %1 NAME").arg(verb)); !ok)
        return ok;
    const QString name = call.words.first();
    if (Status done = call.session.services().agents.setEnabled(name, enabled, call.session.identity()); !done)
        return done;
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("enabled"), enabled}});
    else if (enabled)
        call.out << "Enabled agent " << name << ": it claims deployments again\n";
    else
        call.out << "Disabled agent " << name << ": it finishes what it runs and claims nothing more\n";
    return {};
}

} // namespace

Status agentList(const Invocation &call) {
    if (Status ok = needWords(call, 0, QStringLiteral("agents [--json]")); !ok)
        return ok;
    Result<QList<AgentRecord>> agents = call.session.services().agents.agents();
    if (!agents)
        return agents.error();
    const QDateTime now = call.session.services().clock.now();
    if (call.json) {
        QJsonArray rows;
        for (const AgentRecord &agent : std::as_const(*agents))
            rows << agentJson(agent, now);
        printJson(call.out, rows);
        return {};
    }
    if (agents->isEmpty()) {
        call.out << "No agents yet: start one with slipway agent --database URI --name NAME --pool POOL\n";
        return {};
    }
    for (const AgentRecord &agent : std::as_const(*agents)) {
        call.out << agent.name << "\t" << stateOf(agent, now) << "\t" << agent.host << "\t"
                 << agent.pools.join(QLatin1Char(',')) << "\t"
                 << agent.lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (agent.deploymentId)
            call.out << "\tdeployment " << *agent.deploymentId;
        call.out << "\n";
    }
    return {};
}

Status agentDisable(const Invocation &call) {
    return switchAgent(call, false);
}

Status agentEnable(const Invocation &call) {
    return switchAgent(call, true);
}

} // namespace slipway::cli
