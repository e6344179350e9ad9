#include "wireenums.h"

#include "restcontext.h"

#include <QStringList>

#include <limits>

namespace slipway::rest {

QString WireTable::nameOf(int value) const {
    for (const auto &[name, number] : m_values)
        if (number == value)
            return QString::fromLatin1(name);
    if (m_flags) {
        QStringList names;
        for (const auto &[name, number] : m_values)
            if (number != 0 && (value & number) == number)
                names << QString::fromLatin1(name);
        if (!names.isEmpty())
            return names.join(QStringLiteral(", "));
    }
    return QString::number(value);
}

std::optional<int> WireTable::parse(const QString &text) const {
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber)
        return number;
    const QStringList parts = m_flags ? text.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{text};
    if (parts.isEmpty())
        return std::nullopt;
    int result = 0;
    for (const QString &part : parts) {
        const QString wanted = part.trimmed();
        bool found = false;
        for (const auto &[name, value] : m_values)
            if (wanted.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                result |= value;
                found = true;
                break;
            }
        if (!found)
            return std::nullopt;
    }
    return result;
}

std::optional<int> WireTable::parse(const QJsonValue &value) const {
    if (value.isDouble()) {
        const std::optional<qint64> number =
            integerOf(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!number)
            return std::nullopt;
        return int(*number);
    }
    if (value.isString())
        return parse(value.toString());
    return std::nullopt;
}

namespace wire {
const WireEnum<EnvironmentStatus> environmentStatus{"EnvironmentStatus",
                                                    {{"undefined", EnvironmentStatus::Undefined},
                                                     {"notStarted", EnvironmentStatus::NotStarted},
                                                     {"inProgress", EnvironmentStatus::InProgress},
                                                     {"succeeded", EnvironmentStatus::Succeeded},
                                                     {"canceled", EnvironmentStatus::Canceled},
                                                     {"rejected", EnvironmentStatus::Rejected},
                                                     {"queued", EnvironmentStatus::Queued},
                                                     {"scheduled", EnvironmentStatus::Scheduled},
                                                     {"partiallySucceeded", EnvironmentStatus::PartiallySucceeded}},
                                                    true};
const WireEnum<ApprovalStatus> approvalStatus{"ApprovalStatus",
                                              {{"undefined", ApprovalStatus::Undefined},
                                               {"pending", ApprovalStatus::Pending},
                                               {"approved", ApprovalStatus::Approved},
                                               {"rejected", ApprovalStatus::Rejected},
                                               {"reassigned", ApprovalStatus::Reassigned},
                                               {"canceled", ApprovalStatus::Canceled},
                                               {"skipped", ApprovalStatus::Skipped}}};
const WireEnum<ReleaseStatus> releaseStatus{"ReleaseStatus",
                                            {{"undefined", ReleaseStatus::Undefined},
                                             {"draft", ReleaseStatus::Draft},
                                             {"active", ReleaseStatus::Active},
                                             {"abandoned", ReleaseStatus::Abandoned}}};
const WireEnum<DeploymentStatus> deploymentStatus{"DeploymentStatus",
                                                  {{"undefined", DeploymentStatus::Undefined},
                                                   {"notDeployed", DeploymentStatus::NotDeployed},
                                                   {"inProgress", DeploymentStatus::InProgress},
                                                   {"succeeded", DeploymentStatus::Succeeded},
                                                   {"partiallySucceeded", DeploymentStatus::PartiallySucceeded},
                                                   {"failed", DeploymentStatus::Failed},
                                                   {"all", DeploymentStatus::All}},
                                                  true};
const WireEnum<OperationStatus> operationStatus{
    "DeploymentOperationStatus",
    {{"undefined", OperationStatus::Undefined},
     {"queued", OperationStatus::Queued},
     {"scheduled", OperationStatus::Scheduled},
     {"pending", OperationStatus::Pending},
     {"approved", OperationStatus::Approved},
     {"rejected", OperationStatus::Rejected},
     {"deferred", OperationStatus::Deferred},
     {"queuedForAgent", OperationStatus::QueuedForAgent},
     {"phaseInProgress", OperationStatus::PhaseInProgress},
     {"phaseSucceeded", OperationStatus::PhaseSucceeded},
     {"phasePartiallySucceeded", OperationStatus::PhasePartiallySucceeded},
     {"phaseFailed", OperationStatus::PhaseFailed},
     {"canceled", OperationStatus::Canceled},
     {"phaseCanceled", OperationStatus::PhaseCanceled},
     {"manualInterventionPending", OperationStatus::ManualInterventionPending},
     {"queuedForPipeline", OperationStatus::QueuedForPipeline},
     {"cancelling", OperationStatus::Cancelling},
     {"evaluatingGates", OperationStatus::EvaluatingGates},
     {"gateFailed", OperationStatus::GateFailed},
     {"all", OperationStatus::All}},
    true};
const WireEnum<ApprovalType> approvalType{"ApprovalType",
                                          {{"undefined", ApprovalType::Undefined},
                                           {"preDeploy", ApprovalType::PreDeploy},
                                           {"postDeploy", ApprovalType::PostDeploy},
                                           {"all", ApprovalType::All}},
                                          true};
const WireEnum<ReleaseReason> releaseReason{"ReleaseReason",
                                            {{"none", ReleaseReason::None},
                                             {"manual", ReleaseReason::Manual},
                                             {"continuousIntegration", ReleaseReason::ContinuousIntegration},
                                             {"schedule", ReleaseReason::Schedule},
                                             {"pullRequest", ReleaseReason::PullRequest}}};
const WireEnum<DeploymentReason> deploymentReason{"DeploymentReason",
                                                  {{"none", DeploymentReason::None},
                                                   {"manual", DeploymentReason::Manual},
                                                   {"automated", DeploymentReason::Automated},
                                                   {"scheduled", DeploymentReason::Scheduled},
                                                   {"redeployTrigger", DeploymentReason::RedeployTrigger}},
                                                  true};
const WireEnum<ManualInterventionStatus> manualInterventionStatus{"ManualInterventionStatus",
                                                                  {{"unknown", ManualInterventionStatus::Unknown},
                                                                   {"pending", ManualInterventionStatus::Pending},
                                                                   {"rejected", ManualInterventionStatus::Rejected},
                                                                   {"approved", ManualInterventionStatus::Approved},
                                                                   {"canceled", ManualInterventionStatus::Canceled},
                                                                   {"bypassed", ManualInterventionStatus::Bypassed}}};
const WireEnum<TaskStatus> taskStatus{"TaskStatus",
                                      {{"unknown", TaskStatus::Unknown},
                                       {"pending", TaskStatus::Pending},
                                       {"inProgress", TaskStatus::InProgress},
                                       {"success", TaskStatus::Success},
                                       {"failure", TaskStatus::Failure},
                                       {"canceled", TaskStatus::Canceled},
                                       {"skipped", TaskStatus::Skipped},
                                       {"succeeded", TaskStatus::Succeeded},
                                       {"failed", TaskStatus::Failed},
                                       {"partiallySucceeded", TaskStatus::PartiallySucceeded}}};
const WireEnum<GateStatus> gateStatus{"GateStatus",
                                      {{"none", GateStatus::None},
                                       {"pending", GateStatus::Pending},
                                       {"inProgress", GateStatus::InProgress},
                                       {"succeeded", GateStatus::Succeeded},
                                       {"failed", GateStatus::Failed},
                                       {"canceled", GateStatus::Canceled}}};
const WireEnum<QueryOrder> queryOrder{"ReleaseQueryOrder",
                                      {{"descending", QueryOrder::Descending}, {"ascending", QueryOrder::Ascending}}};
const WireEnum<ReleaseExpands> releaseExpands{"ReleaseExpands",
                                              {{"none", ReleaseExpands::None},
                                               {"environments", ReleaseExpands::Environments},
                                               {"artifacts", ReleaseExpands::Artifacts},
                                               {"approvals", ReleaseExpands::Approvals},
                                               {"manualInterventions", ReleaseExpands::ManualInterventions},
                                               {"variables", ReleaseExpands::Variables},
                                               {"tags", ReleaseExpands::Tags}},
                                              true};
const WireEnum<ApprovalExecutionOrder> approvalExecutionOrder{
    "ApprovalExecutionOrder",
    {{"beforeGates", ApprovalExecutionOrder::BeforeGates},
     {"afterSuccessfulGates", ApprovalExecutionOrder::AfterSuccessfulGates},
     {"afterGatesAlways", ApprovalExecutionOrder::AfterGatesAlways}}};
} // namespace wire

} // namespace slipway::rest
