#include "deploymentservice.h"

#include "pipelineservice.h"
#include "releasesecrets.h"
#include "releaseservice.h"
#include "rules/approvalpolicy.h"
#include "domain/enginetext.h"
#include "rules/transitions.h"

#include <QJsonArray>

namespace slipway {

Status DeploymentService::byEngine(const QString &kind, const QJsonObject &payload) {
    if (Result<QJsonObject> done = m_context.memberRequests.run(kind, payload); !done)
        return done.error();
    return {};
}

Result<DeploymentRecord> DeploymentService::deployByEngine(const DeployRequest &request) {
    QJsonObject asked{{QStringLiteral("release"), request.releaseId},
                      {QStringLiteral("stage"), request.stage},
                      {QStringLiteral("comment"), request.comment}};
    if (!request.variables.isEmpty()) { // checked against the release's own snapshot
        Result<std::optional<ReleaseRecord>> release = m_context.store.releases().release(request.releaseId);
        if (!release)
            return release.error();
        if (!*release)
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 not found"),
                                   {QString::number(request.releaseId)});
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision((*release)->revisionId);
        if (!snapshot)
            return snapshot.error();
        Result<QJsonObject> carried = MemberRequests::requestVariables(**snapshot, request.variables);
        if (!carried)
            return carried.error();
        asked.insert(QStringLiteral("variableValues"), *carried);
    }
    if (request.startAt.isValid())
        asked.insert(QStringLiteral("startAt"), request.startAt.toUTC().toString(Qt::ISODate));
    Result<QJsonObject> made = m_context.memberRequests.run(QStringLiteral("deploy"), asked);
    if (!made)
        return made.error();
    Result<std::optional<DeploymentContext>> deployment =
        m_context.store.deployments().deployment(made->value(QStringLiteral("deployment")).toInteger());
    if (!deployment)
        return deployment.error();
    if (!*deployment)
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"),
                               {QString::number(made->value(QStringLiteral("deployment")).toInteger())});
    return (*deployment)->deployment;
}

Result<DeploymentRecord> DeploymentService::deploy(const DeployRequest &request, const Identity &actor) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    if (request.startAt.isValid() && request.startAt <= now)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the start time %1 is in the past"),
                                 {request.startAt.toUTC().toString(Qt::ISODate)});
    if (m_context.memberRequests.apply())
        return deployByEngine(request);
    DeploymentRecord created;
    qint64 pipelineId = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<std::optional<ReleaseRecord>> release = store.releases().release(request.releaseId);
        if (!release)
            return release.error();
        if (!release->has_value())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 not found"),
                                   {QString::number(request.releaseId)});
        pipelineId = (*release)->pipelineId;
        if ((*release)->status == ReleaseStatus::Abandoned)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is abandoned; it cannot be deployed"),
                                   {QString::number(request.releaseId)});
        if ((*release)->status == ReleaseStatus::Draft)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is a draft; start it before deploying"),
                                   {QString::number(request.releaseId)});
        Result<QList<ReleaseStageRecord>> stages = store.releases().releaseStages(request.releaseId);
        if (!stages)
            return stages.error();
        const auto stage = std::find_if(stages->cbegin(), stages->cend(),
                                        [&](const ReleaseStageRecord &s) { return s.name == request.stage; });
        if (stage == stages->cend())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is not in release %2"),
                                   {request.stage, QString::number(request.releaseId)});
        Result<QList<DeploymentRecord>> previous = store.releases().deployments(stage->id);
        if (!previous)
            return previous.error();
        for (const DeploymentRecord &d : *previous)
            if (d.operationStatus != OperationStatus::Done)
                return Error::conflict(
                    QT_TRANSLATE_NOOP("Engine", "stage \"%1\" of release %2 already has deployment %3 (%4)"),
                    {request.stage, QString::number(request.releaseId), QString::number(d.id),
                     toString(d.operationStatus)});
        const DeploymentReason reason =
            request.reason.value_or(previous->isEmpty() ? DeploymentReason::Manual : DeploymentReason::Redeploy);
        QJsonObject overrides;
        if (!request.variables.isEmpty()) {
            Result<std::shared_ptr<const PipelineDefinition>> snapshot =
                m_pipelines.definitionOfRevision((*release)->revisionId);
            if (!snapshot)
                return snapshot.error();
            Result<QJsonObject> given = settableVariableValues(**snapshot, request.variables, store.secrets());
            if (!given)
                return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 (a deployment can set only the pipeline "
                                                                     "variables marked settableAtRelease)"),
                                         {given.error().message});
            overrides = *given;
        }
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(request.releaseId);
        if (!masker)
            return masker.error();
        const QString comment = masker->mask(request.comment);
        DeploymentRequest asked{stage->id, reason, actor.userName, comment, request.startAt, overrides, {}, true};
        asked.auditDetails = {{QStringLiteral("releaseId"), request.releaseId},
                              {QStringLiteral("stage"), request.stage},
                              {QStringLiteral("reason"), toString(reason)},
                              {QStringLiteral("comment"), comment}};
        if (request.startAt.isValid())
            asked.auditDetails.insert(QStringLiteral("startAt"), request.startAt.toUTC().toString(Qt::ISODate));
        if (!overrides.isEmpty()) // names only: a value may be a secret
            asked.auditDetails.insert(QStringLiteral("variables"), QJsonArray::fromStringList(overrides.keys()));
        Result<DeploymentRecord> requested = Transitions(store, now).request(asked);
        if (!requested)
            return requested.error();
        created = *requested;
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.releaseChanged(pipelineId, request.releaseId);
    return created;
}

Status DeploymentService::cancel(qint64 deploymentId, const Identity &actor) {
    if (m_context.memberRequests.apply()) // a member's, carried out by an engine under their login
        return byEngine(QStringLiteral("cancel"), {{QStringLiteral("deployment"), deploymentId}});
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    DeploymentContext context;
    const Status written = store.transaction([&]() -> Status {
        Result<DeploymentContext> found = deployment(deploymentId);
        if (!found)
            return found.error();
        context = *found;
        const DeploymentRecord &d = context.deployment;
        if (d.operationStatus == OperationStatus::Done)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "deployment %1 has already finished (%2)"),
                                   {QString::number(deploymentId), toString(d.status)});
        if (d.operationStatus == OperationStatus::Cancelling)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "deployment %1 is already being canceled"),
                                   {QString::number(deploymentId)});
        Transitions transitions(store, now);
        if (!context.owner.isEmpty()) // the engine that holds it stops it
            return transitions.requestCancel(context, actor.userName);
        // Nothing runs for a deployment no engine holds (queued, deferred, waiting for approvals): it ends now.
        if (Status ok = endWaitingIntervention(context, actor, now); !ok)
            return ok;
        return transitions.end(context, DeploymentStatus::Canceled,
                               QStringLiteral("canceled by %1").arg(actor.userName), actor.userName,
                               QStringLiteral("deployment.cancelRequested"),
                               QJsonObject{{QStringLiteral("releaseId"), context.releaseId},
                                           {QStringLiteral("stage"), context.stageName}});
    });
    if (written)
        Q_EMIT m_context.notifier.releaseChanged(context.pipelineId, context.releaseId);
    return written;
}

Status DeploymentService::endWaitingIntervention(const DeploymentContext &context, const Identity &actor,
                                                 const QDateTime &now) {
    // Left waiting by an engine that stopped: its task ends here, and its log says who canceled it.
    if (context.deployment.operationStatus != OperationStatus::PendingIntervention)
        return {};
    Store &store = m_context.store;
    Result<QList<TaskRunRecord>> runs = store.deployments().taskRuns(context.deployment.id);
    if (!runs)
        return runs.error();
    for (const TaskRunRecord &run : std::as_const(*runs)) {
        if (run.status != TaskStatus::InProgress)
            continue;
        const QString line = engineText(QT_TRANSLATE_NOOP("Engine", "Canceled by %1"), {actor.userName});
        if (Status ok = store.deployments().appendLog({{0, run.id, now, QStringLiteral("system"), line}}); !ok)
            return ok;
        if (Status ok = store.deployments().finishTask(run.id, TaskStatus::Canceled, std::nullopt,
                                                       QStringLiteral("canceled by %1").arg(actor.userName), now);
            !ok)
            return ok;
    }
    return {};
}

Status DeploymentService::checkMayAnswer(const TaskSpec *task, const Identity &actor) {
    const QStringList approvers = task ? task->approvers : QStringList();
    if (approvers.isEmpty())
        return {};
    Result<QStringList> groups = m_context.store.directory().groupsOf(actor.userName);
    if (!groups)
        return groups.error();
    // The same rule as for approvals: the user, or a member of group:NAME.
    const ApprovalActor who{actor.userName, *groups};
    QStringList names;
    for (const QString &value : approvers) {
        if (actsFor(value, who))
            return {};
        names << value;
    }
    return Error::forbidden(
        QT_TRANSLATE_NOOP("Engine", "%1 may not answer this manual intervention; its approvers are %2"),
        {actor.userName, names.join(QStringLiteral(", "))});
}

Status DeploymentService::decideIntervention(qint64 deploymentId, bool resume, const QString &comment,
                                             const Identity &actor) {
    if (m_context.memberRequests.apply()) // the engine checks that the member is one of its approvers
        return byEngine(QStringLiteral("intervention"), {{QStringLiteral("deployment"), deploymentId},
                                                         {QStringLiteral("resume"), resume},
                                                         {QStringLiteral("comment"), comment}});
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    DeploymentContext context;
    const Status written = store.transaction([&]() -> Status {
        Result<DeploymentContext> found = deployment(deploymentId);
        if (!found)
            return found.error();
        context = *found;
        if (context.deployment.operationStatus != OperationStatus::PendingIntervention)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "deployment %1 is not waiting for a manual intervention"),
                {QString::number(deploymentId)});
        Result<QList<TaskRunRecord>> runs = store.deployments().taskRuns(deploymentId);
        if (!runs)
            return runs.error();
        const auto waiting = std::find_if(runs->cbegin(), runs->cend(),
                                          [](const TaskRunRecord &r) { return r.status == TaskStatus::InProgress; });
        if (waiting == runs->cend())
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "deployment %1 is not waiting for a manual intervention"),
                {QString::number(deploymentId)});
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_pipelines.definitionOfRevision(context.revisionId);
        if (!snapshot)
            return snapshot.error();
        const StageDefinition *stage = (*snapshot)->stage(context.stageName);
        const TaskSpec *task = stage ? stage->task(waiting->index) : nullptr;
        if (Status allowed = checkMayAnswer(task, actor); !allowed)
            return allowed;
        const QString decision = resume ? QStringLiteral("resume") : QStringLiteral("reject");
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(context.releaseId);
        if (!masker)
            return masker.error();
        const QString said = masker->mask(comment); // it reaches the log and the deployment's message too
        Result<bool> recorded = store.deployments().decideIntervention(waiting->id, decision, actor.userName, said);
        if (!recorded)
            return recorded.error();
        if (!*recorded)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "the manual intervention of deployment %1 was already answered"),
                {QString::number(deploymentId)});
        return recordAudit(store.audit(),
                           {0, now, actor.userName,
                            resume ? QStringLiteral("intervention.resumed") : QStringLiteral("intervention.rejected"),
                            QStringLiteral("deployment"), deploymentId,
                            QJsonObject{{QStringLiteral("task"), waiting->name}, {QStringLiteral("comment"), said}}});
    });
    if (written)
        Q_EMIT m_context.notifier.releaseChanged(context.pipelineId, context.releaseId);
    return written;
}

Result<DeploymentContext> DeploymentService::deployment(qint64 deploymentId) {
    Result<std::optional<DeploymentContext>> found = m_context.store.deployments().deployment(deploymentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "deployment %1 not found"), {QString::number(deploymentId)});
    return **found;
}

// Rows stored before masking covered them (older versions, multi-line secrets) are masked as they are read.
Result<QList<TaskRunRecord>> DeploymentService::taskRuns(qint64 deploymentId) {
    Result<QList<TaskRunRecord>> runs = m_context.store.deployments().taskRuns(deploymentId);
    if (!runs)
        return runs;
    Result<SecretMasker> masker = ReleaseSecrets(m_context.store, m_pipelines).ofDeployment(deploymentId);
    if (!masker)
        return masker.error();
    maskRecords(*masker, *runs);
    return runs;
}

Result<QList<LogLineRecord>> DeploymentService::logLines(qint64 deploymentId, qint64 afterId, int limit) {
    Result<QList<LogLineRecord>> lines = m_context.store.deployments().logLines(deploymentId, afterId, limit);
    if (!lines || lines->isEmpty())
        return lines;
    Result<SecretMasker> masker = ReleaseSecrets(m_context.store, m_pipelines).ofDeployment(deploymentId);
    if (!masker)
        return masker.error();
    maskRecords(*masker, *lines);
    return lines;
}

} // namespace slipway
