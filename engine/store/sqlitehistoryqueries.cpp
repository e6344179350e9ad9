// The history queries of the deployments repository: metrics facts and what's where.
#include "sqlitedeploymentrepository.h"
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

    // When each release's newest artifact version was first seen, once per release rather than per row.
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "WITH seen AS (SELECT a.release_id, max(v.seen_at) AS seen_at FROM release_artifacts a "
            "JOIN artifact_versions v ON v.id = a.version_id JOIN releases s ON s.id = a.release_id "
            "WHERE s.pipeline_id = ? GROUP BY a.release_id) "
            "SELECT d.id, d.release_id, r.name, d.stage_name, d.attempt, d.status, d.queued_at, d.started_at, "
            "d.completed_at, seen.seen_at, d.release_stage_id "
            "FROM deployments d JOIN releases r ON r.id = d.release_id LEFT JOIN seen ON seen.release_id = "
            "d.release_id "
            "WHERE d.pipeline_id = ? AND d.completed_at >= ? AND d.operation_status = 'done' "
            "ORDER BY d.completed_at, d.id"),
        {pipelineId, pipelineId, sql::time(from)});
    if (!query)
        return query.error();
    QList<DeploymentFact> facts;
    SqlCursor &q = **query;
    // Hundreds of thousands of rows: typed reads, and the few distinct texts converted once each.
    QHash<QByteArray, QString> texts;
    QHash<QByteArray, DeploymentStatus> statuses;
    QHash<qint64, QString> releaseNames;
    auto text = [&texts](QByteArrayView bytes) {
        auto found = texts.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (found == texts.cend())
            found = texts.insert(bytes.toByteArray(), QString::fromUtf8(bytes));
        return *found;
    };
    auto time = [&q](int column) {
        return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.int64(column), Qt::UTC);
    };
    while (q.next()) {
        DeploymentFact f;
        f.id = q.int64(0);
        f.releaseId = q.int64(1);
        auto name = releaseNames.constFind(f.releaseId);
        if (name == releaseNames.cend())
            name = releaseNames.insert(f.releaseId, QString::fromUtf8(q.bytes(2)));
        f.releaseName = *name;
        f.stage = text(q.bytes(3));
        f.attempt = int(q.int64(4));
        const QByteArrayView status = q.bytes(5);
        auto known = statuses.constFind(QByteArray::fromRawData(status.data(), status.size()));
        if (known == statuses.cend())
            known = statuses.insert(
                status.toByteArray(),
                fromString<DeploymentStatus>(QString::fromUtf8(status)).value_or(DeploymentStatus::Failed));
        f.status = *known;
        f.queuedAt = time(6);
        f.startedAt = time(7);
        f.completedAt = time(8);
        f.changeSeenAt = time(9);
        f.deliveredEarlier = deliveredEarlier.contains(q.int64(10));
        facts << f;
    }
    q.finish();
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
    QHash<qint64, QList<qsizetype>> byRelease;
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
        byRelease[d.releaseId] << deployed.size();
        deployed << d;
    }
    q.finish();
    if (deployed.isEmpty())
        return deployed;
    QVariantList ids;
    for (auto it = byRelease.cbegin(); it != byRelease.cend(); ++it)
        ids << it.key();
    Result<SqlCursor *> artifacts =
        m_db.exec(QStringLiteral("SELECT a.release_id, a.alias, v.version FROM release_artifacts a "
                                 "JOIN artifact_versions v ON v.id = a.version_id WHERE a.release_id IN (%1) "
                                 "ORDER BY a.release_id, a.alias")
                      .arg(sql::placeholders(ids.size())),
                  ids);
    if (!artifacts)
        return artifacts.error();
    while ((*artifacts)->next()) {
        const QString text = (*artifacts)->value(1).toString() + QLatin1Char(' ') + (*artifacts)->value(2).toString();
        for (const qsizetype row : byRelease.value((*artifacts)->value(0).toLongLong())) {
            QString &summary = deployed[row].artifacts;
            summary += (summary.isEmpty() ? QString() : QStringLiteral(", ")) + text;
        }
    }
    (*artifacts)->finish();
    return deployed;
}

} // namespace slipway
