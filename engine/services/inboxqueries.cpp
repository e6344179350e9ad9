#include "inboxqueries.h"

#include "definition/pipelinedefinition.h"
#include "rules/approvalpolicy.h"
#include "services/pipelineservice.h"
#include "services/releasesecrets.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace slipway {

Result<QList<PendingIntervention>> InboxQueries::interventions(const Identity &user) {
    Store &store = m_context.store;
    Result<QList<DeploymentContext>> active = store.deployments().activeDeployments();
    if (!active)
        return active.error();
    Result<QStringList> groups = store.directory().groupsOf(user.userName);
    if (!groups)
        return groups.error();
    const ApprovalActor actor{user.userName, *groups};
    QHash<qint64, QString> pipelineNames;
    QList<PendingIntervention> found;
    for (const DeploymentContext &d : std::as_const(*active)) {
        if (d.deployment.operationStatus != OperationStatus::PendingIntervention)
            continue;
        Result<QList<TaskRunRecord>> runs = store.deployments().taskRuns(d.deployment.id);
        if (!runs)
            return runs.error();
        const auto waiting = std::find_if(runs->cbegin(), runs->cend(),
                                          [](const TaskRunRecord &r) { return r.status == TaskStatus::InProgress; });
        if (waiting == runs->cend())
            continue;
        Result<std::shared_ptr<const PipelineDefinition>> snapshot = m_pipelines.definitionOfRevision(d.revisionId);
        if (!snapshot)
            return snapshot.error();
        const StageDefinition *stage = (*snapshot)->stage(d.stageName);
        const TaskSpec *task = stage ? stage->task(waiting->index) : nullptr;
        const QStringList approvers = task ? task->approvers : QStringList();
        // The rule decideIntervention applies: the task's approvers, or anyone when it names none.
        if (!approvers.isEmpty() &&
            std::none_of(approvers.cbegin(), approvers.cend(),
                         [&actor](const QString &approver) { return actsFor(approver, actor); }))
            continue;
        if (!pipelineNames.contains(d.pipelineId)) {
            Result<std::optional<PipelineRecord>> pipeline = store.pipelines().pipeline(d.pipelineId);
            if (!pipeline)
                return pipeline.error();
            pipelineNames.insert(d.pipelineId, pipeline->has_value() ? (*pipeline)->name : QString());
        }
        // Instructions are shown as written, not expanded; one that quotes a secret's value still shows ***.
        Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(d.releaseId);
        if (!masker)
            return masker.error();
        found << PendingIntervention{d.deployment.id,   waiting->id,
                                     d.releaseId,       d.releaseName,
                                     d.pipelineId,      pipelineNames.value(d.pipelineId),
                                     d.stageName,       d.deployment.attempt,
                                     waiting->name,     task ? masker->mask(task->instructions) : QString(),
                                     approvers,         d.deployment.requestedBy,
                                     waiting->startedAt};
    }
    std::sort(found.begin(), found.end(), [](const PendingIntervention &a, const PendingIntervention &b) {
        return a.waitingSince != b.waitingSince ? a.waitingSince > b.waitingSince : a.deploymentId > b.deploymentId;
    });
    return found;
}

Result<DecisionContext> InboxQueries::context(qint64 releaseId, const QString &stage, qint64 deploymentId) {
    Store &store = m_context.store;
    DecisionContext context;
    ApprovalQuery query;
    query.releaseIds = {releaseId};
    query.ascending = true;
    query.limit = 500;
    Result<QList<ApprovalRecord>> approvals = store.approvals().query(query);
    if (!approvals)
        return approvals.error();
    for (const ApprovalRecord &a : std::as_const(*approvals)) {
        if (a.status == ApprovalStatus::Pending)
            continue;
        context.approvals << a;
        if (a.deploymentId == deploymentId && a.deferredUntil.isValid() && a.deferredUntil > context.deferredUntil)
            context.deferredUntil = a.deferredUntil;
    }
    Result<std::optional<ReleaseRecord>> release = store.releases().release(releaseId);
    if (!release)
        return release.error();
    if (!release->has_value())
        return Error::notFound(QStringLiteral("release %1 not found").arg(releaseId));
    Result<QList<ReleaseStageRecord>> stages = store.releases().releaseStages(releaseId);
    if (!stages)
        return stages.error();
    const auto ours = std::find_if(stages->cbegin(), stages->cend(),
                                   [&stage](const ReleaseStageRecord &s) { return s.name == stage; });
    QHash<QString, QString> deployedVersions;
    if (ours != stages->cend()) {
        // What the stage runs now: its newest successful deployment.
        DeploymentQuery deployed;
        deployed.pipelineId = (*release)->pipelineId;
        deployed.stageRank = ours->rank;
        deployed.statuses = {toString(DeploymentStatus::Succeeded)};
        deployed.limit = 1;
        Result<QList<DeploymentContext>> latest = store.deployments().query(deployed);
        if (!latest)
            return latest.error();
        if (!latest->isEmpty() && latest->first().stageName == stage) {
            context.deployedRelease = latest->first().releaseName;
            Result<QList<ReleaseArtifactRecord>> running = store.releases().releaseArtifacts(latest->first().releaseId);
            if (!running)
                return running.error();
            for (const ReleaseArtifactRecord &artifact : std::as_const(*running))
                if (artifact.version)
                    deployedVersions.insert(artifact.alias, artifact.version->version);
        }
    }
    Result<QList<ReleaseArtifactRecord>> artifacts = store.releases().releaseArtifacts(releaseId);
    if (!artifacts)
        return artifacts.error();
    for (const ReleaseArtifactRecord &artifact : std::as_const(*artifacts))
        context.artifacts << ArtifactChange{artifact.alias, artifact.version ? artifact.version->version : QString(),
                                            deployedVersions.value(artifact.alias)};
    Result<SecretMasker> masker = ReleaseSecrets(store, m_pipelines).ofRelease(releaseId);
    if (!masker)
        return masker.error();
    maskRecords(*masker, context.approvals);
    return context;
}

} // namespace slipway
