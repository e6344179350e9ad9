#pragma once

#include "controllers.h"

namespace slipway::rest {

// A definition's revisions and the definitions' folders: the engine keeps every saved revision of a
// pipeline, and folders are the pipelines' folder paths (Azure writes them with backslashes).
class RevisionsController final {
public:
    explicit RevisionsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(RevisionsController)

    void addRoutes(Router &router);

    // GET definitions/{definitionId}/revisions: ReleaseDefinitionRevision items, newest first.
    Result<RestResponse> listRevisions(const RestRequest &request, const ProjectRecord &project);
    // GET definitions/{definitionId}/revisions/{revision}: the definition as that revision saved it.
    Result<RestResponse> getRevision(const RestRequest &request, const ProjectRecord &project);
    // GET folders and folders/{path}: the folder and the folders under it.
    Result<RestResponse> listFolders(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;
};

} // namespace slipway::rest
