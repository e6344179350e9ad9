#pragma once

#include "controllers.h"

namespace slipway::rest {

// Discovery: what Microsoft's clients ask before their first Release call (the location service,
// resource areas, the Release area's route templates, the connection data).
class DiscoveryController final {
public:
    explicit DiscoveryController(Services &services) : m_api(services) {}
    Q_DISABLE_COPY_MOVE(DiscoveryController)

    void addRoutes(Router &router);

    // OPTIONS _apis/Location: the resource areas' own location.
    Result<RestResponse> locationOptions(const RestRequest &request);
    // GET _apis/ResourceAreas: none, the on-premises answer (use the collection URL as given).
    Result<RestResponse> resourceAreas(const RestRequest &request);
    // OPTIONS _apis/Release: the route templates from which the client builds every URL.
    Result<RestResponse> releaseOptions(const RestRequest &request);
    // OPTIONS _apis/distributedtask: the locations of agent pools, agents and variable groups.
    Result<RestResponse> distributedTaskOptions(const RestRequest &request);
    // GET _apis/connectionData: who the token belongs to, and the collection's id.
    Result<RestResponse> connectionData(const RestRequest &request);

private:
    Api m_api;
};

// Slipway's own routes beside Azure's: the health check and versions pushed by a CI system.
class SlipwayController final {
public:
    explicit SlipwayController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(SlipwayController)

    void addRoutes(Router &router);

    // GET _apis/health, without a token: {status, version}.
    Result<RestResponse> health(const RestRequest &request);
    // POST slipway/pipelines/{pipeline}/artifacts/{alias}/versions: {version, branch, commit, url, tags};
    // the source's CD trigger may create a release.
    Result<RestResponse> pushVersion(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;
};

} // namespace slipway::rest
