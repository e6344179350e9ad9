// The history queries of the deployments repository: metrics facts and what's where.
#include "sqlitedeploymentrepository.h"
#include "sqliteartifactsummaries.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>

namespace slipway {

Result<QList<DeploymentFact>> SqliteDeploymentRepository::facts(qint64 pipelineId, const QDateTime &from) {
    // Stages on which a release had succeeded before the period: a redeploy of theirs adds no lead time.
    Result<SqlCursor *> earlier = m_db.exec(
        QStringLiteral("SELECT DISTINCT release_stage_id FROM deployments WHERE pipeline_id = ? AND completed_at < ? "
                       "AND status IN ('succeeded', 'partiallySucceeded') AND release_id IN "
                       "(SELECT release_id FROM deployments WHERE pipeline_id = ? AND completed_at >= ?)"),
        {pipelineId, sql::time(from), pipelineId, sql::time(from)});
    if (!earlier)
        return earlier.error();
    QSet<qint64> deliveredEarlier;
    while ((*earlier)->next())
        deliveredEarlier.insert((*earlier)->value(0).toLongLong());
    (*earlier)->finish();

    // Each release of the pipeline once: its name, and when its newest artifact version was first seen.
    struct ReleaseFacts {
        QString name;
        QDateTime changeSeenAt;
    };
    QHash<qint64, ReleaseFacts> releases;
    Result<SqlCursor *> named =
        m_db.exec(QStringLiteral("SELECT r.id, r.name, max(v.seen_at) FROM releases r LEFT JOIN release_artifacts a "
                                 "ON a.release_id = r.id LEFT JOIN artifact_versions v ON v.id = a.version_id "
                                 "WHERE r.pipeline_id = ? GROUP BY r.id"),
                  {pipelineId});
    if (!named)
        return named.error();
    while ((*named)->next())
        releases.insert(
            (*named)->int64(0),
            {QString::fromUtf8((*named)->bytes(1)),
             (*named)->isNull(2) ? QDateTime() : QDateTime::fromMSecsSinceEpoch((*named)->int64(2), Qt::UTC)});
    (*named)->finish();

    Result<SqlCursor *> stageNames =
        m_db.exec(QStringLiteral("SELECT DISTINCT stage_name FROM deployments WHERE pipeline_id = ?"), {pipelineId});
    if (!stageNames)
        return stageNames.error();
    QStringList stages;
    while ((*stageNames)->next())
        stages << QString::fromUtf8((*stageNames)->bytes(0));
    (*stageNames)->finish();

    // Stage by stage along deployments_by_stage_completed: already in completion order, nothing to sort.
    QList<DeploymentFact> facts;
    if (Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM deployments WHERE pipeline_id = ? "
                                                            "AND completed_at >= ?"),
                                             {pipelineId, sql::time(from)}))
        facts.reserve(count->toLongLong());
    QHash<QByteArray, DeploymentStatus> statuses;
    for (const QString &stage : std::as_const(stages)) {
        Result<SqlCursor *> query =
            m_db.exec(QStringLiteral("SELECT id, release_id, attempt, status, queued_at, started_at, completed_at, "
                                     "release_stage_id FROM deployments WHERE pipeline_id = ? AND stage_name = ? "
                                     "AND completed_at >= ? AND operation_status = 'done' ORDER BY completed_at, id"),
                      {pipelineId, stage, sql::time(from)});
        if (!query)
            return query.error();
        SqlCursor &q = **query;
        auto time = [&q](int column) {
            return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.int64(column), Qt::UTC);
        };
        while (q.next()) {
            DeploymentFact f;
            f.id = q.int64(0);
            f.releaseId = q.int64(1);
            const ReleaseFacts release = releases.value(f.releaseId);
            f.releaseName = release.name;
            f.changeSeenAt = release.changeSeenAt;
            f.stage = stage;
            f.attempt = int(q.int64(2));
            const QByteArrayView status = q.bytes(3);
            auto known = statuses.constFind(QByteArray::fromRawData(status.data(), status.size()));
            if (known == statuses.cend())
                known = statuses.insert(
                    status.toByteArray(),
                    fromString<DeploymentStatus>(QString::fromUtf8(status)).value_or(DeploymentStatus::Failed));
            f.status = *known;
            f.queuedAt = time(4);
            f.startedAt = time(5);
            f.completedAt = time(6);
            f.deliveredEarlier = !deliveredEarlier.isEmpty() && deliveredEarlier.contains(q.int64(7));
            facts.append(std::move(f));
        }
        q.finish();
    }
    return facts;
}

Result<QList<DeployedRelease>> SqliteDeploymentRepository::deployedAt(const QDateTime &at) {
    // One index lookup per pipeline stage (deployments_by_stage_completed), not a scan of the history.
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "SELECT s.pipeline_id, p.name, s.stage_name, d.release_id, r.name, d.id, d.completed_at FROM "
            "(SELECT DISTINCT pipeline_id, stage_name FROM deployments) s "
            "JOIN pipelines p ON p.id = s.pipeline_id "
            "JOIN deployments d ON d.id = (SELECT e.id FROM deployments e WHERE e.pipeline_id = s.pipeline_id "
            "AND e.stage_name = s.stage_name AND e.completed_at <= ? "
            "AND e.status IN ('succeeded', 'partiallySucceeded') ORDER BY e.completed_at DESC, e.id DESC LIMIT 1) "
            "JOIN releases r ON r.id = d.release_id ORDER BY p.name, s.pipeline_id, s.stage_name"),
        {sql::time(at)});
    if (!query)
        return query.error();
    QList<DeployedRelease> deployed;
    QSet<qint64> byRelease;
    SqlCursor &q = **query;
    while (q.next()) {
        DeployedRelease d;
        d.pipelineId = q.value(0).toLongLong();
        d.pipelineName = q.value(1).toString();
        d.stage = q.value(2).toString();
        d.releaseId = q.value(3).toLongLong();
        d.releaseName = q.value(4).toString();
        d.deploymentId = q.value(5).toLongLong();
        d.completedAt = sql::time(q.value(6));
        byRelease.insert(d.releaseId);
        deployed << d;
    }
    q.finish();
    if (deployed.isEmpty())
        return deployed;
    QVariantList ids;
    for (const qint64 id : std::as_const(byRelease))
        ids << id;
    Result<QHash<qint64, QString>> summaries = artifactSummaries(m_db, ids);
    if (!summaries)
        return summaries.error();
    for (DeployedRelease &d : deployed)
        d.artifacts = summaries->value(d.releaseId);
    return deployed;
}

} // namespace slipway
