#pragma once

#include "definition/pipelinedefinition.h"
#include "store/repositories.h"

namespace slipway {

// The release-stage status that a deployment in this state shows (release_stages.status).
StageStatus stageStatusOf(DeploymentStatus status, OperationStatus operation);

// The release-stage status while a deployment waits in an approval or gate step: queued before its tasks,
// in progress after them (the tasks ran, post-deployment checks remain).
StageStatus stageStatusWhileWaiting(DeploymentStep step);

// A new attempt of a release stage, queued now or deferred to `startAt`.
struct DeploymentRequest final {
    qint64 releaseStageId = 0;
    DeploymentReason reason = DeploymentReason::Manual;
    QString requestedBy;
    QString comment;
    QDateTime startAt;
    QJsonObject variables;
    QJsonObject auditDetails;  // what the audit event records about the request
    bool auditAttempt = false; // the audit event also names the attempt the request became
};

// The only writer of a deployment's state and of its release stage's status: each transition writes the
// deployment, the stage status and, where the audit trail records the change, its audit event, together and
// in the caller's transaction. The deployment flow decides which transition comes next; the runtime and the
// services call these for the events they see. tests/rules/statuswriters.cmake keeps it the only writer.
class Transitions final {
public:
    Transitions(Store &store, const QDateTime &now) : m_store(store), m_now(now) {}

    Result<DeploymentRecord> request(const DeploymentRequest &request);
    // An engine takes a queued (or due) deployment and starts its tasks; false when another engine has it.
    Result<bool> claim(const DeploymentContext &deployment, const EngineOwner &owner, const QDateTime &leaseUntil);
    // The queue let it in: its steps begin (the flow enters the first one).
    Status admit(const DeploymentContext &deployment, const QString &engine);
    // Enters an approval or gate step; an approval step times out at `deadline`.
    Status enterStep(const DeploymentContext &deployment, DeploymentStep step, OperationStatus operation,
                     const QDateTime &deadline);
    // Enters the tasks' step: deferred until the start time it was given, or due now.
    Status enterTasks(const DeploymentContext &deployment, bool deferred);
    // Holds the start of the tasks until `until` (an approver's deferral).
    Status defer(const DeploymentContext &deployment, const QDateTime &until);
    // Requested for a time that has come: it joins the queue.
    Status promoteDeferred(const DeploymentContext &deployment);
    Status waitForIntervention(const DeploymentContext &deployment, const QString &task); // audited, for other windows
    Status interventionAnswered(const DeploymentContext &deployment);
    // Someone asked to cancel a deployment an engine holds: the engine stops it.
    Status requestCancel(const DeploymentContext &deployment, const QString &actor);
    // The tasks succeeded and post-deployment steps follow: their outcome waits for the end.
    Status tasksSucceeded(const DeploymentContext &deployment, DeploymentStatus outcome);
    // Ends a deployment that no run finishes (canceled while it waited, or interrupted): its stage shows
    // canceled, its pending approvals are canceled, and `auditAction` records it.
    Status end(const DeploymentContext &deployment, DeploymentStatus status, const QString &message,
               const QString &actor, const QString &auditAction, const QJsonObject &details);
    // Ends a deployment with its outcome; with the release's snapshot, a success queues the follow-up stages.
    Status finish(const DeploymentContext &deployment, DeploymentStatus status, StageStatus stageStatus,
                  const QString &message, const PipelineDefinition *snapshot);
    // A deployment that already happened (generated history): the row and its stage's status; counted in the
    // rollups now, or by a rebuild once the history is written (it is generated out of completion order).
    Result<qint64> recordPast(const DeploymentRecord &deployment,
                              ReleaseRepository::Rollup rollup = ReleaseRepository::Rollup::Now);

private:
    Store &m_store;
    QDateTime m_now;

    Status cancelPendingApprovals(qint64 deploymentId, const QString &actor, const QString &reason);
};

} // namespace slipway
