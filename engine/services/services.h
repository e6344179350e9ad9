#pragma once

#include "services/agentservice.h"
#include "services/approvalservice.h"
#include "services/artifactservice.h"
#include "services/changenotifier.h"
#include "services/deploymentservice.h"
#include "services/demodata.h"
#include "services/directoryservice.h"
#include "services/historyservice.h"
#include "services/inboxqueries.h"
#include "services/pipelineservice.h"
#include "services/queryservice.h"
#include "services/releaseservice.h"
#include "services/requestrunner.h"
#include "services/retentionservice.h"
#include "services/variablegroupservice.h"

namespace slipway {

// The engine's service set over one store (one thread). Built by `app` and by tests.
class Services final {
public:
    Services(Store &store, const Clock &clock)
        : store(store), clock(clock), memberRequests(store), pipelines(context()), artifacts(context(), pipelines),
          releases(context(), pipelines, artifacts), queries(store, pipelines), directory(context()),
          deployments(context(), pipelines), approvals(context(), pipelines, directory),
          retention(context(), pipelines), history(context(), pipelines, releases), demoData(context(), pipelines),
          inbox(context(), pipelines), variableGroups(context()), agents(context(), pipelines) {
        // A version that passes its source's CD trigger creates a release
        // (docs/domain.md#artifact-sources-and-release-triggers).
        artifacts.setReleaseTrigger([this](const ArtifactSourceRecord &source, const ArtifactVersionRecord &version) {
            CreateReleaseRequest request;
            request.pipeline = QString::number(source.pipelineId);
            request.artifactVersions.insert(source.alias, version.version);
            request.reason = ReleaseReason::ContinuousDeployment;
            request.scanFolders = false;
            Result<ReleaseRecord> release = releases.create(request, Identity{QStringLiteral("slipway")});
            return release ? Result<qint64>(release->id) : Result<qint64>(release.error());
        });
    }
    Q_DISABLE_COPY_MOVE(Services)

    Store &store;
    const Clock &clock;
    ChangeNotifier notifier;
    MemberRequests memberRequests;
    PipelineService pipelines;
    ArtifactService artifacts;
    ReleaseService releases;
    QueryService queries;
    DirectoryService directory;
    DeploymentService deployments;
    ApprovalService approvals;
    RetentionService retention;
    HistoryService history;
    DemoDataGenerator demoData;
    InboxQueries inbox; // the approver's inbox: interventions and decision context
    VariableGroupService variableGroups;
    AgentService agents;
    RequestRunner requestRunner{*this}; // an engine carries out members' requests through the services above

private:
    EngineContext context() { return EngineContext{store, clock, notifier, memberRequests}; }
};

} // namespace slipway
