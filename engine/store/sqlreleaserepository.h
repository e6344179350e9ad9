#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

// Columns: id, release_stage_id, attempt, reason, requested_by, comment, queued_at, started_at,
// completed_at, status, operation_status, scheduled_for, message.
DeploymentRecord deploymentFromRow(const SqlCursor &row);

class SqlReleaseRepository final : public ReleaseRepository {
public:
    explicit SqlReleaseRepository(SqlConnection &connection) : m_db(connection) {}

    Result<qint64> insertRelease(const NewRelease &release, const QString &name) override;
    Result<std::optional<ReleaseRecord>> release(qint64 id) override;
    Result<QList<ReleaseArtifactRecord>> releaseArtifacts(qint64 releaseId) override;
    Result<QList<ReleaseStageRecord>> releaseStages(qint64 releaseId) override;
    Result<QList<ReleaseRecord>> releases(qint64 pipelineId, int top) override;
    Result<QList<ReleaseGridRow>> gridPage(qint64 pipelineId, qint64 beforeId, int limit) override;
    Result<QList<ReleaseGridRow>> gridPageAscending(qint64 pipelineId, qint64 afterId, int limit) override;
    Result<std::optional<ReleaseGridRow>> gridRow(qint64 releaseId) override;
    Result<QList<ReleaseGridRow>> gridSearch(qint64 pipelineId, const ReleaseGridFilter &filter, qint64 fromId,
                                             bool ascending, int limit) override;
    Result<std::optional<StageStatus>> latestReleaseStatus(qint64 pipelineId) override;
    Status setReleaseStatus(qint64 releaseId, ReleaseStatus status) override;
    Status setKeepForever(qint64 releaseId, bool keep) override;
    Result<bool> hasDeploymentInProgress(qint64 releaseId) override;
    Result<QList<StageDeploymentSummary>> stageDeployments(qint64 pipelineId) override;
    Status deleteRelease(qint64 releaseId) override;
    Result<QList<qint64>> deploymentIds(qint64 releaseId) override;
    Result<QList<ReleaseRecord>> query(const ReleaseQuery &query) override;
    Status setName(qint64 releaseId, const QString &name) override;
    Status setDescription(qint64 releaseId, const QString &description) override;
    Result<qint64> insertDeployment(const DeploymentRecord &deployment, Rollup rollup) override;
    Result<QList<DeploymentRecord>> deployments(qint64 releaseStageId) override;
    Status setDeploymentState(qint64 deploymentId, DeploymentStatus status, OperationStatus operation,
                              const QDateTime &at) override;
    Status setStageStatus(qint64 releaseStageId, StageStatus status) override;

private:
    SqlConnection &m_db;
    Result<QList<ReleaseRecord>> selectReleases(const QString &where, const QVariantList &values);
    Result<QList<ReleaseGridRow>> gridRows(const QString &where, const QVariantList &values);
    Status addGridStages(QList<ReleaseGridRow> &rows, const QHash<qint64, qsizetype> &rowOf, const QVariantList &ids);
    Status addGridApprovals(QList<ReleaseGridRow> &rows,
                            const QHash<qint64, std::pair<qsizetype, QString>> &byDeployment);
};

} // namespace slipway
