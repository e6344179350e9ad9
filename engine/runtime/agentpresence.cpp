#include "agentpresence.h"

#include <cerrno>
#include <csignal>

namespace slipway {

Status AgentPresence::announce() {
    if (!m_config.agent.isAgent())
        return {};
    const AgentIdentity &agent = m_config.agent;
    AgentRecord record;
    record.name = agent.name;
    record.host = m_config.owner.host;
    record.pools = agent.pools;
    record.capabilities = agent.capabilities;
    record.ownerId = m_config.owner.id;
    record.leaseSeconds = m_config.leaseSeconds;
    Store &store = m_services.store;
    const QDateTime now = m_services.clock.now();
    return store.transaction([&]() -> Status {
        Result<QList<AgentRecord>> agents = store.agents().agents();
        if (!agents)
            return agents.error();
        for (const AgentRecord &other : std::as_const(*agents))
            if (other.name == agent.name && other.isOnline(now) && !ownerIsGone(other.ownerId))
                return Error::conflict(QT_TRANSLATE_NOOP("Engine", "an agent named %1 is already online on %2: give "
                                                                   "this one another --name, or stop that one first"),
                                       {agent.name, other.host});
        return store.agents().announce(record, now);
    });
}

Status AgentPresence::leave() {
    if (!m_config.agent.isAgent())
        return {};
    Store &store = m_services.store;
    return store.transaction([&] { return store.agents().leave(m_config.agent.name, m_config.owner.id); });
}

bool AgentPresence::ownerIsGone(const QString &ownerId) const {
    // An engine instance is "host/pid/random" (engineconfiguration.cpp): one of this host whose process is gone
    // crashed, and its name is free at once rather than after its lease.
    const QStringList parts = ownerId.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(0) != m_config.owner.host)
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    return ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

Status AgentPresence::heartbeat() {
    if (!m_config.agent.isAgent())
        return {};
    Store &store = m_services.store;
    std::optional<bool> enabled;
    Status beat = store.transaction([&]() -> Status {
        Result<std::optional<bool>> seen =
            store.agents().heartbeat(m_config.agent.name, m_config.owner.id, m_services.clock.now());
        if (!seen)
            return seen.error();
        enabled = *seen;
        return {};
    });
    if (!beat)
        return beat;
    if (!enabled) { // another engine took the name: this one runs nothing more of the pools
        if (m_enabled)
            qWarning("slipway: agent %s: another engine now runs under this name; this one claims nothing more",
                     qPrintable(m_config.agent.name));
        m_enabled = false;
        return {};
    }
    if (m_enabled != *enabled)
        qInfo("slipway: agent %s %s", qPrintable(m_config.agent.name),
              *enabled ? "enabled again: it claims deployments" : "disabled: it claims nothing more");
    m_enabled = *enabled;
    return {};
}

bool AgentPresence::mayRun(const StageDefinition &stage) const {
    // A disabled agent finishes what it runs and starts nothing, not even a stage without a pool.
    return m_enabled && m_config.agent.serves(stage);
}

QString AgentPresence::waitReason(const StageDefinition &stage) {
    if (!m_agents) {
        Result<QList<AgentRecord>> agents = m_services.store.agents().agents();
        m_agents = agents ? *agents : QList<AgentRecord>();
    }
    return agentWait(stage, *m_agents, m_services.clock.now());
}

} // namespace slipway
