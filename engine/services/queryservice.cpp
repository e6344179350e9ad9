#include "queryservice.h"

#include "pipelineservice.h"

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

} // namespace slipway
