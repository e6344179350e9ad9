#pragma once

#include "services/approvalservice.h"
#include "services/artifactservice.h"
#include "services/changenotifier.h"
#include "services/deploymentservice.h"
#include "services/directoryservice.h"
#include "services/pipelineservice.h"
#include "services/queryservice.h"
#include "services/releaseservice.h"

namespace slipway {

// The engine's service set over one store (one thread). Built by `app` and by tests.
class Services final {
public:
    Services(Store &store, const Clock &clock)
        : store(store), clock(clock), pipelines(context()), artifacts(context(), pipelines),
          releases(context(), pipelines, artifacts), queries(store, pipelines), directory(context()),
          deployments(context(), pipelines), approvals(context(), pipelines, directory) {}
    Q_DISABLE_COPY_MOVE(Services)

    Store &store;
    const Clock &clock;
    ChangeNotifier notifier;
    PipelineService pipelines;
    ArtifactService artifacts;
    ReleaseService releases;
    QueryService queries;
    DirectoryService directory;
    DeploymentService deployments;
    ApprovalService approvals;

private:
    EngineContext context() { return EngineContext{store, clock, notifier}; }
};

} // namespace slipway
