#include "states.h"

#include <array>
#include <utility>

namespace slipway {

namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

constexpr NameTable<ReleaseStatus, 3> releaseStatusNames{{
    {ReleaseStatus::Draft, "draft"},
    {ReleaseStatus::Active, "active"},
    {ReleaseStatus::Abandoned, "abandoned"},
}};
constexpr NameTable<ReleaseReason, 4> releaseReasonNames{{
    {ReleaseReason::Manual, "manual"},
    {ReleaseReason::ContinuousDeployment, "continuousDeployment"},
    {ReleaseReason::Schedule, "schedule"},
    {ReleaseReason::Api, "api"},
}};
constexpr NameTable<StageStatus, 9> stageStatusNames{{
    {StageStatus::NotStarted, "notStarted"},
    {StageStatus::Queued, "queued"},
    {StageStatus::Scheduled, "scheduled"},
    {StageStatus::InProgress, "inProgress"},
    {StageStatus::Succeeded, "succeeded"},
    {StageStatus::PartiallySucceeded, "partiallySucceeded"},
    {StageStatus::Failed, "failed"},
    {StageStatus::Canceled, "canceled"},
    {StageStatus::Rejected, "rejected"},
}};
constexpr NameTable<DeploymentStatus, 7> deploymentStatusNames{{
    {DeploymentStatus::NotDeployed, "notDeployed"},
    {DeploymentStatus::InProgress, "inProgress"},
    {DeploymentStatus::Succeeded, "succeeded"},
    {DeploymentStatus::PartiallySucceeded, "partiallySucceeded"},
    {DeploymentStatus::Failed, "failed"},
    {DeploymentStatus::Canceled, "canceled"},
    {DeploymentStatus::Interrupted, "interrupted"},
}};
constexpr NameTable<OperationStatus, 8> operationStatusNames{{
    {OperationStatus::Queued, "queued"},
    {OperationStatus::PendingApproval, "pendingApproval"},
    {OperationStatus::EvaluatingGates, "evaluatingGates"},
    {OperationStatus::Deferred, "deferred"},
    {OperationStatus::Running, "running"},
    {OperationStatus::PendingIntervention, "pendingIntervention"},
    {OperationStatus::Cancelling, "cancelling"},
    {OperationStatus::Done, "done"},
}};
constexpr NameTable<DeploymentReason, 4> deploymentReasonNames{{
    {DeploymentReason::Manual, "manual"},
    {DeploymentReason::Automated, "automated"},
    {DeploymentReason::Scheduled, "scheduled"},
    {DeploymentReason::Redeploy, "redeploy"},
}};

constexpr NameTable<TaskStatus, 7> taskStatusNames{{
    {TaskStatus::Pending, "pending"},
    {TaskStatus::InProgress, "inProgress"},
    {TaskStatus::Succeeded, "succeeded"},
    {TaskStatus::Failed, "failed"},
    {TaskStatus::Skipped, "skipped"},
    {TaskStatus::Canceled, "canceled"},
    {TaskStatus::Interrupted, "interrupted"},
}};

constexpr NameTable<ApprovalStatus, 6> approvalStatusNames{{
    {ApprovalStatus::Pending, "pending"},
    {ApprovalStatus::Approved, "approved"},
    {ApprovalStatus::Rejected, "rejected"},
    {ApprovalStatus::Reassigned, "reassigned"},
    {ApprovalStatus::Canceled, "canceled"},
    {ApprovalStatus::Skipped, "skipped"},
}};
constexpr NameTable<ApprovalKind, 2> approvalKindNames{{
    {ApprovalKind::PreDeploy, "preDeploy"},
    {ApprovalKind::PostDeploy, "postDeploy"},
}};
constexpr NameTable<DeploymentStep, 5> deploymentStepNames{{
    {DeploymentStep::PreApprovals, "preApprovals"},
    {DeploymentStep::PreGates, "preGates"},
    {DeploymentStep::Tasks, "tasks"},
    {DeploymentStep::PostGates, "postGates"},
    {DeploymentStep::PostApprovals, "postApprovals"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value) {
    for (const auto &[candidate, name] : table)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name) {
    for (const auto &[candidate, text] : table)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return candidate;
    return std::nullopt;
}

} // namespace

QString toString(ReleaseStatus value) {
    return nameOf(releaseStatusNames, value);
}
QString toString(ReleaseReason value) {
    return nameOf(releaseReasonNames, value);
}
QString toString(StageStatus value) {
    return nameOf(stageStatusNames, value);
}
QString toString(DeploymentStatus value) {
    return nameOf(deploymentStatusNames, value);
}
QString toString(OperationStatus value) {
    return nameOf(operationStatusNames, value);
}
QString toString(DeploymentReason value) {
    return nameOf(deploymentReasonNames, value);
}

template <>
std::optional<ReleaseStatus> fromString(const QString &name) {
    return valueOf(releaseStatusNames, name);
}
template <>
std::optional<ReleaseReason> fromString(const QString &name) {
    return valueOf(releaseReasonNames, name);
}
template <>
std::optional<StageStatus> fromString(const QString &name) {
    return valueOf(stageStatusNames, name);
}
template <>
std::optional<DeploymentStatus> fromString(const QString &name) {
    return valueOf(deploymentStatusNames, name);
}
std::optional<DeploymentStatus> deploymentStatusFromBytes(QByteArrayView name) {
    for (const auto &[candidate, text] : deploymentStatusNames)
        if (name.compare(QByteArrayView(text), Qt::CaseInsensitive) == 0)
            return candidate;
    return std::nullopt;
}
template <>
std::optional<OperationStatus> fromString(const QString &name) {
    return valueOf(operationStatusNames, name);
}
template <>
std::optional<DeploymentReason> fromString(const QString &name) {
    return valueOf(deploymentReasonNames, name);
}

QString toString(TaskStatus value) {
    return nameOf(taskStatusNames, value);
}
template <>
std::optional<TaskStatus> fromString(const QString &name) {
    return valueOf(taskStatusNames, name);
}

QString toString(ApprovalStatus value) {
    return nameOf(approvalStatusNames, value);
}
QString toString(ApprovalKind value) {
    return nameOf(approvalKindNames, value);
}
QString toString(DeploymentStep value) {
    return nameOf(deploymentStepNames, value);
}
template <>
std::optional<ApprovalStatus> fromString(const QString &name) {
    return valueOf(approvalStatusNames, name);
}
template <>
std::optional<ApprovalKind> fromString(const QString &name) {
    return valueOf(approvalKindNames, name);
}
template <>
std::optional<DeploymentStep> fromString(const QString &name) {
    return valueOf(deploymentStepNames, name);
}

} // namespace slipway
