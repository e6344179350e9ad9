#include "stagesituation.h"

#include "errortext.h"
#include "rules/approvalpolicy.h"
#include "services/services.h"

#include <QCoreApplication>

namespace slipway {

namespace {

// The pending approval of the attempt the user may act on; else the first, with the policy's refusal.
void findApproval(const ReleaseActions &actions, StageDecisionContext &situation) {
    Result<QList<ApprovalRecord>> approvals = actions.services.approvals.ofDeployment(situation.latest->id);
    if (!approvals)
        return;
    for (const ApprovalRecord &a : std::as_const(*approvals)) {
        if (a.status != ApprovalStatus::Pending)
            continue;
        const Status allowed = actions.services.approvals.mayAct(a.id, ApprovalAction::Approve, actions.user);
        if (allowed) {
            situation.approval = a;
            situation.approvalRefusal.clear();
            return;
        }
        if (!situation.approval) {
            situation.approval = a;
            situation.approvalRefusal = errorText(allowed.error());
        }
    }
}

void findIntervention(const ReleaseActions &actions, StageDecisionContext &situation) {
    Result<QList<TaskRunRecord>> runs = actions.services.deployments.taskRuns(situation.latest->id);
    if (!runs)
        return;
    for (const TaskRunRecord &run : std::as_const(*runs))
        if (run.status == TaskStatus::InProgress && run.decision.isEmpty())
            situation.intervention = run;
}

void findGates(const ReleaseActions &actions, StageDecisionContext &situation) {
    Result<QList<GateEvaluationRecord>> rounds = actions.services.approvals.gateEvaluations(situation.latest->id);
    if (!rounds || rounds->isEmpty())
        return;
    for (const QJsonValue &value : rounds->last().results) {
        const QJsonObject result = value.toObject();
        if (!result.value(QLatin1String("passed")).toBool() && !result.value(QLatin1String("ignored")).toBool())
            situation.heldByGates << result.value(QLatin1String("name")).toString();
    }
}

} // namespace

StageDecisionContext stageDecisionContext(const ReleaseActions &actions, qint64 releaseId, const QString &stage) {
    Result<ReleaseDetails> details = actions.services.releases.details(releaseId);
    if (!details) {
        StageDecisionContext unknown;
        unknown.releaseId = releaseId;
        unknown.stage = stage;
        return unknown;
    }
    return stageDecisionContext(actions, *details, stage);
}

StageDecisionContext stageDecisionContext(const ReleaseActions &actions, const ReleaseDetails &details,
                                          const QString &stage) {
    StageDecisionContext situation;
    situation.releaseId = details.release.id;
    situation.stage = stage;
    situation.releaseName = details.release.name;
    for (const StageDetails &s : std::as_const(details.stages))
        if (s.stage.name == stage && !s.deployments.isEmpty())
            situation.latest = s.deployments.last();
    if (!situation.latest || situation.latest->operationStatus == OperationStatus::Done)
        return situation;
    switch (situation.latest->operationStatus) {
    case OperationStatus::PendingApproval: findApproval(actions, situation); break;
    case OperationStatus::PendingIntervention: findIntervention(actions, situation); break;
    case OperationStatus::EvaluatingGates: findGates(actions, situation); break;
    default: break;
    }
    return situation;
}

QList<StageDecision> StageDecisionContext::decisions() const {
    QList<StageDecision> all;
    if (approval)
        all << StageDecision::Approve << StageDecision::Reject << StageDecision::Defer << StageDecision::Reassign;
    if (intervention)
        all << StageDecision::Resume << StageDecision::RejectIntervention;
    if (!heldByGates.isEmpty())
        all << StageDecision::IgnoreGate;
    if (latest && latest->operationStatus != OperationStatus::Done &&
        latest->operationStatus != OperationStatus::Cancelling)
        all << StageDecision::Cancel;
    return all;
}

QString decisionMenuText(StageDecision decision) {
    switch (decision) {
    case StageDecision::Approve: return QCoreApplication::translate("StageDecision", "&Approve…");
    case StageDecision::Reject: return QCoreApplication::translate("StageDecision", "&Reject…");
    case StageDecision::Defer: return QCoreApplication::translate("StageDecision", "De&fer…");
    case StageDecision::Reassign: return QCoreApplication::translate("StageDecision", "Reassi&gn…");
    case StageDecision::Resume: return QCoreApplication::translate("StageDecision", "Re&sume the intervention…");
    case StageDecision::RejectIntervention:
        return QCoreApplication::translate("StageDecision", "Reject the &intervention…");
    case StageDecision::IgnoreGate: return QCoreApplication::translate("StageDecision", "&Ignore a gate…");
    case StageDecision::Cancel: return QCoreApplication::translate("StageDecision", "&Cancel the deployment…");
    }
    return {};
}

QString decisionKey(StageDecision decision) {
    switch (decision) {
    case StageDecision::Approve: return QStringLiteral("approve");
    case StageDecision::Reject: return QStringLiteral("reject");
    case StageDecision::Defer: return QStringLiteral("defer");
    case StageDecision::Reassign: return QStringLiteral("reassign");
    case StageDecision::Resume: return QStringLiteral("resume");
    case StageDecision::RejectIntervention: return QStringLiteral("rejectIntervention");
    case StageDecision::IgnoreGate: return QStringLiteral("ignoreGate");
    case StageDecision::Cancel: return QStringLiteral("cancel");
    }
    return {};
}

} // namespace slipway
