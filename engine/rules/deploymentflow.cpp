#include "deploymentflow.h"

#include "definition/values.h"
#include "rules/transitions.h"

namespace slipway {

namespace {
const QString systemActor = QStringLiteral("slipway");

ApprovalKind kindOf(DeploymentStep step) {
    return step == DeploymentStep::PostApprovals ? ApprovalKind::PostDeploy : ApprovalKind::PreDeploy;
}
bool isPost(const DeploymentContext &d) {
    return d.step && (*d.step == DeploymentStep::PostGates || *d.step == DeploymentStep::PostApprovals);
}
bool settled(ApprovalStatus status) {
    return status == ApprovalStatus::Approved || status == ApprovalStatus::Skipped;
}
} // namespace

DeploymentFlow::DeploymentFlow(Store &store, const PipelineDefinition &snapshot, const QDateTime &now)
    : m_store(store), m_snapshot(snapshot), m_now(now), m_transitions(store, now) {}

const StageDefinition *DeploymentFlow::stageOf(const DeploymentContext &d) const {
    return m_snapshot.stage(d.stageName);
}

Status DeploymentFlow::audit(const QString &action, const QString &objectType, qint64 id, const QJsonObject &details) {
    return recordAudit(m_store.audit(), {0, m_now, systemActor, action, objectType, id, details});
}

Result<bool> DeploymentFlow::advance(const DeploymentContext &current, bool canLaunch) {
    const StageDefinition *stage = stageOf(current);
    if (!stage)
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is not in the release's snapshot"),
                               {current.stageName});
    const QList<DeploymentStep> steps = stepsOf(*stage);
    DeploymentContext d = current;
    qsizetype next = d.step ? steps.indexOf(*d.step) + 1 : 0;
    DeploymentRepository &deployments = m_store.deployments();
    for (; next < steps.size(); ++next) {
        const DeploymentStep step = steps.at(next);
        d.step = step;
        if (step == DeploymentStep::PreApprovals || step == DeploymentStep::PostApprovals) {
            const ApprovalPolicy policy = *ApprovalPolicy::of(*stage, kindOf(step));
            if (Status ok = m_transitions.enterStep(d, step, OperationStatus::PendingApproval,
                                                    m_now.addSecs(policy.timeoutSeconds));
                !ok)
                return ok.error();
            Result<Resolution> resolution = enterApprovals(d, policy);
            if (!resolution)
                return resolution.error();
            if (*resolution == Resolution::Waiting)
                return false;
            continue; // every approval was skipped by policy
        }
        if (step == DeploymentStep::PreGates || step == DeploymentStep::PostGates) {
            if (Status ok = m_transitions.enterStep(d, step, OperationStatus::EvaluatingGates, {}); !ok)
                return ok.error();
            return false; // an engine samples them
        }
        if (step == DeploymentStep::Tasks) {
            Result<std::optional<DeploymentContext>> fresh = deployments.deployment(d.deployment.id);
            if (!fresh || !fresh->has_value())
                return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"),
                                       {QString::number(d.deployment.id)});
            const QDateTime startAt = (*fresh)->deployment.scheduledFor;
            const bool deferred = startAt.isValid() && startAt > m_now;
            // Deferred to a time, or due now: the caller launches it, or else whichever engine picks it up.
            if (Status ok = m_transitions.enterTasks(d, deferred); !ok)
                return ok.error();
            return !deferred && canLaunch;
        }
    }
    // Past the last step: the deployment ends with its tasks' outcome.
    Result<std::optional<DeploymentContext>> fresh = deployments.deployment(d.deployment.id);
    if (!fresh || !fresh->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"),
                               {QString::number(d.deployment.id)});
    const DeploymentStatus outcome =
        fromString<DeploymentStatus>((*fresh)->tasksOutcome).value_or(DeploymentStatus::Succeeded);
    if (Status ok = complete(**fresh, outcome, stageStatusOf(outcome, OperationStatus::Done), {}); !ok)
        return ok.error();
    return false;
}

Result<DeploymentFlow::Resolution> DeploymentFlow::enterApprovals(const DeploymentContext &d,
                                                                  const ApprovalPolicy &policy) {
    const int first = policy.order == ApprovalPolicy::Order::AllInSequence ? 1 : int(policy.approvers.size());
    for (int rank = 1; rank <= first; ++rank)
        if (Status ok = createApproval(d, policy, rank); !ok)
            return ok.error();
    return resolve(d, policy);
}

Status DeploymentFlow::createApproval(const DeploymentContext &d, const ApprovalPolicy &policy, int rank) {
    ApprovalRecord approval;
    approval.deploymentId = d.deployment.id;
    approval.kind = policy.kind;
    approval.approver = policy.approvers.at(rank - 1);
    approval.rank = rank;
    approval.createdAt = m_now;
    if (policy.kind == ApprovalKind::PreDeploy && policy.skipIfApprovedInPreviousStage) {
        Result<QString> earlier = approvedInPreviousStage(d, approval.approver);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            approval.status = ApprovalStatus::Skipped;
            approval.actedBy = systemActor;
            approval.actedAt = m_now;
            approval.comment = *earlier;
        }
    }
    Result<qint64> id = m_store.approvals().create(approval);
    if (!id)
        return id.error();
    if (approval.status == ApprovalStatus::Skipped)
        return audit(QStringLiteral("approval.skipped"), QStringLiteral("approval"), *id,
                     {{QStringLiteral("deploymentId"), d.deployment.id}, {QStringLiteral("reason"), approval.comment}});
    return {};
}

// "skip if already approved": the same user approved the previous stage of this release. The previous
// stages are those the trigger waits for, or else the stage ranked just before.
Result<QString> DeploymentFlow::approvedInPreviousStage(const DeploymentContext &d, const QString &approver) {
    const StageDefinition *stage = stageOf(d);
    QStringList previous =
        stage->trigger.type == StageTrigger::Type::AfterStages ? stage->trigger.stages : QStringList();
    if (previous.isEmpty() && stage->rank > 1)
        previous << m_snapshot.stages.at(stage->rank - 2).name;
    QStringList members;
    if (approver.startsWith(QLatin1String("group:"))) {
        Result<QStringList> found = m_store.directory().groupMembers(approver.mid(6));
        if (!found)
            return found.error();
        members = *found;
    } else {
        members << approver;
    }
    for (const QString &name : std::as_const(previous)) {
        Result<std::optional<DeploymentContext>> latest = m_store.deployments().latestOf(d.releaseId, name);
        if (!latest)
            return latest.error();
        if (!latest->has_value())
            continue;
        Result<QList<ApprovalRecord>> approvals = m_store.approvals().ofDeployment((*latest)->deployment.id);
        if (!approvals)
            return approvals.error();
        for (const ApprovalRecord &a : std::as_const(*approvals))
            if (a.status == ApprovalStatus::Approved && members.contains(a.actedBy))
                return QStringLiteral("skipped: %1 approved stage \"%2\" of this release").arg(a.actedBy, name);
    }
    return QString();
}

Result<QList<ApprovalRecord>> DeploymentFlow::stepApprovals(qint64 deploymentId, ApprovalKind kind) {
    Result<QList<ApprovalRecord>> all = m_store.approvals().ofDeployment(deploymentId);
    if (!all)
        return all.error();
    QList<ApprovalRecord> step;
    for (const ApprovalRecord &a : std::as_const(*all))
        if (a.kind == kind && a.status != ApprovalStatus::Reassigned && a.status != ApprovalStatus::Canceled)
            step << a;
    return step;
}

Status DeploymentFlow::decideBySystem(const ApprovalRecord &approval, ApprovalStatus status, const QString &comment) {
    if (Status ok = m_store.approvals().decide(approval.id, status, systemActor, comment, {}, m_now); !ok)
        return ok;
    return audit(QStringLiteral("approval.") + toString(status), QStringLiteral("approval"), approval.id,
                 {{QStringLiteral("deploymentId"), approval.deploymentId}, {QStringLiteral("comment"), comment}});
}

Result<DeploymentFlow::Resolution> DeploymentFlow::resolve(const DeploymentContext &d, const ApprovalPolicy &policy) {
    for (;;) {
        Result<QList<ApprovalRecord>> approvals = stepApprovals(d.deployment.id, policy.kind);
        if (!approvals)
            return approvals.error();
        if (std::any_of(approvals->cbegin(), approvals->cend(),
                        [](const ApprovalRecord &a) { return a.status == ApprovalStatus::Rejected; }))
            return Resolution::Rejected;
        const auto decided = std::find_if(approvals->cbegin(), approvals->cend(),
                                          [](const ApprovalRecord &a) { return settled(a.status); });
        const bool allSettled = std::all_of(approvals->cbegin(), approvals->cend(),
                                            [](const ApprovalRecord &a) { return settled(a.status); });
        switch (policy.order) {
        case ApprovalPolicy::Order::AnyOne:
            if (decided == approvals->cend())
                return Resolution::Waiting;
            for (const ApprovalRecord &other : std::as_const(*approvals))
                if (other.status == ApprovalStatus::Pending)
                    if (Status ok = decideBySystem(other, ApprovalStatus::Skipped,
                                                   QStringLiteral("not needed: %1 decided").arg(decided->approver));
                        !ok)
                        return ok.error();
            return Resolution::Approved;
        case ApprovalPolicy::Order::AllAnyOrder: {
            const auto approved = std::count_if(approvals->cbegin(), approvals->cend(),
                                                [](const ApprovalRecord &a) { return settled(a.status); });
            const int required = policy.requiredApproverCount;
            if (allSettled)
                return Resolution::Approved;
            if (required <= 0 || required >= approvals->size() || approved < required)
                return Resolution::Waiting;
            for (const ApprovalRecord &other : std::as_const(*approvals)) // enough approved (Azure's minimum count)
                if (other.status == ApprovalStatus::Pending)
                    if (Status ok = decideBySystem(
                            other, ApprovalStatus::Skipped,
                            QStringLiteral("not needed: %1 of %2 approved").arg(approved).arg(approvals->size()));
                        !ok)
                        return ok.error();
            return Resolution::Approved;
        }
        case ApprovalPolicy::Order::AllInSequence: {
            if (!allSettled)
                return Resolution::Waiting;
            const int asked = approvals->isEmpty() ? 0 : approvals->last().rank;
            if (asked >= policy.approvers.size())
                return Resolution::Approved;
            if (Status ok = createApproval(d, policy, asked + 1); !ok) // the next rank's turn
                return ok.error();
            break;
        }
        }
    }
}

Status DeploymentFlow::approvalsChanged(const DeploymentContext &d) {
    const StageDefinition *stage = stageOf(d);
    if (!stage || !d.step || (*d.step != DeploymentStep::PreApprovals && *d.step != DeploymentStep::PostApprovals))
        return {};
    const ApprovalPolicy policy = *ApprovalPolicy::of(*stage, kindOf(*d.step));
    Result<Resolution> resolution = resolve(d, policy);
    if (!resolution)
        return resolution.error();
    if (*resolution == Resolution::Waiting)
        return {};
    Result<QList<ApprovalRecord>> approvals = stepApprovals(d.deployment.id, policy.kind);
    if (!approvals)
        return approvals.error();
    if (*resolution == Resolution::Rejected) {
        QString message = QStringLiteral("rejected");
        for (const ApprovalRecord &a : std::as_const(*approvals)) {
            if (a.status == ApprovalStatus::Rejected)
                message = QStringLiteral("rejected by %1%2")
                              .arg(a.actedBy, a.comment.isEmpty() ? QString() : QStringLiteral(": ") + a.comment);
            else if (a.status == ApprovalStatus::Pending)
                if (Status ok = decideBySystem(a, ApprovalStatus::Skipped, QStringLiteral("not needed: rejected")); !ok)
                    return ok;
        }
        return reject(d, message);
    }
    // Approved. An approver's deferral holds the start until the latest time any of them chose.
    QDateTime deferUntil;
    for (const ApprovalRecord &a : std::as_const(*approvals))
        if (a.deferredUntil.isValid() && (!deferUntil.isValid() || a.deferredUntil > deferUntil))
            deferUntil = a.deferredUntil;
    if (deferUntil.isValid() && deferUntil > m_now)
        if (Status ok = m_transitions.defer(d, deferUntil); !ok)
            return ok;
    Result<bool> launched = advance(d, false);
    return launched ? Status() : Status(launched.error());
}

Status DeploymentFlow::overrideApprovals(const DeploymentContext &d, const QString &admin, const QString &comment) {
    const StageDefinition *stage = stageOf(d);
    if (!stage || !d.step || (*d.step != DeploymentStep::PreApprovals && *d.step != DeploymentStep::PostApprovals) ||
        d.deployment.operationStatus != OperationStatus::PendingApproval)
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "deployment %1 is not waiting for approvals"),
                               {QString::number(d.deployment.id)});
    const ApprovalPolicy policy = *ApprovalPolicy::of(*stage, kindOf(*d.step));
    Result<QList<ApprovalRecord>> approvals = stepApprovals(d.deployment.id, policy.kind);
    if (!approvals)
        return approvals.error();
    const QString note =
        QStringLiteral("override by %1%2").arg(admin, comment.isEmpty() ? QString() : QStringLiteral(": ") + comment);
    int asked = 0;
    for (const ApprovalRecord &a : std::as_const(*approvals)) {
        asked = qMax(asked, a.rank);
        if (a.status == ApprovalStatus::Pending) {
            if (Status ok = m_store.approvals().decide(a.id, ApprovalStatus::Approved, admin, note, {}, m_now); !ok)
                return ok;
            if (Status ok = recordAudit(
                    m_store.audit(),
                    {0, m_now, admin, QStringLiteral("approval.approved"), QStringLiteral("approval"), a.id,
                     QJsonObject{{QStringLiteral("override"), true}, {QStringLiteral("comment"), comment}}});
                !ok)
                return ok;
        }
    }
    // In sequence, the ranks not asked yet are approved by the override as well.
    if (policy.order == ApprovalPolicy::Order::AllInSequence)
        for (int rank = asked + 1; rank <= policy.approvers.size(); ++rank) {
            ApprovalRecord approval;
            approval.deploymentId = d.deployment.id;
            approval.kind = policy.kind;
            approval.approver = policy.approvers.at(rank - 1);
            approval.rank = rank;
            approval.status = ApprovalStatus::Approved;
            approval.comment = note;
            approval.actedBy = admin;
            approval.actedAt = m_now;
            approval.createdAt = m_now;
            Result<qint64> id = m_store.approvals().create(approval);
            if (!id)
                return id.error();
            if (Status ok = recordAudit(
                    m_store.audit(),
                    {0, m_now, admin, QStringLiteral("approval.approved"), QStringLiteral("approval"), *id,
                     QJsonObject{{QStringLiteral("override"), true}, {QStringLiteral("comment"), comment}}});
                !ok)
                return ok;
        }
    return approvalsChanged(d);
}

Status DeploymentFlow::approvalsTimedOut(const DeploymentContext &d) {
    const QString message = QStringLiteral("approval timed out at %1").arg(d.stepDeadline.toString(Qt::ISODate));
    Result<QList<ApprovalRecord>> approvals = m_store.approvals().ofDeployment(d.deployment.id);
    if (!approvals)
        return approvals.error();
    for (const ApprovalRecord &a : std::as_const(*approvals))
        if (a.status == ApprovalStatus::Pending)
            if (Status ok = decideBySystem(a, ApprovalStatus::Rejected, message); !ok)
                return ok;
    return reject(d, message);
}

Status DeploymentFlow::gatesEnded(const DeploymentContext &d, bool passed, const QString &message) {
    const StageDefinition *stage = stageOf(d);
    if (!stage || !d.step)
        return {};
    const QString phase = *d.step == DeploymentStep::PreGates ? QStringLiteral("pre") : QStringLiteral("post");
    const std::optional<GatePolicy> gates = GatePolicy::of(*stage, phase);
    const bool approvalsFollow = gates && gates->approvalOrder == GatePolicy::ApprovalOrder::AfterGatesAlways;
    if (Status ok = m_store.deployments().releaseOwner(d.deployment.id); !ok)
        return ok;
    if (Status ok = audit(passed ? QStringLiteral("gates.passed") : QStringLiteral("gates.failed"),
                          QStringLiteral("deployment"), d.deployment.id,
                          {{QStringLiteral("phase"), phase}, {QStringLiteral("message"), message}});
        !ok)
        return ok;
    if (!passed &&
        !(approvalsFollow && ApprovalPolicy::of(*stage, phase == QLatin1String("pre") ? ApprovalKind::PreDeploy
                                                                                      : ApprovalKind::PostDeploy)))
        return reject(d, message);
    Result<bool> launched = advance(d, false);
    return launched ? Status() : Status(launched.error());
}

Status DeploymentFlow::tasksEnded(const DeploymentContext &d, DeploymentStatus outcome, bool rejected,
                                  const QString &message) {
    const bool success = outcome == DeploymentStatus::Succeeded || outcome == DeploymentStatus::PartiallySucceeded;
    const StageDefinition *stage = stageOf(d);
    if (success && stage && stepsOf(*stage).last() != DeploymentStep::Tasks) {
        if (Status ok = m_transitions.tasksSucceeded(d, outcome); !ok)
            return ok;
        DeploymentContext afterTasks = d;
        afterTasks.step = DeploymentStep::Tasks;
        Result<bool> launched = advance(afterTasks, false);
        return launched ? Status() : Status(launched.error());
    }
    const StageStatus stageStatus = rejected && outcome == DeploymentStatus::Failed
                                        ? StageStatus::Rejected
                                        : stageStatusOf(outcome, OperationStatus::Done);
    return complete(d, outcome, stageStatus, message);
}

Status DeploymentFlow::reject(const DeploymentContext &d, const QString &message) {
    const DeploymentStatus status = isPost(d) ? DeploymentStatus::Failed : DeploymentStatus::NotDeployed;
    return complete(d, status, StageStatus::Rejected, message);
}

Status DeploymentFlow::complete(const DeploymentContext &d, DeploymentStatus status, StageStatus stageStatus,
                                const QString &message) {
    return m_transitions.finish(d, status, stageStatus, message, &m_snapshot);
}

} // namespace slipway
