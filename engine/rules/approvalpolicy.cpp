#include "approvalpolicy.h"

#include "definition/values.h"

namespace slipway {

namespace {
qint64 durationOf(const QJsonObject &object, const char *key, qint64 fallback) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? parseDuration(value.toString()).value_or(fallback) : fallback;
}
} // namespace

std::optional<ApprovalPolicy> ApprovalPolicy::of(const StageDefinition &stage, ApprovalKind kind) {
    const QJsonObject raw =
        stage.raw
            .value(kind == ApprovalKind::PreDeploy ? QLatin1String("preApprovals") : QLatin1String("postApprovals"))
            .toObject();
    ApprovalPolicy policy;
    policy.kind = kind;
    for (const QJsonValue &approver : raw.value(QLatin1String("approvers")).toArray())
        policy.approvers << approver.toString();
    if (policy.approvers.isEmpty())
        return std::nullopt;
    const QString order = raw.value(QLatin1String("order")).toString();
    policy.order = order == QLatin1String("allInSequence") ? Order::AllInSequence
                   : order == QLatin1String("allAnyOrder") ? Order::AllAnyOrder
                                                           : Order::AnyOne;
    policy.timeoutSeconds = durationOf(raw, "timeout", policy.timeoutSeconds);
    policy.requesterCannotApprove = raw.value(QLatin1String("requesterCannotApprove")).toBool(true);
    policy.skipIfApprovedInPreviousStage = raw.value(QLatin1String("skipIfApprovedInPreviousStage")).toBool(false);
    policy.revalidateIdentity = raw.value(QLatin1String("revalidateIdentity")).toBool(false);
    return policy;
}

std::optional<GatePolicy> GatePolicy::of(const StageDefinition &stage, const QString &phase) {
    const QJsonObject raw = stage.raw.value(phase + QStringLiteral("Gates")).toObject();
    GatePolicy policy;
    policy.phase = phase;
    policy.gates = raw.value(QLatin1String("gates")).toArray();
    if (policy.gates.isEmpty())
        return std::nullopt;
    policy.delaySeconds = durationOf(raw, "delay", 0);
    policy.samplingSeconds = qMax<qint64>(1, durationOf(raw, "samplingInterval", 300));
    policy.timeoutSeconds = durationOf(raw, "timeout", 6 * 3600);
    policy.minSuccessSeconds = durationOf(raw, "minSuccessDuration", 0);
    const QString order = raw.value(QLatin1String("approvalOrder"))
                              .toString(phase == QLatin1String("pre") ? QStringLiteral("beforeGates")
                                                                      : QStringLiteral("afterSuccessfulGates"));
    policy.approvalOrder = order == QLatin1String("afterSuccessfulGates") ? ApprovalOrder::AfterSuccessfulGates
                           : order == QLatin1String("afterGatesAlways")   ? ApprovalOrder::AfterGatesAlways
                                                                          : ApprovalOrder::BeforeGates;
    return policy;
}

QList<DeploymentStep> stepsOf(const StageDefinition &stage) {
    QList<DeploymentStep> steps;
    auto phase = [&stage, &steps](ApprovalKind kind, const QString &name, DeploymentStep approvals,
                                  DeploymentStep gates) {
        const bool hasApprovals = ApprovalPolicy::of(stage, kind).has_value();
        const std::optional<GatePolicy> gatePolicy = GatePolicy::of(stage, name);
        const bool approvalsFirst = !gatePolicy || gatePolicy->approvalOrder == GatePolicy::ApprovalOrder::BeforeGates;
        if (hasApprovals && approvalsFirst)
            steps << approvals;
        if (gatePolicy)
            steps << gates;
        if (hasApprovals && !approvalsFirst)
            steps << approvals;
    };
    phase(ApprovalKind::PreDeploy, QStringLiteral("pre"), DeploymentStep::PreApprovals, DeploymentStep::PreGates);
    steps << DeploymentStep::Tasks;
    phase(ApprovalKind::PostDeploy, QStringLiteral("post"), DeploymentStep::PostApprovals, DeploymentStep::PostGates);
    return steps;
}

bool actsFor(const QString &approver, const ApprovalActor &actor) {
    if (approver.startsWith(QLatin1String("group:")))
        return actor.groups.contains(approver.mid(6));
    return approver == actor.user;
}

Status checkApprovalAction(const ApprovalPolicy &policy, const ApprovalRecord &approval, ApprovalAction action,
                           const ApprovalActor &actor, const QString &releaseCreator, const QString &requester) {
    if (approval.status != ApprovalStatus::Pending)
        return approval.actedBy.isEmpty()
                   ? Error::conflict(QT_TRANSLATE_NOOP("Engine", "approval %1 is no longer pending (%2)"),
                                     {QString::number(approval.id), toString(approval.status)})
                   : Error::conflict(QT_TRANSLATE_NOOP("Engine", "approval %1 is no longer pending (%2 by %3)"),
                                     {QString::number(approval.id), toString(approval.status), approval.actedBy});
    if (!actsFor(approval.approver, actor))
        return Error::forbidden(
            QT_TRANSLATE_NOOP("Engine", "%1 is not the approver of approval %2 (it is assigned to %3)"),
            {actor.user, QString::number(approval.id), approval.approver});
    if (action == ApprovalAction::Defer && approval.kind != ApprovalKind::PreDeploy)
        return Error::validation(
            QT_TRANSLATE_NOOP(
                "Engine", "approval %1 is a post-deployment approval; only a pre-deployment approval can be deferred"),
            {QString::number(approval.id)});
    const bool approving = action == ApprovalAction::Approve || action == ApprovalAction::Defer;
    if (approving && policy.requesterCannotApprove && (actor.user == releaseCreator || actor.user == requester))
        return Error::forbidden(
            actor.user == releaseCreator
                ? QT_TRANSLATE_NOOP("Engine", "%1 cannot approve approval %2: the policy \"requester cannot approve\" "
                                              "forbids the user who created the release from approving it")
                : QT_TRANSLATE_NOOP("Engine", "%1 cannot approve approval %2: the policy \"requester cannot approve\" "
                                              "forbids the user who requested the deployment from approving it"),
            {actor.user, QString::number(approval.id)});
    if (action != ApprovalAction::Reassign && policy.revalidateIdentity && !actor.identityConfirmed)
        return Error::forbidden(
            QT_TRANSLATE_NOOP(
                "Engine", "approval %1 requires %2 to confirm their identity again (policy \"revalidate identity\"): "
                          "give one of your tokens"),
            {QString::number(approval.id), actor.user});
    return {};
}

} // namespace slipway
