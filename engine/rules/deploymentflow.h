#pragma once

#include "rules/approvalpolicy.h"
#include "rules/transitions.h"
#include "store/repositories.h"

namespace slipway {

// Moves an admitted deployment through its steps: pre-deployment approvals and gates in the stage's
// order, a deferral, the tasks, then post-deployment gates and approvals. It decides; Transitions writes.
// Every call runs inside the transaction of the event that caused it (an admission, a decision, a
// timeout, a gate round, the tasks' end), so the GUI, the CLI and REST share one set of rules and a
// crash never leaves a step half taken. Side effects (processes, gate probes) stay with the engine.
class DeploymentFlow final {
public:
    DeploymentFlow(Store &store, const PipelineDefinition &snapshot, const QDateTime &now);

    // Enters the step after the deployment's current one (the first when just admitted) and goes on
    // through steps with nothing to wait for. True when the tasks should start now and the caller
    // (an engine) will claim and launch them; without `canLaunch` they are left for an engine.
    Result<bool> advance(const DeploymentContext &deployment, bool canLaunch);
    // An approval of the current step changed: resolve the step and go on if it is decided.
    Status approvalsChanged(const DeploymentContext &deployment);
    // An administrator approves every pending approval of the current step at once.
    Status overrideApprovals(const DeploymentContext &deployment, const QString &admin, const QString &comment);
    Status approvalsTimedOut(const DeploymentContext &deployment);
    Status gatesEnded(const DeploymentContext &deployment, bool passed, const QString &message);
    // The tasks ended with `outcome`: post-deployment steps follow a success, else the deployment ends.
    Status tasksEnded(const DeploymentContext &deployment, DeploymentStatus outcome, bool rejected,
                      const QString &message);
    // Ends the deployment; a success queues the stages whose trigger waits for this one.
    Status complete(const DeploymentContext &deployment, DeploymentStatus status, StageStatus stageStatus,
                    const QString &message);

private:
    enum class Resolution { Waiting, Approved, Rejected };

    Store &m_store;
    const PipelineDefinition &m_snapshot;
    QDateTime m_now;
    Transitions m_transitions;

    const StageDefinition *stageOf(const DeploymentContext &deployment) const;
    Result<Resolution> enterApprovals(const DeploymentContext &deployment, const ApprovalPolicy &policy);
    Result<Resolution> resolve(const DeploymentContext &deployment, const ApprovalPolicy &policy);
    Status createApproval(const DeploymentContext &deployment, const ApprovalPolicy &policy, int rank);
    Result<QString> approvedInPreviousStage(const DeploymentContext &deployment, const QString &approver);
    Result<QList<ApprovalRecord>> stepApprovals(qint64 deploymentId, ApprovalKind kind);
    Status decideBySystem(const ApprovalRecord &approval, ApprovalStatus status, const QString &comment);
    Status reject(const DeploymentContext &deployment, const QString &message);
    Status audit(const QString &action, const QString &objectType, qint64 id, const QJsonObject &details);
};

} // namespace slipway
