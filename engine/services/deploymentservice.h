#pragma once

#include "core/identity.h"
#include "definition/specs.h"
#include "services/enginecontext.h"

#include <QHash>

namespace slipway {

class PipelineService;

struct DeployRequest final {
    qint64 releaseId = 0;
    QString stage;
    QString comment;
    QDateTime startAt;                      // invalid: as soon as the queue allows
    std::optional<DeploymentReason> reason; // default: manual, or redeploy for a stage deployed before
    // Overrides of the pipeline's variables that are settable at release time, for this deployment only.
    QHash<QString, QString> variables;
};

// Deployment requests (deploy, redeploy, cancel) as users make them. They only record the request;
// an engine picks it up (docs/domain.md#stage-triggers, docs/domain.md#the-run-of-a-deployment, docs/cli.md).
class DeploymentService final {
public:
    DeploymentService(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}
    Q_DISABLE_COPY_MOVE(DeploymentService)

    // A stage that already has deployments gets a new attempt: a redeploy from the same snapshot.
    Result<DeploymentRecord> deploy(const DeployRequest &request, const Identity &actor);
    // Queued or deferred: canceled at once. Running: marked `cancelling` for its engine to stop.
    Status cancel(qint64 deploymentId, const Identity &actor);

    // Answers the manual intervention a deployment waits for. Only the task's approvers (users, or
    // members of `group:NAME`) may answer; when it names none, anyone may.
    Status decideIntervention(qint64 deploymentId, bool resume, const QString &comment, const Identity &actor);

    Result<DeploymentContext> deployment(qint64 deploymentId);
    Result<QList<TaskRunRecord>> taskRuns(qint64 deploymentId);
    Result<QList<LogLineRecord>> logLines(qint64 deploymentId, qint64 afterId, int limit = 1000);

private:
    EngineContext m_context;
    Result<DeploymentRecord> deployByEngine(const DeployRequest &request); // a member's, on a team database
    Status byEngine(const QString &kind, const QJsonObject &payload);      // a member's cancel or answer
    PipelineService &m_pipelines;

    Status checkMayAnswer(const TaskSpec *task, const Identity &actor); // null: anyone may answer
    Status endWaitingIntervention(const DeploymentContext &context, const Identity &actor, const QDateTime &now);
};

} // namespace slipway
