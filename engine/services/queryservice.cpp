#include "queryservice.h"

#include "pipelineservice.h"
#include "releasesecrets.h"

#include <QHash>

namespace slipway {

Result<QList<PipelineSummary>> QueryService::pipelineSummaries() {
    Result<QList<PipelineRecord>> pipelines = m_store.pipelines().pipelines();
    if (!pipelines)
        return pipelines.error();
    QList<PipelineSummary> summaries;
    for (const PipelineRecord &pipeline : *pipelines) {
        Result<std::optional<StageStatus>> status = m_store.releases().latestReleaseStatus(pipeline.id);
        if (!status)
            return status.error();
        summaries.append({pipeline, *status});
    }
    return summaries;
}

Result<PipelineSummary> QueryService::pipelineSummary(qint64 pipelineId) {
    Result<std::optional<PipelineRecord>> pipeline = m_store.pipelines().pipeline(pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (!pipeline->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"), {QString::number(pipelineId)});
    Result<std::optional<StageStatus>> status = m_store.releases().latestReleaseStatus(pipelineId);
    if (!status)
        return status.error();
    return PipelineSummary{**pipeline, *status};
}

Result<QStringList> QueryService::stageNames(qint64 pipelineId) {
    Result<std::shared_ptr<const PipelineDefinition>> definition = m_pipelines.currentDefinition(pipelineId);
    if (!definition)
        return definition.error();
    QStringList names;
    for (const StageDefinition &stage : (*definition)->stages)
        names << stage.name;
    return names;
}

Result<QList<ReleaseGridRow>> QueryService::releaseGridPage(qint64 pipelineId, qint64 beforeId, int limit) {
    return m_store.releases().gridPage(pipelineId, beforeId, limit);
}

Result<QList<ReleaseGridRow>> QueryService::releaseGridPageAscending(qint64 pipelineId, qint64 afterId, int limit) {
    return m_store.releases().gridPageAscending(pipelineId, afterId, limit);
}

Result<std::optional<ReleaseGridRow>> QueryService::releaseGridRow(qint64 releaseId) {
    return m_store.releases().gridRow(releaseId);
}

namespace {

// One masker per release, for lists that span several.
class MaskersByRelease final {
public:
    MaskersByRelease(Store &store, PipelineService &pipelines) : m_secrets(store, pipelines) {}
    Result<const SecretMasker *> of(qint64 releaseId) {
        auto found = m_maskers.constFind(releaseId);
        if (found == m_maskers.cend()) {
            Result<SecretMasker> masker = m_secrets.ofRelease(releaseId);
            if (!masker)
                return masker.error();
            found = m_maskers.insert(releaseId, *masker);
        }
        return &*found;
    }

private:
    ReleaseSecrets m_secrets;
    QHash<qint64, SecretMasker> m_maskers;
};

} // namespace

Result<QList<AuditEventRecord>> QueryService::auditEvents(const QString &objectType, qint64 objectId) {
    Result<QList<AuditEventRecord>> events = m_store.audit().events(objectType, objectId);
    if (!events)
        return events;
    MaskersByRelease maskers(m_store, m_pipelines);
    for (AuditEventRecord &event : *events) {
        // The release an event is about: itself, the one its details name, or its deployment's.
        qint64 releaseId = event.objectType == QLatin1String("release")
                               ? event.objectId
                               : event.details.value(QLatin1String("releaseId")).toInteger();
        if (releaseId == 0 && event.objectType == QLatin1String("deployment")) {
            Result<std::optional<DeploymentContext>> deployment = m_store.deployments().deployment(event.objectId);
            if (!deployment)
                return deployment.error();
            releaseId = deployment->has_value() ? (*deployment)->releaseId : 0;
        }
        if (releaseId == 0)
            continue;
        Result<const SecretMasker *> masker = maskers.of(releaseId);
        if (!masker)
            return masker.error();
        maskRecord(**masker, event);
    }
    return events;
}

Result<QList<DeploymentContext>> QueryService::deployments(const DeploymentQuery &query) {
    Result<QList<DeploymentContext>> found = m_store.deployments().query(query);
    if (!found)
        return found;
    MaskersByRelease maskers(m_store, m_pipelines);
    for (DeploymentContext &context : *found) {
        Result<const SecretMasker *> masker = maskers.of(context.releaseId);
        if (!masker)
            return masker.error();
        maskRecord(**masker, context.deployment);
    }
    return found;
}

Result<QList<ApprovalRecord>> QueryService::approvals(const ApprovalQuery &query) {
    Result<QList<ApprovalRecord>> found = m_store.approvals().query(query);
    if (!found)
        return found;
    MaskersByRelease maskers(m_store, m_pipelines);
    for (ApprovalRecord &approval : *found) {
        Result<const SecretMasker *> masker = maskers.of(approval.releaseId);
        if (!masker)
            return masker.error();
        maskRecord(**masker, approval);
    }
    return found;
}

} // namespace slipway
