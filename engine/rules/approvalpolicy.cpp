#include "approvalpolicy.h"

namespace slipway {

std::optional<ApprovalPolicy> ApprovalPolicy::of(const StageDefinition &stage, ApprovalKind kind) {
    const std::optional<ApprovalSpec> &spec =
        kind == ApprovalKind::PreDeploy ? stage.preApprovals : stage.postApprovals;
    if (!spec || spec->approvers.isEmpty())
        return std::nullopt;
    ApprovalPolicy policy;
    static_cast<ApprovalSpec &>(policy) = *spec;
    policy.kind = kind;
    return policy;
}

std::optional<GatePolicy> GatePolicy::of(const StageDefinition &stage, const QString &phase) {
    const std::optional<GateSpec> &spec = phase == QLatin1String("pre") ? stage.preGates : stage.postGates;
    if (!spec || spec->gates.isEmpty())
        return std::nullopt;
    GatePolicy policy;
    static_cast<GateSpec &>(policy) = *spec;
    policy.phase = phase;
    policy.samplingSeconds = qMax<qint64>(1, policy.samplingSeconds); // a zero interval would sample in a loop
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
