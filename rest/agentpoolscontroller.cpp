#include "agentpoolscontroller.h"

#include "definition/demand.h"
#include "rules/agentmatch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

namespace slipway::rest {

qint64 stableAgentId(const QString &name) {
    const QByteArray hash = QCryptographicHash::hash(name.toLower().toUtf8(), QCryptographicHash::Sha1);
    const quint32 bits = (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16) |
                         (quint32(quint8(hash[2])) << 8) | quint32(quint8(hash[3]));
    return qint64(bits & 0x7fffffffu) + 1; // never 0, which the client reads as "no id"
}

namespace {

// What every answer reads: the agents and the pools, at one moment.
struct AgentsNow final {
    QList<AgentRecord> agents;
    QList<PoolQueue> pools;
    QDateTime now;
};

Result<AgentsNow> readAgents(Services &services) {
    Result<QList<AgentRecord>> agents = services.agents.agents();
    if (!agents)
        return agents.error();
    Result<QList<PoolQueue>> pools = services.agents.pools(*agents);
    if (!pools)
        return pools.error();
    return AgentsNow{*agents, *pools, services.clock.now()};
}

bool isTrue(const RestRequest &request, const char *key) {
    return request.value(key).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QJsonObject poolShape(const PoolQueue &pool) {
    const QUuid scope =
        QUuid::createUuidV5(QUuid(QStringLiteral("{5d3c2a1b-7e4f-4a8b-9c6d-0e1f2a3b4c5d}")), pool.pool.toLower());
    return {{QStringLiteral("id"), stableAgentId(pool.pool)},
            {QStringLiteral("name"), pool.pool},
            {QStringLiteral("scope"), scope.toString(QUuid::WithoutBraces)},
            {QStringLiteral("poolType"), QStringLiteral("automation")},
            {QStringLiteral("isHosted"), false},
            {QStringLiteral("isLegacy"), false},
            {QStringLiteral("autoProvision"), false},
            {QStringLiteral("autoSize"), false},
            {QStringLiteral("autoUpdate"), false},
            {QStringLiteral("options"), QStringLiteral("none")},
            {QStringLiteral("size"), pool.agents},
            {QStringLiteral("onlineAgentCount"), pool.online},
            {QStringLiteral("queuedRequestCount"), pool.waiting.size()}};
}

struct AgentShapeOptions final {
    bool capabilities = false;
    bool assignedRequest = false;
};

// Agent.* capabilities are the system's (what every agent has); the others were given with --capability.
std::pair<QJsonObject, QJsonObject> splitCapabilities(const QJsonObject &capabilities) {
    QJsonObject system, user;
    for (auto it = capabilities.constBegin(); it != capabilities.constEnd(); ++it)
        (it.key().startsWith(QLatin1String("Agent."), Qt::CaseInsensitive) ? system : user)
            .insert(it.key(), it.value());
    return {system, user};
}

QJsonObject agentShape(const AgentRecord &agent, qint64 poolId, const QDateTime &now, AgentShapeOptions options) {
    const bool online = agent.isOnline(now);
    const QString version = QCoreApplication::applicationVersion();
    QJsonObject shape{
        {QStringLiteral("id"), stableAgentId(agent.name)},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("version"), version.isEmpty() ? QStringLiteral("0.1.0") : version},
        {QStringLiteral("osDescription"), agent.capabilities.value(QStringLiteral("Agent.OS")).toString()},
        {QStringLiteral("enabled"), agent.enabled},
        {QStringLiteral("status"), online ? QStringLiteral("online") : QStringLiteral("offline")},
        {QStringLiteral("provisioningState"), QStringLiteral("Provisioned")},
        {QStringLiteral("maxParallelism"), 1},
        {QStringLiteral("createdOn"), AzureShapes::date(agent.startedAt)},
        {QStringLiteral("statusChangedOn"),
         AzureShapes::date(online ? agent.startedAt : agent.lastSeen.addSecs(agent.leaseSeconds))},
        {QStringLiteral("accessPoint"), agent.host},
        {QStringLiteral("pools"), QJsonArray::fromStringList(agent.pools)},
        {QStringLiteral("lastHeartbeat"), AzureShapes::date(agent.lastSeen)}};
    if (options.capabilities) {
        const auto [system, user] = splitCapabilities(agent.capabilities);
        shape.insert(QStringLiteral("systemCapabilities"), system);
        shape.insert(QStringLiteral("userCapabilities"), user);
    }
    if (options.assignedRequest && agent.deploymentId) {
        const QJsonObject reference{{QStringLiteral("id"), shape.value(QStringLiteral("id"))},
                                    {QStringLiteral("name"), agent.name}};
        shape.insert(QStringLiteral("assignedRequest"),
                     QJsonObject{{QStringLiteral("requestId"), *agent.deploymentId},
                                 {QStringLiteral("poolId"), poolId},
                                 {QStringLiteral("planType"), QStringLiteral("Release")},
                                 {QStringLiteral("reservedAgent"), reference},
                                 {QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), agent.releaseId}}}});
    }
    return shape;
}

// Azure's demands filter: comma-separated demands (definition/demand.h).
Result<TextMap> demandsFilter(const QString &text) {
    TextMap demands;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<std::pair<QString, QString>> demand = parseAzureDemand(part);
        if (!demand)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the demand \"%1\" is not \"name\" or \"name "
                                                                 "-equals value\""),
                                     {part.trimmed()});
        demands.append(*demand);
    }
    return demands;
}

Result<qint64> routePool(const RestRequest &request, const AgentsNow &state, const PoolQueue **pool) {
    Result<qint64> id = request.id("poolId");
    if (!id)
        return id.error();
    for (const PoolQueue &p : state.pools)
        if (stableAgentId(p.pool) == *id) {
            *pool = &p;
            return *id;
        }
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "agent pool %1 not found"), {QString::number(*id)});
}

bool serves(const AgentRecord &agent, const PoolQueue &pool) {
    return agent.pools.contains(pool.pool, Qt::CaseInsensitive);
}

// The route's agent in the route's pool; a 404 naming what is missing.
Result<AgentRecord> routeAgent(const RestRequest &request, const AgentsNow &state, qint64 *poolId) {
    const PoolQueue *pool = nullptr;
    Result<qint64> id = routePool(request, state, &pool);
    if (!id)
        return id.error();
    *poolId = *id;
    Result<qint64> agentId = request.id("agentId");
    if (!agentId)
        return agentId.error();
    for (const AgentRecord &agent : state.agents)
        if (serves(agent, *pool) && stableAgentId(agent.name) == *agentId)
            return agent;
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "agent %1 not found in agent pool %2"),
                           {QString::number(*agentId), pool->pool});
}

AgentShapeOptions shapeOptions(const RestRequest &request) {
    return {isTrue(request, "includeCapabilities"), isTrue(request, "includeAssignedRequest")};
}

// Azure's enums arrive by name or, from its clients, by number (TaskAgentPoolType, TaskAgentPoolActionFilter).
bool isOneOf(const QString &value, std::initializer_list<const char *> accepted) {
    for (const char *option : accepted)
        if (value.compare(QLatin1String(option), Qt::CaseInsensitive) == 0)
            return true;
    return value.isEmpty();
}

} // namespace

void AgentPoolsController::addRoutes(Router &router) {
    const QString pools = QStringLiteral("_apis/distributedtask/pools");
    const QString agents = pools + QStringLiteral("/{poolId}/agents");
    RouteTable<AgentPoolsController> routes(router, m_api, *this);
    routes.add("GET", pools, &AgentPoolsController::listPools);
    routes.add("GET", pools + QStringLiteral("/{poolId}"), &AgentPoolsController::getPool);
    routes.add("GET", agents, &AgentPoolsController::listAgents);
    routes.add("GET", agents + QStringLiteral("/{agentId}"), &AgentPoolsController::getAgent);
    routes.add("PATCH", agents + QStringLiteral("/{agentId}"), &AgentPoolsController::updateAgent);
}

Result<RestResponse> AgentPoolsController::listPools(const RestRequest &request) {
    const QString type = request.value("poolType");
    if (!isOneOf(type, {"automation", "deployment", "1", "2"}))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "poolType \"%1\" is not automation or deployment"),
                                 {type});
    const QString action = request.value("actionFilter");
    if (!isOneOf(action, {"none", "manage", "use", "0", "2", "16"}))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "actionFilter \"%1\" is not none, manage or use"),
                                 {action});
    Result<QList<qint64>> ids = request.queryIds("poolIds");
    if (!ids)
        return ids.error();
    Result<AgentsNow> state = readAgents(m_services);
    if (!state)
        return state.error();
    const bool byName = !request.value("poolName").isEmpty();
    const QRegularExpression name = nameWildcard(request.value("poolName"));
    // Slipway's pools run release deployments: none is a deployment group's.
    const bool deploymentGroups = isOneOf(type, {"deployment", "2"}) && !type.isEmpty();
    QList<PoolQueue> pools = state->pools;
    std::sort(pools.begin(), pools.end(),
              [](const PoolQueue &a, const PoolQueue &b) { return a.pool.compare(b.pool, Qt::CaseInsensitive) < 0; });
    QJsonArray values;
    for (const PoolQueue &pool : std::as_const(pools)) {
        if (deploymentGroups || (byName && !name.match(pool.pool).hasMatch()) ||
            (!ids->isEmpty() && !ids->contains(stableAgentId(pool.pool))))
            continue;
        values.append(poolShape(pool));
    }
    return RestResponse::list(values);
}

Result<RestResponse> AgentPoolsController::getPool(const RestRequest &request) {
    Result<AgentsNow> state = readAgents(m_services);
    if (!state)
        return state.error();
    const PoolQueue *pool = nullptr;
    if (Result<qint64> id = routePool(request, *state, &pool); !id)
        return id.error();
    return RestResponse::json(poolShape(*pool));
}

Result<RestResponse> AgentPoolsController::listAgents(const RestRequest &request) {
    Result<TextMap> demands = demandsFilter(request.value("demands"));
    if (!demands)
        return demands.error();
    Result<AgentsNow> state = readAgents(m_services);
    if (!state)
        return state.error();
    const PoolQueue *pool = nullptr;
    Result<qint64> poolId = routePool(request, *state, &pool);
    if (!poolId)
        return poolId.error();
    const QString name = request.value("agentName");
    QList<AgentRecord> agents;
    for (const AgentRecord &agent : std::as_const(state->agents))
        if (serves(agent, *pool) && (name.isEmpty() || agent.name.compare(name, Qt::CaseInsensitive) == 0) &&
            !unmetDemand(*demands, agent.capabilities))
            agents << agent;
    std::sort(agents.begin(), agents.end(), [](const AgentRecord &a, const AgentRecord &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QJsonArray values;
    for (const AgentRecord &agent : std::as_const(agents))
        values.append(agentShape(agent, *poolId, state->now, shapeOptions(request)));
    return RestResponse::list(values);
}

Result<RestResponse> AgentPoolsController::getAgent(const RestRequest &request) {
    Result<AgentsNow> state = readAgents(m_services);
    if (!state)
        return state.error();
    qint64 poolId = 0;
    Result<AgentRecord> agent = routeAgent(request, *state, &poolId);
    if (!agent)
        return agent.error();
    return RestResponse::json(agentShape(*agent, poolId, state->now, shapeOptions(request)));
}

Result<RestResponse> AgentPoolsController::updateAgent(const RestRequest &request) {
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    const QJsonValue enabled = body->value(QStringLiteral("enabled"));
    if (!enabled.isBool())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"enabled\" must be true or false: it is "
                                                             "what Slipway changes of an agent"));
    Result<AgentsNow> state = readAgents(m_services);
    if (!state)
        return state.error();
    qint64 poolId = 0;
    Result<AgentRecord> agent = routeAgent(request, *state, &poolId);
    if (!agent)
        return agent.error();
    if (Status changed = m_services.agents.setEnabled(agent->name, enabled.toBool(), request.user); !changed)
        return changed.error();
    agent->enabled = enabled.toBool();
    return RestResponse::json(agentShape(*agent, poolId, state->now, {true, true}));
}

} // namespace slipway::rest
