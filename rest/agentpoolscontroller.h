#pragma once

#include "controllers.h"

namespace slipway::rest {

// The deployment agents and their pools in the shape of Azure's distributedtask area (TaskAgentPool, TaskAgent), so
// the Node client's TaskAgentApi lists them (docs/rest-api.md#agent-pools). Slipway keeps pools and agents by name;
// their ids here are derived from the name (stableAgentId), the same on every server and in every session.
class AgentPoolsController final {
public:
    explicit AgentPoolsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(AgentPoolsController)

    void addRoutes(Router &router);

    // GET pools: poolName (`*` wildcard, any case), poolIds (comma-separated), poolType (automation; deployment lists
    // none) and actionFilter (none, manage, use: every caller may use every pool).
    Result<RestResponse> listPools(const RestRequest &request);
    Result<RestResponse> getPool(const RestRequest &request);
    // GET pools/{poolId}/agents: agentName, demands ("key" or "key -equals value", comma-separated),
    // includeCapabilities, includeAssignedRequest.
    Result<RestResponse> listAgents(const RestRequest &request);
    Result<RestResponse> getAgent(const RestRequest &request);
    // PATCH pools/{poolId}/agents/{agentId} with {"enabled": false|true}: an administrator's switch (audited).
    Result<RestResponse> updateAgent(const RestRequest &request);

private:
    Services &m_services;
    Api m_api;
};

// A positive 31-bit id for a pool or agent name (case-insensitive): the first bytes of its SHA-1.
qint64 stableAgentId(const QString &name);

} // namespace slipway::rest
