#pragma once

#include "controllers.h"

namespace slipway::rest {

// One location of the Release area, as OPTIONS _apis/Release lists it: the Node client builds every URL
// from these templates. `unsupported` is empty for the locations Slipway serves, else why it does not.
struct ReleaseLocation final {
    const char *id;
    const char *resource;
    int version;
    const char *route;
    const char *unsupported = nullptr;
    // Served with an empty list: Slipway's tasks never attach files, so a list of attachments is empty.
    bool empty = false;
};

// Every location id that Microsoft's azure-devops-node-api 17 (ReleaseApi) uses.
const QList<ReleaseLocation> &releaseLocations();

// The locations Slipway does not serve: each of their URLs answers a 404 (GET) or 405 (other methods) with
// Azure's error body naming the resource and why, instead of the client's "Failed to find api location".
class UnsupportedController final {
public:
    explicit UnsupportedController(Services &services) : m_api(services) {}
    Q_DISABLE_COPY_MOVE(UnsupportedController)

    void addRoutes(Router &router);

private:
    Api m_api;
};

} // namespace slipway::rest
