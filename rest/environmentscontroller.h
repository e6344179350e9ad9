#pragma once

#include "controllers.h"

namespace slipway::rest {

// Release environments: get one; PATCH to deploy (inProgress), cancel (canceled), or defer
// (scheduledDeploymentTime, only while an approval is pending).
class EnvironmentsController final {
public:
    explicit EnvironmentsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(EnvironmentsController)

    void addRoutes(Router &router);

    // GET releases/{releaseId}/environments/{environmentId}.
    Result<RestResponse> getEnvironment(const RestRequest &request, const ProjectRecord &project);
    // PATCH the same: {status, comment, scheduledDeploymentTime, variables: {NAME: {value}}}.
    Result<RestResponse> updateEnvironment(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    // The release with the environment of the route only.
    Result<ReleaseDetails> locate(const RestRequest &request, const ProjectRecord &project);
    Result<RestResponse> environmentJson(const RestRequest &request, const ReleaseDetails &found);
    Status deploy(const RestRequest &request, const QJsonObject &body, const ReleaseDetails &found,
                  const QString &comment, const QDateTime &startAt);
    Status deferPending(const StageDetails &stage, const QDateTime &until, const QString &comment,
                        const Identity &user);
};

} // namespace slipway::rest
