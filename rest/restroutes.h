#pragma once

#include "agentpoolscontroller.h"
#include "approvalscontroller.h"
#include "definitionscontroller.h"
#include "deploymentscontroller.h"
#include "discoverycontroller.h"
#include "environmentscontroller.h"
#include "gatescontroller.h"
#include "interventionscontroller.h"
#include "logscontroller.h"
#include "releaselocations.h"
#include "releasescontroller.h"
#include "variablegroupscontroller.h"
#include "revisionscontroller.h"

namespace slipway::rest {

// Every controller of the REST interface, one per resource, and their routes in the router.
class RestRoutes final {
public:
    RestRoutes(Router &router, Services &services)
        : m_unsupported(services), m_discovery(services), m_slipway(services), m_definitions(services),
          m_releases(services), m_environments(services), m_approvals(services), m_deployments(services),
          m_interventions(services), m_gates(services), m_logs(services), m_variableGroups(services),
          m_revisions(services), m_agentPools(services) {
        // First: their literal segments (definitions/environments) win over a real route's {values}.
        m_unsupported.addRoutes(router);
        m_discovery.addRoutes(router);
        m_slipway.addRoutes(router);
        m_definitions.addRoutes(router);
        m_releases.addRoutes(router);
        m_environments.addRoutes(router);
        m_approvals.addRoutes(router);
        m_deployments.addRoutes(router);
        m_interventions.addRoutes(router);
        m_gates.addRoutes(router);
        m_logs.addRoutes(router);
        m_variableGroups.addRoutes(router);
        m_revisions.addRoutes(router);
        m_agentPools.addRoutes(router);
    }
    Q_DISABLE_COPY_MOVE(RestRoutes)

private:
    UnsupportedController m_unsupported;
    DiscoveryController m_discovery;
    SlipwayController m_slipway;
    DefinitionsController m_definitions;
    ReleasesController m_releases;
    EnvironmentsController m_environments;
    ApprovalsController m_approvals;
    DeploymentsController m_deployments;
    InterventionsController m_interventions;
    GatesController m_gates;
    LogsController m_logs;
    VariableGroupsController m_variableGroups;
    RevisionsController m_revisions;
    AgentPoolsController m_agentPools;
};

} // namespace slipway::rest
