#pragma once

#include "controllers.h"

namespace slipway::rest {

// The manual interventions of a release: list, get, and answer (resume or reject).
class InterventionsController final {
public:
    explicit InterventionsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(InterventionsController)

    void addRoutes(Router &router);

    // GET releases/{releaseId}/manualInterventions.
    Result<RestResponse> listInterventions(const RestRequest &request, const ProjectRecord &project);
    // GET releases/{releaseId}/manualInterventions/{manualInterventionId}.
    Result<RestResponse> getIntervention(const RestRequest &request, const ProjectRecord &project);
    // PATCH the same: {status: approved (resume) | rejected, comment}.
    Result<RestResponse> decideIntervention(const RestRequest &request, const ProjectRecord &project);

private:
    // A manual intervention task run, with its definition and where it runs.
    struct Intervention final {
        TaskRunRecord run;
        TaskSpec task;
        DeploymentRecord deployment;
        StageDetails stage;
    };
    // The intervention of the route, and its release.
    struct Found final {
        ReleaseDetails details;
        Intervention intervention;
    };

    Services &m_services;
    Api m_api;

    Result<QList<Intervention>> interventionsOf(const ReleaseDetails &details);
    Result<Found> find(const RestRequest &request, const ProjectRecord &project);
    static QJsonObject interventionJson(const AzureShapes &shapes, const ReleaseDetails &details,
                                        const Intervention &intervention);
};

} // namespace slipway::rest
