#include "approvalservice.h"

#include "directoryservice.h"
#include "pipelineservice.h"
#include "releasesecrets.h"
#include "rules/deploymentflow.h"

namespace slipway {

namespace {

// Rows stored before masking covered them are masked as they are shown.
template <typename Record>
Result<QList<Record>> maskedRows(Result<QList<Record>> rows, ReleaseSecrets secrets, qint64 deploymentId) {
    if (!rows || rows->isEmpty())
        return rows;
    Result<SecretMasker> masker = secrets.ofDeployment(deploymentId);
    if (!masker)
        return masker.error();
    maskRecords(*masker, *rows);
    return rows;
}

} // namespace

// An approval with what the rules need: its deployment, release and the step's policy.
struct ApprovalService::Subject final {
    ApprovalRecord approval;
    DeploymentContext deployment;
    QString releaseCreator;
    std::shared_ptr<const PipelineDefinition> snapshot;
    ApprovalPolicy policy;
};

Result<ApprovalService::Subject> ApprovalService::load(qint64 approvalId) {
    Store &store = m_context.store;
    Result<std::optional<ApprovalRecord>> approval = store.approvals().approval(approvalId);
    if (!approval)
        return approval.error();
    if (!approval->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "approval %1 not found"), {QString::number(approvalId)});
    Subject subject;
    subject.approval = **approval;
    Result<std::optional<DeploymentContext>> deployment = store.deployments().deployment(subject.approval.deploymentId);
    if (!deployment)
        return deployment.error();
    if (!deployment->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"),
                               {QString::number(subject.approval.deploymentId)});
    subject.deployment = **deployment;
    Result<std::optional<ReleaseRecord>> release = store.releases().release(subject.deployment.releaseId);
    if (!release)
        return release.error();
    subject.releaseCreator = release->has_value() ? (*release)->createdBy : QString();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_pipelines.definitionOfRevision(subject.deployment.revisionId);
    if (!snapshot)
        return snapshot.error();
    subject.snapshot = *snapshot;
    const StageDefinition *stage = subject.snapshot->stage(subject.deployment.stageName);
    const std::optional<ApprovalPolicy> policy =
        stage ? ApprovalPolicy::of(*stage, subject.approval.kind) : std::nullopt;
    if (!policy)
        return Error::notFound(
            QT_TRANSLATE_NOOP("Engine", "approval %1 has no approval settings in its release's snapshot"),
            {QString::number(approvalId)});
    subject.policy = *policy;
    return subject;
}

Result<ApprovalActor> ApprovalService::actorOf(const Identity &user, const QString &credential) {
    ApprovalActor actor;
    actor.user = user.userName;
    Result<QStringList> groups = m_directory.groupsOf(user.userName);
    if (!groups)
        return groups.error();
    actor.groups = *groups;
    Result<bool> admin = m_directory.isAdmin(user.userName);
    if (!admin)
        return admin.error();
    actor.admin = *admin;
    Result<std::optional<QString>> owner = m_directory.userOfToken(credential);
    if (!owner)
        return owner.error();
    actor.identityConfirmed = owner->has_value() && **owner == user.userName;
    return actor;
}

Status ApprovalService::check(const Subject &s, ApprovalAction action, const ApprovalActor &actor) {
    const DeploymentContext &d = s.deployment;
    const bool waiting = d.deployment.operationStatus == OperationStatus::PendingApproval && d.step &&
                         (*d.step == DeploymentStep::PreApprovals) == (s.approval.kind == ApprovalKind::PreDeploy);
    if (s.approval.status == ApprovalStatus::Pending && !waiting)
        return Error::conflict(
            QT_TRANSLATE_NOOP("Engine", "deployment %1 is no longer waiting for approval %2 (%3)"),
            {QString::number(d.deployment.id), QString::number(s.approval.id), toString(d.deployment.operationStatus)});
    return checkApprovalAction(s.policy, s.approval, action, actor, s.releaseCreator, d.deployment.requestedBy);
}

Status ApprovalService::mayAct(qint64 approvalId, ApprovalAction action, const Identity &user,
                               const QString &credential) {
    Result<Subject> subject = load(approvalId);
    if (!subject)
        return subject.error();
    Result<ApprovalActor> actor = actorOf(user, credential);
    if (!actor)
        return actor.error();
    if (action != ApprovalAction::Reassign && subject->policy.revalidateIdentity && credential.isEmpty())
        actor->identityConfirmed = true; // the question is about the rules; the token is asked for when acting
    return check(*subject, action, *actor);
}

Result<ApprovalRecord> ApprovalService::afterWrite(const Status &written, qint64 id, qint64 pipelineId,
                                                   qint64 releaseId) {
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.releaseChanged(pipelineId, releaseId);
    return approval(id);
}

Result<ApprovalRecord> ApprovalService::byEngine(const QString &kind, QJsonObject asked) {
    const qint64 id = asked.value(QStringLiteral("approval")).toInteger();
    Result<QJsonObject> done = m_context.memberRequests.run(kind, std::move(asked));
    if (!done)
        return done.error();
    return approval(done->value(QStringLiteral("approval")).toInteger(id));
}

Result<ApprovalRecord> ApprovalService::act(qint64 id, ApprovalAction action, const ApprovalDecision &decision,
                                            const Identity &user) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    if (action == ApprovalAction::Defer) {
        if (!decision.deferUntil.isValid())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "defer needs a date and time to defer to"));
        if (decision.deferUntil <= now)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the deferral time %1 is not in the future"),
                                     {decision.deferUntil.toUTC().toString(Qt::ISODate)});
    }
    if (m_context.memberRequests.apply()) {
        QJsonObject asked{{QStringLiteral("approval"), id}, {QStringLiteral("comment"), decision.comment}};
        // Revalidating identity: the engine checks it is the member's own token, and keeps no copy of it.
        if (!decision.credential.isEmpty())
            asked.insert(QStringLiteral("credential"), decision.credential);
        if (decision.deferUntil.isValid())
            asked.insert(QStringLiteral("deferUntil"), decision.deferUntil.toUTC().toString(Qt::ISODate));
        return byEngine(action == ApprovalAction::Defer    ? QStringLiteral("defer")
                        : action == ApprovalAction::Reject ? QStringLiteral("reject")
                                                           : QStringLiteral("approve"),
                        asked);
    }
    qint64 pipelineId = 0, releaseId = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<Subject> subject = load(id);
        if (!subject)
            return subject.error();
        Result<ApprovalActor> actor = actorOf(user, decision.credential);
        if (!actor)
            return actor.error();
        if (Status allowed = check(*subject, action, *actor); !allowed)
            return allowed;
        pipelineId = subject->deployment.pipelineId;
        releaseId = subject->deployment.releaseId;
        const ApprovalStatus status =
            action == ApprovalAction::Reject ? ApprovalStatus::Rejected : ApprovalStatus::Approved;
        const QDateTime deferUntil = action == ApprovalAction::Defer ? decision.deferUntil.toUTC() : QDateTime();
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(releaseId);
        if (!masker)
            return masker.error();
        const QString comment = masker->mask(decision.comment);
        if (Status ok = store.approvals().decide(id, status, user.userName, comment, deferUntil, now); !ok)
            return ok;
        QJsonObject details{{QStringLiteral("deploymentId"), subject->deployment.deployment.id},
                            {QStringLiteral("releaseId"), releaseId},
                            {QStringLiteral("stage"), subject->deployment.stageName},
                            {QStringLiteral("kind"), toString(subject->approval.kind)},
                            {QStringLiteral("comment"), comment}};
        if (deferUntil.isValid())
            details.insert(QStringLiteral("deferredUntil"), deferUntil.toString(Qt::ISODate));
        const QString auditAction = action == ApprovalAction::Defer    ? QStringLiteral("approval.deferred")
                                    : action == ApprovalAction::Reject ? QStringLiteral("approval.rejected")
                                                                       : QStringLiteral("approval.approved");
        if (Status ok = recordAudit(store.audit(),
                                    {0, now, user.userName, auditAction, QStringLiteral("approval"), id, details});
            !ok)
            return ok;
        return DeploymentFlow(store, *subject->snapshot, now).approvalsChanged(subject->deployment);
    });
    return afterWrite(written, id, pipelineId, releaseId);
}

Result<ApprovalRecord> ApprovalService::approve(qint64 id, const ApprovalDecision &decision, const Identity &actor) {
    return act(id, ApprovalAction::Approve, decision, actor);
}

Result<ApprovalRecord> ApprovalService::reject(qint64 id, const ApprovalDecision &decision, const Identity &actor) {
    return act(id, ApprovalAction::Reject, decision, actor);
}

Result<ApprovalRecord> ApprovalService::defer(qint64 id, const ApprovalDecision &decision, const Identity &actor) {
    return act(id, ApprovalAction::Defer, decision, actor);
}

Result<ApprovalRecord> ApprovalService::reassign(qint64 id, const QString &toUser, const QString &given,
                                                 const Identity &user) {
    if (m_context.memberRequests.apply())
        return byEngine(
            QStringLiteral("reassign"),
            {{QStringLiteral("approval"), id}, {QStringLiteral("to"), toUser}, {QStringLiteral("comment"), given}});
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    qint64 pipelineId = 0, releaseId = 0, newId = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<Subject> subject = load(id);
        if (!subject)
            return subject.error();
        Result<ApprovalActor> actor = actorOf(user, {});
        if (!actor)
            return actor.error();
        // The approver hands it on; an administrator may too.
        if (Status allowed = check(*subject, ApprovalAction::Reassign, *actor);
            !allowed && !(actor->admin && allowed.error().kind == ErrorKind::Forbidden))
            return allowed;
        Result<QStringList> users = store.directory().userNames();
        if (!users)
            return users.error();
        if (!users->isEmpty() && !users->contains(toUser))
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "user \"%1\" not found"), {toUser});
        if (toUser == subject->approval.approver)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "approval %1 is already assigned to %2"),
                                     {QString::number(id), toUser});
        pipelineId = subject->deployment.pipelineId;
        releaseId = subject->deployment.releaseId;
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(releaseId);
        if (!masker)
            return masker.error();
        const QString comment = masker->mask(given);
        const QString note = QStringLiteral("reassigned to %1%2")
                                 .arg(toUser, comment.isEmpty() ? QString() : QStringLiteral(": ") + comment);
        if (Status ok = store.approvals().decide(id, ApprovalStatus::Reassigned, user.userName, note, {}, now); !ok)
            return ok;
        ApprovalRecord replacement = subject->approval;
        replacement.approver = toUser;
        replacement.status = ApprovalStatus::Pending;
        replacement.comment = QStringLiteral("reassigned from %1 by %2").arg(subject->approval.approver, user.userName);
        replacement.actedBy = user.userName;
        replacement.actedAt = {};
        replacement.createdAt = now;
        Result<qint64> created = store.approvals().create(replacement);
        if (!created)
            return created.error();
        newId = *created;
        return recordAudit(store.audit(), {0, now, user.userName, QStringLiteral("approval.reassigned"),
                                           QStringLiteral("approval"), id,
                                           QJsonObject{{QStringLiteral("to"), toUser},
                                                       {QStringLiteral("newApprovalId"), newId},
                                                       {QStringLiteral("comment"), comment}}});
    });
    return afterWrite(written, newId ? newId : id, pipelineId, releaseId);
}

Result<ApprovalRecord> ApprovalService::override(qint64 id, const QString &given, const Identity &user) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    qint64 pipelineId = 0, releaseId = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<Subject> subject = load(id);
        if (!subject)
            return subject.error();
        Result<bool> admin = store.directory().isAdmin(user.userName);
        if (!admin)
            return admin.error();
        if (!*admin)
            return Error::forbidden(QT_TRANSLATE_NOOP("Engine",
                                                      "%1 cannot override approval %2: only an administrator can "
                                                      "(slipway user add NAME --admin)"),
                                    {user.userName, QString::number(id)});
        if (subject->approval.status != ApprovalStatus::Pending)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "approval %1 is no longer pending (%2)"),
                                   {QString::number(id), toString(subject->approval.status)});
        pipelineId = subject->deployment.pipelineId;
        releaseId = subject->deployment.releaseId;
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(releaseId);
        if (!masker)
            return masker.error();
        const QString comment = masker->mask(given);
        if (Status ok = recordAudit(store.audit(),
                                    {0, now, user.userName, QStringLiteral("approval.overridden"),
                                     QStringLiteral("approval"), id,
                                     QJsonObject{{QStringLiteral("deploymentId"), subject->deployment.deployment.id},
                                                 {QStringLiteral("comment"), comment}}});
            !ok)
            return ok;
        return DeploymentFlow(store, *subject->snapshot, now)
            .overrideApprovals(subject->deployment, user.userName, comment);
    });
    return afterWrite(written, id, pipelineId, releaseId);
}

Result<QList<ApprovalRecord>> ApprovalService::pending(const Identity &user, bool all, int limit) {
    if (all)
        return m_context.store.approvals().pending({}, limit);
    Result<QStringList> groups = m_directory.groupsOf(user.userName);
    if (!groups)
        return groups.error();
    QStringList approvers{user.userName};
    for (const QString &group : std::as_const(*groups))
        approvers << QStringLiteral("group:") + group;
    return m_context.store.approvals().pending(approvers, limit);
}

Result<ApprovalRecord> ApprovalService::approval(qint64 id) {
    Result<std::optional<ApprovalRecord>> found = m_context.store.approvals().approval(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "approval %1 not found"), {QString::number(id)});
    ApprovalRecord approval = **found;
    Result<SecretMasker> masker = ReleaseSecrets(m_context.store, m_pipelines).ofRelease(approval.releaseId);
    if (!masker)
        return masker.error();
    maskRecord(*masker, approval);
    return approval;
}

Result<QList<ApprovalHistoryRecord>> ApprovalService::history(qint64 approvalId) {
    Result<QList<ApprovalHistoryRecord>> rows = m_context.store.approvals().history(approvalId);
    if (!rows || rows->isEmpty())
        return rows;
    Result<std::optional<ApprovalRecord>> approval = m_context.store.approvals().approval(approvalId);
    if (!approval)
        return approval.error();
    if (approval->has_value()) {
        Result<SecretMasker> masker = ReleaseSecrets(m_context.store, m_pipelines).ofRelease((*approval)->releaseId);
        if (!masker)
            return masker.error();
        maskRecords(*masker, *rows);
    }
    return rows;
}

Result<QList<ApprovalRecord>> ApprovalService::ofDeployment(qint64 deploymentId) {
    return maskedRows(m_context.store.approvals().ofDeployment(deploymentId),
                      ReleaseSecrets(m_context.store, m_pipelines), deploymentId);
}

Status ApprovalService::ignoreGate(qint64 deploymentId, const QString &gate, const QString &comment,
                                   const Identity &actor) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    DeploymentContext context;
    const Status written = store.transaction([&]() -> Status {
        Result<std::optional<DeploymentContext>> found = store.deployments().deployment(deploymentId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"),
                                   {QString::number(deploymentId)});
        context = **found;
        if (context.deployment.operationStatus == OperationStatus::Done)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "deployment %1 has already finished"),
                                   {QString::number(deploymentId)});
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision(context.revisionId);
        if (!snapshot)
            return snapshot.error();
        const StageDefinition *stage = (*snapshot)->stage(context.stageName);
        // The phase being sampled now, else the first that has a gate of this name.
        QString phase;
        QStringList names;
        for (const QString &candidate : {QStringLiteral("pre"), QStringLiteral("post")}) {
            const std::optional<GatePolicy> policy = stage ? GatePolicy::of(*stage, candidate) : std::nullopt;
            if (!policy)
                continue;
            for (const GateCheckSpec &g : policy->gates) {
                const QString name = g.name;
                names << name;
                const bool current = context.step == (candidate == QLatin1String("pre") ? DeploymentStep::PreGates
                                                                                        : DeploymentStep::PostGates);
                if (name == gate && (phase.isEmpty() || current))
                    phase = candidate;
            }
        }
        if (phase.isEmpty())
            return names.isEmpty()
                       ? Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no gate \"%2\""),
                                         {context.stageName, gate})
                       : Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no gate \"%2\" (its gates: %3)"),
                                         {context.stageName, gate, names.join(QStringLiteral(", "))});
        if (comment.trimmed().isEmpty())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "ignoring a gate needs a comment saying why"));
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(context.releaseId);
        if (!masker)
            return masker.error();
        const QString why = masker->mask(comment);
        if (Status ok = store.approvals().ignoreGate(deploymentId, {phase, gate, actor.userName, why, now}); !ok)
            return ok;
        return recordAudit(store.audit(), {0, now, actor.userName, QStringLiteral("gate.ignored"),
                                           QStringLiteral("deployment"), deploymentId,
                                           QJsonObject{{QStringLiteral("gate"), gate},
                                                       {QStringLiteral("phase"), phase},
                                                       {QStringLiteral("comment"), why}}});
    });
    if (written)
        Q_EMIT m_context.notifier.releaseChanged(context.pipelineId, context.releaseId);
    return written;
}

Result<QList<GateEvaluationRecord>> ApprovalService::gateEvaluations(qint64 deploymentId) {
    return maskedRows(m_context.store.approvals().gateEvaluations(deploymentId),
                      ReleaseSecrets(m_context.store, m_pipelines), deploymentId);
}

Result<QList<GateIgnoreRecord>> ApprovalService::ignoredGates(qint64 deploymentId) {
    return maskedRows(m_context.store.approvals().ignoredGates(deploymentId),
                      ReleaseSecrets(m_context.store, m_pipelines), deploymentId);
}

} // namespace slipway
