#include "transitions.h"

#include "definition/values.h"
#include "rules/stagetriggers.h"

namespace slipway {

namespace {
const QString systemActor = QStringLiteral("slipway");
const QString deploymentObject = QStringLiteral("deployment");
} // namespace

StageStatus stageStatusOf(DeploymentStatus status, OperationStatus operation) {
    switch (status) {
    case DeploymentStatus::Succeeded: return StageStatus::Succeeded;
    case DeploymentStatus::PartiallySucceeded: return StageStatus::PartiallySucceeded;
    case DeploymentStatus::Failed: return StageStatus::Failed;
    case DeploymentStatus::Canceled:
    case DeploymentStatus::Interrupted: return StageStatus::Canceled;
    case DeploymentStatus::InProgress: return StageStatus::InProgress;
    case DeploymentStatus::NotDeployed: break;
    }
    if (operation == OperationStatus::Deferred)
        return StageStatus::Scheduled;
    if (operation == OperationStatus::Done)
        return StageStatus::Canceled;
    return operation == OperationStatus::Queued ? StageStatus::Queued : StageStatus::InProgress;
}

StageStatus stageStatusWhileWaiting(DeploymentStep step) {
    const bool post = step == DeploymentStep::PostGates || step == DeploymentStep::PostApprovals;
    return post ? StageStatus::InProgress : StageStatus::Queued;
}

Result<DeploymentRecord> Transitions::request(const DeploymentRequest &request) {
    Result<DeploymentRecord> created =
        m_store.deployments().request(request.releaseStageId, request.reason, request.requestedBy, request.comment,
                                      m_now, request.startAt, request.variables);
    if (!created)
        return created.error();
    if (Status ok = m_store.releases().setStageStatus(request.releaseStageId,
                                                      stageStatusOf(created->status, created->operationStatus));
        !ok)
        return ok.error();
    QJsonObject details = request.auditDetails;
    if (request.auditAttempt)
        details.insert(QStringLiteral("attempt"), created->attempt);
    if (Status ok = recordAudit(m_store.audit(), {0, m_now, request.requestedBy, QStringLiteral("deployment.requested"),
                                                  deploymentObject, created->id, details});
        !ok)
        return ok.error();
    return created;
}

Result<bool> Transitions::claim(const DeploymentContext &d, const EngineOwner &owner, const QDateTime &leaseUntil) {
    Result<bool> won = m_store.deployments().claim(d.deployment.id, owner, leaseUntil, m_now);
    if (!won || !*won)
        return won;
    if (Status ok = m_store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::InProgress); !ok)
        return ok.error();
    if (Status ok =
            recordAudit(m_store.audit(), {0, m_now, owner.id, QStringLiteral("deployment.started"), deploymentObject,
                                          d.deployment.id, QJsonObject{{QStringLiteral("owner"), owner.id}}});
        !ok)
        return ok.error();
    return true;
}

Status Transitions::admit(const DeploymentContext &d, const QString &engine) {
    return recordAudit(
        m_store.audit(),
        {0, m_now, engine, QStringLiteral("deployment.admitted"), deploymentObject, d.deployment.id, {}});
}

Status Transitions::enterStep(const DeploymentContext &d, DeploymentStep step, OperationStatus operation,
                              const QDateTime &deadline) {
    if (Status ok = m_store.deployments().setStep(d.deployment.id, step, operation, m_now, deadline); !ok)
        return ok;
    return m_store.releases().setStageStatus(d.deployment.releaseStageId, stageStatusWhileWaiting(step));
}

Status Transitions::enterTasks(const DeploymentContext &d, bool deferred) {
    DeploymentRepository &deployments = m_store.deployments();
    // Deferred or due, it waits for an engine to claim it (the caller's engine may do so at once).
    if (Status ok = deployments.setStep(d.deployment.id, DeploymentStep::Tasks, OperationStatus::Deferred, m_now, {});
        !ok)
        return ok;
    if (!deferred)
        if (Status ok = deployments.setScheduledFor(d.deployment.id, m_now); !ok)
            return ok;
    return m_store.releases().setStageStatus(d.deployment.releaseStageId,
                                             deferred ? StageStatus::Scheduled : StageStatus::Queued);
}

Status Transitions::defer(const DeploymentContext &d, const QDateTime &until) {
    return m_store.deployments().setScheduledFor(d.deployment.id, until);
}

Status Transitions::promoteDeferred(const DeploymentContext &d) {
    if (Status ok = m_store.deployments().setOperation(d.deployment.id, OperationStatus::Queued); !ok)
        return ok;
    return m_store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::Queued);
}

Status Transitions::waitForIntervention(const DeploymentContext &d, const QString &task) {
    if (Status ok = m_store.deployments().setOperation(d.deployment.id, OperationStatus::PendingIntervention); !ok)
        return ok;
    // Audited so that every other window learns of it (their change feeds read the audit): its approvers' inboxes.
    return recordAudit(m_store.audit(), {0, m_now, systemActor, QStringLiteral("deployment.awaitingIntervention"),
                                         deploymentObject, d.deployment.id,
                                         QJsonObject{{QStringLiteral("releaseId"), d.releaseId},
                                                     {QStringLiteral("stage"), d.stageName},
                                                     {QStringLiteral("task"), task}}});
}

Status Transitions::interventionAnswered(const DeploymentContext &d) {
    return m_store.deployments().setOperation(d.deployment.id, OperationStatus::Running);
}

Status Transitions::requestCancel(const DeploymentContext &d, const QString &actor) {
    if (Status ok = m_store.deployments().setOperation(d.deployment.id, OperationStatus::Cancelling); !ok)
        return ok;
    return recordAudit(
        m_store.audit(),
        {0, m_now, actor, QStringLiteral("deployment.cancelRequested"), deploymentObject, d.deployment.id,
         QJsonObject{{QStringLiteral("releaseId"), d.releaseId}, {QStringLiteral("stage"), d.stageName}}});
}

Status Transitions::tasksSucceeded(const DeploymentContext &d, DeploymentStatus outcome) {
    if (Status ok = m_store.deployments().setTasksOutcome(d.deployment.id, toString(outcome)); !ok)
        return ok;
    return m_store.deployments().releaseOwner(d.deployment.id);
}

Status Transitions::end(const DeploymentContext &d, DeploymentStatus status, const QString &message,
                        const QString &actor, const QString &auditAction, const QJsonObject &details) {
    if (Status ok = m_store.deployments().complete(d.deployment.id, status, message, m_now); !ok)
        return ok;
    if (Status ok = m_store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::Canceled); !ok)
        return ok;
    if (Status ok = cancelPendingApprovals(d.deployment.id, actor, message); !ok)
        return ok;
    return recordAudit(m_store.audit(), {0, m_now, actor, auditAction, deploymentObject, d.deployment.id, details});
}

Status Transitions::finish(const DeploymentContext &d, DeploymentStatus status, StageStatus stageStatus,
                           const QString &message, const PipelineDefinition *snapshot) {
    if (Status ok = m_store.deployments().complete(d.deployment.id, status, message, m_now); !ok)
        return ok;
    if (Status ok = m_store.releases().setStageStatus(d.deployment.releaseStageId, stageStatus); !ok)
        return ok;
    const bool success = status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded;
    if (success && snapshot) {
        Result<std::optional<ReleaseRecord>> release = m_store.releases().release(d.releaseId);
        const QString requestedBy = release && release->has_value() ? (*release)->createdBy : QString();
        if (Status ok = StageTriggers(m_store, *snapshot).stageCompleted(d.releaseId, d.stageName, requestedBy, m_now);
            !ok)
            return ok;
    }
    return recordAudit(m_store.audit(), {0, m_now, systemActor, QStringLiteral("deployment.completed"),
                                         deploymentObject, d.deployment.id,
                                         QJsonObject{{QStringLiteral("status"), toString(status)},
                                                     {QStringLiteral("stageStatus"), toString(stageStatus)},
                                                     {QStringLiteral("message"), message}}});
}

Result<qint64> Transitions::recordPast(const DeploymentRecord &deployment, ReleaseRepository::Rollup rollup) {
    Result<qint64> id = m_store.releases().insertDeployment(deployment, rollup);
    if (!id)
        return id;
    if (Status ok = m_store.releases().setStageStatus(deployment.releaseStageId,
                                                      stageStatusOf(deployment.status, deployment.operationStatus));
        !ok)
        return ok.error();
    return id;
}

// Pending approvals of a deployment that ends otherwise (canceled, interrupted) become `canceled`.
Status Transitions::cancelPendingApprovals(qint64 deploymentId, const QString &actor, const QString &reason) {
    Result<QList<ApprovalRecord>> approvals = m_store.approvals().ofDeployment(deploymentId);
    if (!approvals)
        return approvals.error();
    for (const ApprovalRecord &a : std::as_const(*approvals))
        if (a.status == ApprovalStatus::Pending) {
            if (Status ok = m_store.approvals().decide(a.id, ApprovalStatus::Canceled, actor, reason, {}, m_now); !ok)
                return ok;
            if (Status ok = recordAudit(m_store.audit(), {0, m_now, actor, QStringLiteral("approval.canceled"),
                                                          QStringLiteral("approval"), a.id,
                                                          QJsonObject{{QStringLiteral("reason"), reason}}});
                !ok)
                return ok;
        }
    return {};
}

} // namespace slipway
