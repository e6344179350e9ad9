#include "wireenums.h"

#include <QStringList>

namespace slipway::rest {

QString WireEnum::nameOf(int value) const {
    for (const auto &[name, number] : values)
        if (number == value)
            return QString::fromLatin1(name);
    if (flags) {
        QStringList names;
        for (const auto &[name, number] : values)
            if (number != 0 && (value & number) == number)
                names << QString::fromLatin1(name);
        if (!names.isEmpty())
            return names.join(QStringLiteral(", "));
    }
    return QString::number(value);
}

std::optional<int> WireEnum::parse(const QString &text) const {
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber)
        return number;
    const QStringList parts = flags ? text.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{text};
    if (parts.isEmpty())
        return std::nullopt;
    int result = 0;
    for (const QString &part : parts) {
        const QString wanted = part.trimmed();
        bool found = false;
        for (const auto &[name, value] : values)
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

std::optional<int> WireEnum::parse(const QJsonValue &value) const {
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != double(int(number)))
            return std::nullopt;
        return int(number);
    }
    if (value.isString())
        return parse(value.toString());
    return std::nullopt;
}

namespace wire {
const WireEnum environmentStatus{"EnvironmentStatus",
                                 {{"undefined", 0},
                                  {"notStarted", 1},
                                  {"inProgress", 2},
                                  {"succeeded", 4},
                                  {"canceled", 8},
                                  {"rejected", 16},
                                  {"queued", 32},
                                  {"scheduled", 64},
                                  {"partiallySucceeded", 128}},
                                 true};
const WireEnum approvalStatus{"ApprovalStatus",
                              {{"undefined", 0},
                               {"pending", 1},
                               {"approved", 2},
                               {"rejected", 4},
                               {"reassigned", 6},
                               {"canceled", 7},
                               {"skipped", 8}}};
const WireEnum releaseStatus{"ReleaseStatus", {{"undefined", 0}, {"draft", 1}, {"active", 2}, {"abandoned", 4}}};
const WireEnum deploymentStatus{"DeploymentStatus",
                                {{"undefined", 0},
                                 {"notDeployed", 1},
                                 {"inProgress", 2},
                                 {"succeeded", 4},
                                 {"partiallySucceeded", 8},
                                 {"failed", 16},
                                 {"all", 31}},
                                true};
const WireEnum operationStatus{"DeploymentOperationStatus",
                               {{"undefined", 0},
                                {"queued", 1},
                                {"scheduled", 2},
                                {"pending", 4},
                                {"approved", 8},
                                {"rejected", 16},
                                {"deferred", 32},
                                {"queuedForAgent", 64},
                                {"phaseInProgress", 128},
                                {"phaseSucceeded", 256},
                                {"phasePartiallySucceeded", 512},
                                {"phaseFailed", 1024},
                                {"canceled", 2048},
                                {"phaseCanceled", 4096},
                                {"manualInterventionPending", 8192},
                                {"queuedForPipeline", 16384},
                                {"cancelling", 32768},
                                {"evaluatingGates", 65536},
                                {"gateFailed", 131072},
                                {"all", 258047}},
                               true};
const WireEnum approvalType{"ApprovalType", {{"undefined", 0}, {"preDeploy", 1}, {"postDeploy", 2}, {"all", 3}}, true};
const WireEnum releaseReason{
    "ReleaseReason", {{"none", 0}, {"manual", 1}, {"continuousIntegration", 2}, {"schedule", 3}, {"pullRequest", 4}}};
const WireEnum deploymentReason{
    "DeploymentReason", {{"none", 0}, {"manual", 1}, {"automated", 2}, {"scheduled", 4}, {"redeployTrigger", 8}}, true};
const WireEnum manualInterventionStatus{
    "ManualInterventionStatus",
    {{"unknown", 0}, {"pending", 1}, {"rejected", 2}, {"approved", 4}, {"canceled", 8}, {"bypassed", 16}}};
const WireEnum taskStatus{"TaskStatus",
                          {{"unknown", 0},
                           {"pending", 1},
                           {"inProgress", 2},
                           {"success", 3},
                           {"failure", 4},
                           {"canceled", 5},
                           {"skipped", 6},
                           {"succeeded", 7},
                           {"failed", 8},
                           {"partiallySucceeded", 9}}};
const WireEnum gateStatus{
    "GateStatus", {{"none", 0}, {"pending", 1}, {"inProgress", 2}, {"succeeded", 4}, {"failed", 8}, {"canceled", 16}}};
const WireEnum queryOrder{"ReleaseQueryOrder", {{"descending", 0}, {"ascending", 1}}};
const WireEnum releaseExpands{"ReleaseExpands",
                              {{"none", 0},
                               {"environments", 2},
                               {"artifacts", 4},
                               {"approvals", 8},
                               {"manualInterventions", 16},
                               {"variables", 32},
                               {"tags", 64}},
                              true};
const WireEnum approvalExecutionOrder{"ApprovalExecutionOrder",
                                      {{"beforeGates", 1}, {"afterSuccessfulGates", 2}, {"afterGatesAlways", 4}}};
} // namespace wire

} // namespace slipway::rest
