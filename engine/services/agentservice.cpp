#include "agentservice.h"

#include <algorithm>

namespace slipway {

Result<QList<AgentRecord>> AgentService::agents() {
    return m_context.store.agents().agents();
}

namespace {

PoolQueue &poolNamed(QList<PoolQueue> &pools, const QString &name) {
    for (PoolQueue &pool : pools)
        if (pool.pool.compare(name, Qt::CaseInsensitive) == 0)
            return pool;
    pools.append(PoolQueue{name, 0, 0, {}});
    return pools.last();
}

} // namespace

Result<QList<PoolQueue>> AgentService::pools(const QList<AgentRecord> &agents) {
    QList<PoolQueue> pools;
    const QDateTime now = m_context.clock.now();
    for (const AgentRecord &agent : agents)
        for (const QString &name : agent.pools) {
            PoolQueue &pool = poolNamed(pools, name);
            ++pool.agents;
            pool.online += agent.enabled && agent.isOnline(now) ? 1 : 0;
        }
    DeploymentQuery query;
    query.operations = {toString(OperationStatus::Queued), toString(OperationStatus::Deferred)};
    query.ascending = true;
    query.limit = 1000; // a queue longer than that is a problem the first thousand already show
    Result<QList<DeploymentContext>> queued = m_context.store.deployments().query(query);
    if (!queued)
        return queued.error();
    for (const DeploymentContext &d : std::as_const(*queued)) {
        // A deferred one waits for its time until it says it waits for an agent.
        if (d.deployment.operationStatus == OperationStatus::Deferred && !isAgentWait(d.deployment.message))
            continue;
        Result<std::shared_ptr<const PipelineDefinition>> snapshot = m_pipelines.definitionOfRevision(d.revisionId);
        const StageDefinition *stage = snapshot ? (*snapshot)->stage(d.stageName) : nullptr;
        if (stage && !stage->pool.isEmpty())
            poolNamed(pools, stage->pool).waiting << d;
    }
    std::sort(pools.begin(), pools.end(),
              [](const PoolQueue &a, const PoolQueue &b) { return a.pool.compare(b.pool, Qt::CaseInsensitive) < 0; });
    return pools;
}

Status AgentService::setEnabled(const QString &name, bool enabled, const Identity &actor) {
    Store &store = m_context.store;
    Result<bool> admin = store.directory().isAdmin(actor.userName);
    if (!admin)
        return admin.error();
    if (!*admin)
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "only an administrator can enable or disable an agent "
                                                            "(%1 is not one)"),
                                {actor.userName});
    const QDateTime now = m_context.clock.now();
    return store.transaction([&]() -> Status {
        Result<bool> found = store.agents().setEnabled(name, enabled);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "no agent named %1 (slipway agents lists them)"),
                                   {name});
        return recordAudit(store.audit(), {0, now, actor.userName,
                                           enabled ? QStringLiteral("agent.enabled") : QStringLiteral("agent.disabled"),
                                           QStringLiteral("agent"), 0, QJsonObject{{QStringLiteral("name"), name}}});
    });
}

} // namespace slipway
