#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace slipway {

// State names are those of docs/domain.md; the same strings travel to the CLI, the GUI and REST.
enum class ReleaseStatus { Draft, Active, Abandoned };
enum class ReleaseReason { Manual, ContinuousDeployment, Schedule, Api };
enum class StageStatus {
    NotStarted,
    Queued,
    Scheduled,
    InProgress,
    Succeeded,
    PartiallySucceeded,
    Failed,
    Canceled,
    Rejected
};
enum class DeploymentStatus { NotDeployed, InProgress, Succeeded, PartiallySucceeded, Failed, Canceled, Interrupted };
enum class OperationStatus {
    Queued,
    PendingApproval,
    EvaluatingGates,
    Deferred,
    Running,
    PendingIntervention,
    Cancelling,
    Done
};
enum class DeploymentReason { Manual, Automated, Scheduled, Redeploy };
// Slipway: `interrupted` marks the task that was running when its engine died.
enum class TaskStatus { Pending, InProgress, Succeeded, Failed, Skipped, Canceled, Interrupted };

enum class ApprovalStatus { Pending, Approved, Rejected, Reassigned, Canceled, Skipped };
enum class ApprovalKind { PreDeploy, PostDeploy };
// Where an admitted deployment is in its run (docs/domain.md#the-run-of-a-deployment); the order of approvals and gates
// within the pre and post parts follows the stage's approvalOrder.
enum class DeploymentStep { PreApprovals, PreGates, Tasks, PostGates, PostApprovals };

QString toString(ReleaseStatus value);
QString toString(ReleaseReason value);
QString toString(StageStatus value);
QString toString(DeploymentStatus value);
QString toString(OperationStatus value);
QString toString(DeploymentReason value);
QString toString(TaskStatus value);
QString toString(ApprovalStatus value);
QString toString(ApprovalKind value);
QString toString(DeploymentStep value);

template <typename Enum>
std::optional<Enum> fromString(const QString &name);
// The same for a stored name read as bytes: no string built per row when a history is read.
std::optional<DeploymentStatus> deploymentStatusFromBytes(QByteArrayView name);

} // namespace slipway
