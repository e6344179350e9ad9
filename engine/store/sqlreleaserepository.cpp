#include "sqlreleaserepository.h"

#include "sqlartifactsummaries.h"
#include "sqlrollups.h"
#include "sqlvalues.h"
#include "sqlvariablegrouprepository.h"

#include <QJsonDocument>

#include <QHash>

namespace slipway {

DeploymentRecord deploymentFromRow(const SqlCursor &q) {
    DeploymentRecord d;
    d.id = q.value(0).toLongLong();
    d.releaseStageId = q.value(1).toLongLong();
    d.attempt = q.value(2).toInt();
    d.reason = fromString<DeploymentReason>(q.value(3).toString()).value_or(DeploymentReason::Manual);
    d.requestedBy = q.value(4).toString();
    d.comment = q.value(5).toString();
    d.queuedAt = sql::time(q.value(6));
    d.startedAt = sql::time(q.value(7));
    d.completedAt = sql::time(q.value(8));
    d.status = fromString<DeploymentStatus>(q.value(9).toString()).value_or(DeploymentStatus::NotDeployed);
    d.operationStatus = fromString<OperationStatus>(q.value(10).toString()).value_or(OperationStatus::Queued);
    d.scheduledFor = sql::time(q.value(11));
    d.message = q.value(12).toString();
    return d;
}

Result<qint64> SqlReleaseRepository::insertRelease(const NewRelease &release, const QString &name) {
    Result<SqlCursor *> inserted =
        m_db.exec(QStringLiteral(
                      "INSERT INTO releases (pipeline_id, revision_id, name, description, created_by, created_at, "
                      "reason, status, variables, variable_groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {release.pipelineId, release.revisionId, name, release.description, release.createdBy,
                   sql::time(release.createdAt), toString(release.reason), toString(release.status),
                   sql::json(release.variables), releaseGroupsJson(release.variableGroups)});
    if (!inserted)
        return inserted.error();
    const qint64 releaseId = sql::insertedId(**inserted);
    for (const auto &[alias, versionId] : release.artifacts) {
        if (Status ok = m_db.execOnly(
                QStringLiteral("INSERT INTO release_artifacts (release_id, alias, version_id) VALUES (?, ?, ?)"),
                {releaseId, alias, sql::optionalId(versionId)});
            !ok)
            return ok.error();
    }
    // All stages in one statement: each statement costs more than its row.
    QVariantList values;
    int rank = 0;
    for (const auto &[stageName, manual] : release.stages)
        values << releaseId << stageName << ++rank << (manual ? 1 : 0);
    if (!release.stages.isEmpty()) {
        QStringList rows;
        rows.fill(QStringLiteral("(?, ?, ?, ?)"), release.stages.size());
        if (Status ok = m_db.execOnly(QStringLiteral("INSERT INTO release_stages (release_id, name, rank, is_manual) "
                                                     "VALUES ") +
                                          rows.join(QStringLiteral(", ")),
                                      values);
            !ok)
            return ok.error();
    }
    return releaseId;
}

Result<QList<ReleaseRecord>> SqlReleaseRepository::selectReleases(const QString &where, const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT r.id, r.pipeline_id, p.name, r.revision_id, v.revision, r.name, r.description, "
                       "r.created_by, r.created_at, r.reason, r.status, r.keep_forever, r.variables, r.variable_groups "
                       "FROM releases r JOIN pipelines p ON p.id = r.pipeline_id "
                       "JOIN pipeline_revisions v ON v.id = r.revision_id ") +
            where,
        values);
    if (!query)
        return query.error();
    QList<ReleaseRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        ReleaseRecord r;
        r.id = q.value(0).toLongLong();
        r.pipelineId = q.value(1).toLongLong();
        r.pipelineName = q.value(2).toString();
        r.revisionId = q.value(3).toLongLong();
        r.revision = q.value(4).toInt();
        r.name = q.value(5).toString();
        r.description = q.value(6).toString();
        r.createdBy = q.value(7).toString();
        r.createdAt = sql::time(q.value(8));
        r.reason = fromString<ReleaseReason>(q.value(9).toString()).value_or(ReleaseReason::Manual);
        r.status = fromString<ReleaseStatus>(q.value(10).toString()).value_or(ReleaseStatus::Active);
        r.keepForever = q.value(11).toBool();
        r.variables = sql::object(q.value(12));
        r.variableGroups = releaseGroupsOf(q.value(13));
        rows << r;
    }
    q.finish();
    return rows;
}

Result<std::optional<ReleaseRecord>> SqlReleaseRepository::release(qint64 id) {
    Result<QList<ReleaseRecord>> rows = selectReleases(QStringLiteral("WHERE r.id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ReleaseRecord>() : rows->first();
}

Result<QList<ReleaseRecord>> SqlReleaseRepository::releases(qint64 pipelineId, int top) {
    return selectReleases(QStringLiteral("WHERE r.pipeline_id = ? ORDER BY r.id DESC LIMIT ?"),
                          {pipelineId, sql::limit(top)});
}

Result<QList<ReleaseArtifactRecord>> SqlReleaseRepository::releaseArtifacts(qint64 releaseId) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT a.alias, v.id, v.source_id, v.version, v.branch, v.tags, v.commit_sha, v.url, v.seen_at "
                       "FROM release_artifacts a LEFT JOIN artifact_versions v ON v.id = a.version_id "
                       "WHERE a.release_id = ? ORDER BY a.alias"),
        {releaseId});
    if (!query)
        return query.error();
    QList<ReleaseArtifactRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        ReleaseArtifactRecord artifact{q.value(0).toString(), std::nullopt};
        if (!q.value(1).isNull())
            artifact.version = ArtifactVersionRecord{
                q.value(1).toLongLong(),  q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                sql::strings(q.value(5)), q.value(6).toString(),   q.value(7).toString(), sql::time(q.value(8))};
        rows << artifact;
    }
    q.finish();
    return rows;
}

Result<QList<ReleaseStageRecord>> SqlReleaseRepository::releaseStages(qint64 releaseId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id, release_id, name, rank, status, is_manual FROM release_stages "
                                 "WHERE release_id = ? ORDER BY rank"),
                  {releaseId});
    if (!query)
        return query.error();
    QList<ReleaseStageRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                     fromString<StageStatus>(q.value(4).toString()).value_or(StageStatus::NotStarted),
                     q.value(5).toBool()});
    q.finish();
    return rows;
}

Result<std::optional<StageStatus>> SqlReleaseRepository::latestReleaseStatus(qint64 pipelineId) {
    // The furthest stage of the newest release that has moved, else its first stage.
    Result<QVariant> status =
        m_db.scalar(QStringLiteral("SELECT s.status FROM release_stages s WHERE s.release_id = "
                                   "(SELECT id FROM releases WHERE pipeline_id = ? ORDER BY id DESC LIMIT 1) "
                                   "ORDER BY (s.status <> 'notStarted') DESC, s.rank DESC LIMIT 1"),
                    {pipelineId});
    if (!status)
        return status.error();
    if (!status->isValid())
        return std::optional<StageStatus>();
    return fromString<StageStatus>(status->toString());
}

Status SqlReleaseRepository::setReleaseStatus(qint64 releaseId, ReleaseStatus status) {
    return m_db.execOnly(QStringLiteral("UPDATE releases SET status = ? WHERE id = ?"), {toString(status), releaseId});
}

Status SqlReleaseRepository::setKeepForever(qint64 releaseId, bool keep) {
    return m_db.execOnly(QStringLiteral("UPDATE releases SET keep_forever = ? WHERE id = ?"),
                         {keep ? 1 : 0, releaseId});
}

Result<bool> SqlReleaseRepository::hasDeploymentInProgress(qint64 releaseId) {
    Result<QVariant> found =
        m_db.scalar(QStringLiteral("SELECT 1 FROM deployments d JOIN release_stages s ON s.id = d.release_stage_id "
                                   "WHERE s.release_id = ? AND d.status = 'inProgress' LIMIT 1"),
                    {releaseId});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<qint64> SqlReleaseRepository::insertDeployment(const DeploymentRecord &d, Rollup rollup) {
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO deployments (release_stage_id, attempt, reason, requested_by, comment, queued_at, "
                       "started_at, completed_at, status, operation_status, release_id, stage_name, pipeline_id) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, s.release_id, s.name, r.pipeline_id "
                       "FROM release_stages s JOIN releases r ON r.id = s.release_id WHERE s.id = ? RETURNING id"),
        {d.releaseStageId, d.attempt, toString(d.reason), d.requestedBy, d.comment, sql::time(d.queuedAt),
         sql::time(d.startedAt), sql::time(d.completedAt), toString(d.status), toString(d.operationStatus),
         d.releaseStageId});
    if (!inserted)
        return inserted.error();
    const qint64 id = sql::insertedId(**inserted);
    if (rollup == Rollup::Now && d.operationStatus == OperationStatus::Done)
        if (Status counted = rollUpCompletion(m_db, id); !counted)
            return counted.error();
    return id;
}

Result<QList<DeploymentRecord>> SqlReleaseRepository::deployments(qint64 releaseStageId) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT id, release_stage_id, attempt, reason, requested_by, comment, queued_at, started_at, "
                       "completed_at, status, operation_status, scheduled_for, message, variables FROM deployments "
                       "WHERE release_stage_id = ? ORDER BY attempt"),
        {releaseStageId});
    if (!query)
        return query.error();
    QList<DeploymentRecord> rows;
    while ((*query)->next()) {
        rows << deploymentFromRow(**query);
        rows.last().variables = QJsonDocument::fromJson((*query)->value(13).toString().toUtf8()).object();
    }
    (*query)->finish();
    return rows;
}

Status SqlReleaseRepository::setDeploymentState(qint64 deploymentId, DeploymentStatus status, OperationStatus operation,
                                                const QDateTime &at) {
    const bool finished = operation == OperationStatus::Done;
    const bool started = status == DeploymentStatus::InProgress;
    return m_db.execOnly(
        QStringLiteral("UPDATE deployments SET status = ?, operation_status = ?, "
                       "started_at = CASE WHEN ? = 1 AND started_at IS NULL THEN ? ELSE started_at END, "
                       "completed_at = CASE WHEN ? = 1 THEN ? ELSE completed_at END WHERE id = ?"),
        {toString(status), toString(operation), started, sql::time(at), finished, sql::time(at), deploymentId});
}

Status SqlReleaseRepository::setStageStatus(qint64 releaseStageId, StageStatus status) {
    return m_db.execOnly(QStringLiteral("UPDATE release_stages SET status = ? WHERE id = ?"),
                         {toString(status), releaseStageId});
}

Result<QList<StageDeploymentSummary>> SqlReleaseRepository::stageDeployments(qint64 pipelineId) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "SELECT release_id, stage_name, max(coalesce(completed_at, started_at, queued_at)), "
            "max(CASE WHEN operation_status <> 'done' THEN 1 ELSE 0 END) FROM deployments WHERE pipeline_id = ? "
            "GROUP BY release_id, stage_name"),
        {pipelineId});
    if (!query)
        return query.error();
    QList<StageDeploymentSummary> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), sql::time(q.value(2)), q.value(3).toBool()});
    q.finish();
    return rows;
}

Status SqlReleaseRepository::deleteRelease(qint64 releaseId) {
    return m_db.execOnly(QStringLiteral("DELETE FROM releases WHERE id = ?"), {releaseId});
}

Result<QList<qint64>> SqlReleaseRepository::deploymentIds(qint64 releaseId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id FROM deployments WHERE release_id = ? ORDER BY id"), {releaseId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while ((*query)->next())
        ids << (*query)->value(0).toLongLong();
    (*query)->finish();
    return ids;
}

Result<QList<ReleaseRecord>> SqlReleaseRepository::query(const ReleaseQuery &q) {
    QString where = QStringLiteral("WHERE TRUE");
    QVariantList values;
    if (q.pipelineId) {
        where += QStringLiteral(" AND r.pipeline_id = ?");
        values << q.pipelineId;
    }
    if (q.status) {
        where += QStringLiteral(" AND r.status = ?");
        values << toString(*q.status);
    }
    if (!q.createdBy.isEmpty()) {
        where += QStringLiteral(" AND r.created_by = ?");
        values << q.createdBy;
    }
    if (!q.searchText.isEmpty()) {
        where += QStringLiteral(" AND instr(lower(r.name), lower(?)) > 0");
        values << q.searchText;
    }
    if (!q.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : q.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        where += QStringLiteral(" AND r.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    for (const auto &[bound, op] : {std::pair{&q.minCreated, ">="}, std::pair{&q.maxCreated, "<"}})
        if (bound->isValid()) {
            where += QStringLiteral(" AND r.created_at %1 ?").arg(QLatin1String(op));
            values << sql::time(*bound);
        }
    if (!q.stageStatuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : q.stageStatuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM release_stages s WHERE s.release_id = r.id AND "
                                "s.status IN (%1))")
                     .arg(marks.join(QLatin1Char(',')));
    }
    if (q.startId) {
        where += q.ascending ? QStringLiteral(" AND r.id >= ?") : QStringLiteral(" AND r.id <= ?");
        values << q.startId;
    }
    where += q.ascending ? QStringLiteral(" ORDER BY r.id LIMIT ?") : QStringLiteral(" ORDER BY r.id DESC LIMIT ?");
    values << sql::limit(q.limit);
    return selectReleases(where, values);
}

Status SqlReleaseRepository::setDescription(qint64 releaseId, const QString &description) {
    return m_db.execOnly(QStringLiteral("UPDATE releases SET description = ? WHERE id = ?"), {description, releaseId});
}

Status SqlReleaseRepository::setName(qint64 releaseId, const QString &name) {
    return m_db.execOnly(QStringLiteral("UPDATE releases SET name = ? WHERE id = ?"), {name, releaseId});
}

} // namespace slipway
