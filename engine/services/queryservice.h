#pragma once

#include "services/enginecontext.h"

#include <optional>

namespace slipway {

class PipelineService;

struct PipelineSummary final {
    PipelineRecord pipeline;
    std::optional<StageStatus> latestStatus; // of its newest release; empty without releases
};

// Read-only queries behind the models (they never see SQL or the store).
class QueryService final {
public:
    QueryService(Store &store, PipelineService &pipelines) : m_store(store), m_pipelines(pipelines) {}
    Q_DISABLE_COPY_MOVE(QueryService)

    Result<QList<PipelineSummary>> pipelineSummaries();
    Result<PipelineSummary> pipelineSummary(qint64 pipelineId);
    // Stage names of the pipeline's current revision, in rank order: the grid's columns.
    Result<QStringList> stageNames(qint64 pipelineId);
    Result<QList<ReleaseGridRow>> releaseGridPage(qint64 pipelineId, qint64 beforeId, int limit);
    // Oldest first, after `afterId` (0: from the very oldest): the grid's jump to the end.
    Result<QList<ReleaseGridRow>> releaseGridPageAscending(qint64 pipelineId, qint64 afterId, int limit);
    Result<std::optional<ReleaseGridRow>> releaseGridRow(qint64 releaseId);
    // The grid's search through the whole history (name, creator, artifact version, creation dates):
    // keyset pages newest first before `fromId`, or oldest first after it.
    Result<QList<ReleaseGridRow>> releaseGridSearch(qint64 pipelineId, const ReleaseGridFilter &filter, qint64 fromId,
                                                    bool ascending, int limit) {
        return m_store.releases().gridSearch(pipelineId, filter, fromId, ascending, limit);
    }
    // The REST lists (keyset pages; see ReleaseQuery and friends).
    Result<QList<ProjectRecord>> projects() { return m_store.pipelines().projects(); }
    Result<QList<PipelineRecord>> pipelines() { return m_store.pipelines().pipelines(); }
    Result<std::optional<PipelineRecord>> pipeline(qint64 id) { return m_store.pipelines().pipeline(id); }
    // Comments and messages in these come masked with their release's secrets (docs/security.md#masking).
    Result<QList<AuditEventRecord>> auditEvents(const QString &objectType, qint64 objectId);
    Result<QList<ReleaseRecord>> releases(const ReleaseQuery &query) { return m_store.releases().query(query); }
    Result<QList<DeploymentContext>> deployments(const DeploymentQuery &query);
    Result<QList<ApprovalRecord>> approvals(const ApprovalQuery &query);

private:
    Store &m_store;
    PipelineService &m_pipelines;
};

} // namespace slipway
