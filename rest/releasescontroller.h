#pragma once

#include "controllers.h"

namespace slipway::rest {

// Releases: list with filters and paging, get, create, update.
class ReleasesController final {
public:
    explicit ReleasesController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(ReleasesController)

    void addRoutes(Router &router);

    // GET _apis/Release/releases, in every project: the filters of listReleases.
    Result<RestResponse> listAllReleases(const RestRequest &request);
    // GET releases: definitionId, $top, continuationToken, statusFilter, queryOrder, searchText, createdBy.
    Result<RestResponse> listReleases(const RestRequest &request, const ProjectRecord &project);
    // POST releases: {definitionId, description, isDraft, manualEnvironments, artifacts, variables}.
    Result<RestResponse> createRelease(const RestRequest &request, const ProjectRecord &project);
    // The same for requests that arrived together: created in one commit.
    QList<Result<RestResponse>> createReleases(const QList<ProjectRequest> &requests);
    // GET releases/{releaseId}.
    Result<RestResponse> getRelease(const RestRequest &request, const ProjectRecord &project);
    // PATCH or PUT releases/{releaseId}: {status (abandon, start a draft), keepForever, name}.
    Result<RestResponse> updateRelease(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    Result<RestResponse> list(const RestRequest &request, const std::optional<ProjectRecord> &project);
    Result<CreateReleaseRequest> creationOf(const RestRequest &request, const ProjectRecord &project);
    Result<RestResponse> createdAnswer(const RestRequest &request, const ReleaseRecord &created);
    Status applyUpdate(const ReleaseRecord &release, const QJsonObject &body, const Identity &user);
};

} // namespace slipway::rest
