#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

namespace slipway {

struct DeployRequest final {
    qint64 releaseId = 0;
    QString stage;
    QString comment;
    QDateTime startAt; // invalid: as soon as the queue allows
};

// Deployment requests (deploy, redeploy, cancel) as users make them. They only record the request;
// an engine picks it up (domain.md §4, §5, cli.md).
class DeploymentService final {
public:
    explicit DeploymentService(EngineContext context) : m_context(context) {}
    Q_DISABLE_COPY_MOVE(DeploymentService)

    // A stage that already has deployments gets a new attempt: a redeploy from the same snapshot.
    Result<DeploymentRecord> deploy(const DeployRequest &request, const Identity &actor);
    // Queued or deferred: canceled at once. Running: marked `cancelling` for its engine to stop.
    Status cancel(qint64 deploymentId, const Identity &actor);

    Result<DeploymentContext> deployment(qint64 deploymentId);
    Result<QList<TaskRunRecord>> taskRuns(qint64 deploymentId);
    Result<QList<LogLineRecord>> logLines(qint64 deploymentId, qint64 afterId, int limit = 1000);

private:
    EngineContext m_context;
};

} // namespace slipway
