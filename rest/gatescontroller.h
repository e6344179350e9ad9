#pragma once

#include "controllers.h"

namespace slipway::rest {

// The gates of a deployment's step: ignore some of them. A step's id is 2 × the deployment's id for
// the pre-deployment gates and 2 × the deployment's id + 1 for the post-deployment ones.
class GatesController final {
public:
    explicit GatesController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(GatesController)

    void addRoutes(Router &router);

    // PATCH gates/{gateStepId}: {gatesToIgnore: [name, …], comment}; answers the step as it is now.
    Result<RestResponse> ignoreGates(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    Result<QJsonObject> stepJson(qint64 step, const DeploymentContext &deployment);
};

} // namespace slipway::rest
