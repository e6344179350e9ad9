#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

class SqlPipelineRepository final : public PipelineRepository {
public:
    explicit SqlPipelineRepository(SqlConnection &connection) : m_db(connection) {}

    Result<ProjectRecord> ensureProject(const QString &name, const QDateTime &at) override;
    Result<QList<PipelineRecord>> pipelines() override;
    Result<std::optional<PipelineRecord>> pipeline(qint64 id) override;
    Result<std::optional<PipelineRecord>> findPipeline(const QString &name) override;
    Result<std::optional<PipelineRecord>> findPipeline(qint64 projectId, const QString &name) override;
    Result<qint64> createPipeline(qint64 projectId, const QString &name, const QDateTime &at) override;
    Result<RevisionRecord> addRevision(qint64 pipelineId, const QString &name, const QString &folder,
                                       const QByteArray &body, const QString &author, const QString &comment,
                                       const QDateTime &at) override;
    Result<std::optional<RevisionRecord>> revision(qint64 pipelineId, int revision) override;
    Result<RevisionRecord> revisionById(qint64 revisionId) override;
    Result<QList<RevisionRecord>> revisions(qint64 pipelineId) override;
    Status syncArtifactSources(qint64 pipelineId, const QList<ArtifactSourceRecord> &sources) override;
    Result<QList<ArtifactSourceRecord>> artifactSources(qint64 pipelineId) override;
    Result<qint64> takeReleaseNumber(qint64 pipelineId) override;
    Result<qint64> nextReleaseNumber(qint64 pipelineId) override;
    Result<qint64> pipelineCount() override;
    Status deletePipeline(qint64 pipelineId) override;
    Result<QList<ProjectRecord>> projects() override;
    Result<QString> definitionsVersion() override;
    Result<QList<ScheduleStateRecord>> scheduleStates() override;
    Status setScheduleFired(qint64 pipelineId, const QString &key, const QDateTime &at) override;

private:
    SqlConnection &m_db;
    Result<QList<PipelineRecord>> selectPipelines(const QString &where, const QVariantList &values);
    Result<QList<RevisionRecord>> selectRevisions(const QString &where, const QVariantList &values);
};

} // namespace slipway
