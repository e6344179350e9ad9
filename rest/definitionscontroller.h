#pragma once

#include "controllers.h"

namespace slipway::rest {

// Release definitions: Slipway pipelines in Azure's shape; read-only for now.
class DefinitionsController final {
public:
    explicit DefinitionsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(DefinitionsController)

    void addRoutes(Router &router);

    // GET definitions: $top, $expand (environments), definitionIdFilter, searchText, isExactNameMatch.
    Result<RestResponse> listDefinitions(const RestRequest &request, const ProjectRecord &project);
    // GET definitions/{definitionId}: with its environments.
    Result<RestResponse> getDefinition(const RestRequest &request, const ProjectRecord &project);
    // POST or PUT definitions: refused with a 405 that says how to import a pipeline instead.
    Result<RestResponse> refuseDefinitionWrite(const RestRequest &request);

private:
    Services &m_services;
    Api m_api;
};

} // namespace slipway::rest
