#include "sqlagentrepository.h"

#include "sqlvalues.h"

namespace slipway {

Status SqlAgentRepository::announce(const AgentRecord &agent, const QDateTime &at) {
    return m_db.execOnly(
        QStringLiteral("INSERT INTO agents (name, host, pools, capabilities, enabled, owner_id, lease_seconds, "
                       "started_at, last_seen) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                       "host = excluded.host, pools = excluded.pools, capabilities = excluded.capabilities, "
                       "owner_id = excluded.owner_id, lease_seconds = excluded.lease_seconds, "
                       "started_at = excluded.started_at, last_seen = excluded.last_seen"),
        {agent.name, agent.host, sql::json(agent.pools), sql::json(agent.capabilities), agent.ownerId,
         agent.leaseSeconds, sql::time(at), sql::time(at)});
}

Result<std::optional<bool>> SqlAgentRepository::heartbeat(const QString &name, const QString &ownerId,
                                                          const QDateTime &at) {
    Result<QVariant> updated =
        m_db.scalar(QStringLiteral("UPDATE agents SET last_seen = ? WHERE name = ? AND owner_id = ? RETURNING enabled"),
                    {sql::time(at), name, ownerId});
    if (!updated)
        return updated.error();
    if (updated->isNull())
        return std::optional<bool>();
    return std::optional<bool>(updated->toLongLong() != 0);
}

Status SqlAgentRepository::leave(const QString &name, const QString &ownerId) {
    return m_db.execOnly(QStringLiteral("UPDATE agents SET owner_id = '' WHERE name = ? AND owner_id = ?"),
                         {name, ownerId});
}

Result<QList<AgentRecord>> SqlAgentRepository::agents() {
    // What each runs now: the partial index of deployments in progress, by owner.
    Result<SqlCursor *> rows = m_db.exec(QStringLiteral(
        "SELECT a.name, a.host, a.pools, a.capabilities, a.enabled, a.owner_id, a.started_at, a.last_seen, "
        "a.lease_seconds, "
        "(SELECT MIN(d.id) FROM deployments d WHERE d.owner = a.owner_id AND d.status = 'inProgress'), "
        "(SELECT s.release_id FROM deployments d JOIN release_stages s ON s.id = d.release_stage_id "
        " WHERE d.owner = a.owner_id AND d.status = 'inProgress' ORDER BY d.id LIMIT 1) "
        "FROM agents a ORDER BY a.name"));
    if (!rows)
        return rows.error();
    SqlCursor &q = **rows;
    QList<AgentRecord> agents;
    while (q.next()) {
        AgentRecord agent;
        agent.name = q.value(0).toString();
        agent.host = q.value(1).toString();
        agent.pools = sql::strings(q.value(2));
        agent.capabilities = sql::object(q.value(3));
        agent.enabled = q.int64(4) != 0;
        agent.ownerId = q.value(5).toString();
        agent.startedAt = sql::time(q.value(6));
        agent.lastSeen = sql::time(q.value(7));
        agent.leaseSeconds = int(q.int64(8));
        if (!q.isNull(9))
            agent.deploymentId = q.int64(9);
        agent.releaseId = q.isNull(10) ? 0 : q.int64(10);
        agents << agent;
    }
    q.finish();
    return agents;
}

Result<bool> SqlAgentRepository::setEnabled(const QString &name, bool enabled) {
    Result<QVariant> updated = m_db.scalar(
        QStringLiteral("UPDATE agents SET enabled = ? WHERE name = ? RETURNING name"), {enabled ? 1 : 0, name});
    if (!updated)
        return updated.error();
    return !updated->isNull();
}

} // namespace slipway
