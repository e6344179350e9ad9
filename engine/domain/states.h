#pragma once

#include <QString>

#include <optional>

namespace slipway {

// State names are those of domain.md; the same strings travel to the CLI, the GUI and REST.
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

QString toString(ReleaseStatus value);
QString toString(ReleaseReason value);
QString toString(StageStatus value);
QString toString(DeploymentStatus value);
QString toString(OperationStatus value);
QString toString(DeploymentReason value);

template <typename Enum>
std::optional<Enum> fromString(const QString &name);

} // namespace slipway
