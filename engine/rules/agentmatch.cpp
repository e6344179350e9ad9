#include "agentmatch.h"

#include <QSysInfo>

namespace slipway {

bool AgentIdentity::serves(const StageDefinition &stage) const {
    if (stage.pool.isEmpty())
        return true;
    return pools.contains(stage.pool, Qt::CaseInsensitive) && !unmetDemand(stage.demands, capabilities);
}

QJsonObject systemCapabilities(const QString &name, const QString &host) {
    QString os = QSysInfo::kernelType(); // "linux"
    if (!os.isEmpty())
        os[0] = os[0].toUpper();
    return {{QStringLiteral("Agent.Name"), name},
            {QStringLiteral("Agent.MachineName"), host},
            {QStringLiteral("Agent.OS"), os},
            {QStringLiteral("Agent.OSArchitecture"), QSysInfo::currentCpuArchitecture()}};
}

std::optional<std::pair<QString, QString>> unmetDemand(const TextMap &demands, const QJsonObject &capabilities) {
    for (const auto &[key, wanted] : demands) {
        // Capability names compare case-insensitively, as Azure's do; values exactly.
        std::optional<QString> value;
        for (auto it = capabilities.constBegin(); it != capabilities.constEnd() && !value; ++it)
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                value = it.value().toString();
        if (!value || (!wanted.isEmpty() && *value != wanted))
            return std::pair{key, wanted};
    }
    return std::nullopt;
}

QString agentWait(const StageDefinition &stage, const QList<AgentRecord> &agents, const QDateTime &now) {
    if (stage.pool.isEmpty())
        return {};
    std::optional<std::pair<QString, QString>> demand;
    bool poolOnline = false;
    for (const AgentRecord &agent : agents) {
        if (!agent.enabled || !agent.isOnline(now) || !agent.pools.contains(stage.pool, Qt::CaseInsensitive))
            continue;
        poolOnline = true;
        const std::optional<std::pair<QString, QString>> unmet = unmetDemand(stage.demands, agent.capabilities);
        if (!unmet)
            return {};
        if (!demand)
            demand = unmet; // the first agent's: the one the message names
    }
    if (!poolOnline)
        return QStringLiteral("waiting for an agent of pool %1").arg(stage.pool);
    if (demand->second.isEmpty())
        return QStringLiteral("waiting for an agent of pool %1 with the capability %2").arg(stage.pool, demand->first);
    return QStringLiteral("waiting for an agent of pool %1 with %2 = %3")
        .arg(stage.pool, demand->first, demand->second);
}

} // namespace slipway
