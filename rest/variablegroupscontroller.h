#pragma once

#include "controllers.h"

namespace slipway::rest {

// The Library's variable groups in Azure's distributedtask shape (read-only). Slipway's groups are not per project:
// every project lists them all.
class VariableGroupsController final {
public:
    explicit VariableGroupsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(VariableGroupsController)

    void addRoutes(Router &router);

    // GET variablegroups: groupName (`*` wildcard, case-insensitive), groupIds, queryOrder (IdDescending, the
    // default, or IdAscending), $top and continuationToken (the id the page starts at).
    Result<RestResponse> listGroups(const RestRequest &request, const ProjectRecord &project);
    // GET variablegroups/{groupId}.
    Result<RestResponse> getGroup(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;
};

} // namespace slipway::rest
