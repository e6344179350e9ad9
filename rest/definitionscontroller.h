#pragma once

#include "controllers.h"

namespace slipway::azure {
struct AzureImport;
}

namespace slipway::rest {

// Release definitions: Slipway pipelines in Azure's shape, read and written.
class DefinitionsController final {
public:
    explicit DefinitionsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(DefinitionsController)

    void addRoutes(Router &router);

    // GET definitions: $top, $expand (environments), definitionIdFilter, searchText, isExactNameMatch.
    Result<RestResponse> listDefinitions(const RestRequest &request, const ProjectRecord &project);
    // GET definitions/{definitionId}: with its environments.
    Result<RestResponse> getDefinition(const RestRequest &request, const ProjectRecord &project);
    // DELETE definitions/{definitionId}: 204; 409 while the pipeline has releases (they keep its history).
    Result<RestResponse> deleteDefinition(const RestRequest &request, const ProjectRecord &project);
    // POST definitions: an Azure ReleaseDefinition (or a Slipway pipeline document) saved as a new pipeline.
    Result<RestResponse> createDefinition(const RestRequest &request, const ProjectRecord &project);
    // PUT definitions: the same for the pipeline of the body's `id`; a stale `revision` is a 409.
    Result<RestResponse> replaceDefinition(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    Result<azure::AzureImport> mappedBody(const RestRequest &request);
    Result<RestResponse> savedAnswer(const RestRequest &request, const azure::AzureImport &mapped,
                                     const SavedPipeline &saved);
};

} // namespace slipway::rest
