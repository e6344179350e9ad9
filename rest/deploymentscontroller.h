#pragma once

#include "controllers.h"

namespace slipway::rest {

// Deployments: the list with its filters and keyset paging.
class DeploymentsController final {
public:
    explicit DeploymentsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(DeploymentsController)

    void addRoutes(Router &router);

    // GET deployments: definitionId, definitionEnvironmentId, $top, continuationToken, createdBy,
    // latestAttemptsOnly, deploymentStatus, operationStatus, queryOrder.
    Result<RestResponse> listDeployments(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    // One deployment with its release, its stage's conditions and its approvals.
    QJsonObject deploymentJson(const AzureShapes &shapes, const DeploymentContext &deployment,
                               const QString &pipelineName, const QHash<qint64, ReleaseRecord> &releases);
};

} // namespace slipway::rest
