// The releases grid's queries of the release repository: keyset pages, one row, the search.
#include "sqlreleaserepository.h"

#include "sqlartifactsummaries.h"
#include "sqlvalues.h"

#include <QHash>

namespace slipway {

Result<QList<ReleaseGridRow>> SqlReleaseRepository::gridRows(const QString &where, const QVariantList &values) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id, name, created_by, created_at, status FROM releases ") + where, values);
    if (!query)
        return query.error();
    QList<ReleaseGridRow> rows;
    QHash<qint64, qsizetype> rowOf;
    SqlCursor &q = **query;
    while (q.next()) {
        ReleaseGridRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.createdBy = q.value(2).toString();
        row.createdAt = sql::time(q.value(3));
        row.status = fromString<ReleaseStatus>(q.value(4).toString()).value_or(ReleaseStatus::Active);
        rowOf.insert(row.id, rows.size());
        rows << row;
    }
    q.finish();
    if (rows.isEmpty())
        return rows;

    // A few queries for the whole page rather than a few per row.
    QVariantList ids;
    for (const ReleaseGridRow &row : rows)
        ids << row.id;
    if (Status ok = addGridStages(rows, rowOf, ids); !ok)
        return ok.error();
    Result<QHash<qint64, QString>> summaries = artifactSummaries(m_db, ids);
    if (!summaries)
        return summaries.error();
    for (ReleaseGridRow &row : rows)
        row.artifactSummary = summaries->value(row.id);
    return rows;
}

// Each stage's status, whether it is manual, and its newest deployment.
Status SqlReleaseRepository::addGridStages(QList<ReleaseGridRow> &rows, const QHash<qint64, qsizetype> &rowOf,
                                           const QVariantList &ids) {
    Result<SqlCursor *> stages = m_db.exec(
        QStringLiteral(
            "SELECT s.release_id, s.name, s.status, s.is_manual, d.id, d.attempt, d.status, "
            "d.operation_status, d.requested_by, d.queued_at, d.started_at, d.completed_at, "
            "d.scheduled_for, d.message FROM release_stages s LEFT JOIN deployments d ON d.id = (SELECT e.id FROM "
            "deployments e WHERE e.release_stage_id = s.id ORDER BY e.attempt DESC LIMIT 1) "
            "WHERE s.release_id IN (%1) ORDER BY s.release_id, s.rank")
            .arg(sql::placeholders(ids.size())),
        ids);
    if (!stages)
        return stages.error();
    QHash<qint64, std::pair<qsizetype, QString>> byDeployment; // deployment -> row, stage
    SqlCursor &q = **stages;
    while (q.next()) {
        const qsizetype index = rowOf.value(q.value(0).toLongLong());
        ReleaseGridRow &row = rows[index];
        const QString name = q.value(1).toString();
        row.stages.append({name, fromString<StageStatus>(q.value(2).toString()).value_or(StageStatus::NotStarted)});
        if (q.value(3).toBool())
            row.manualStages << name;
        if (q.isNull(4))
            continue;
        GridStageDeployment latest;
        latest.attempt = q.value(5).toInt();
        latest.status = fromString<DeploymentStatus>(q.value(6).toString()).value_or(DeploymentStatus::NotDeployed);
        latest.operation = fromString<OperationStatus>(q.value(7).toString()).value_or(OperationStatus::Queued);
        latest.requestedBy = q.value(8).toString();
        latest.queuedAt = sql::time(q.value(9));
        latest.startedAt = sql::time(q.value(10));
        latest.completedAt = sql::time(q.value(11));
        latest.scheduledFor = sql::time(q.value(12));
        latest.message = q.value(13).toString();
        const OperationStatus operation = latest.operation;
        if (operation == OperationStatus::PendingApproval || operation == OperationStatus::EvaluatingGates ||
            operation == OperationStatus::Deferred || operation == OperationStatus::PendingIntervention)
            row.waiting.insert(name, operation);
        row.latest.insert(name, latest);
        byDeployment.insert(q.value(4).toLongLong(), {index, name});
    }
    q.finish();
    return addGridApprovals(rows, byDeployment);
}

// Who approved the newest deployments, and who they still wait for.
Status SqlReleaseRepository::addGridApprovals(QList<ReleaseGridRow> &rows,
                                              const QHash<qint64, std::pair<qsizetype, QString>> &byDeployment) {
    if (byDeployment.isEmpty())
        return {};
    QVariantList ids;
    for (auto it = byDeployment.cbegin(); it != byDeployment.cend(); ++it)
        ids << it.key();
    Result<SqlCursor *> approvals =
        m_db.exec(QStringLiteral("SELECT deployment_id, approver, is_group, status, acted_by FROM approvals "
                                 "WHERE deployment_id IN (%1) ORDER BY deployment_id, kind DESC, rank, id")
                      .arg(sql::placeholders(ids.size())),
                  ids);
    if (!approvals)
        return approvals.error();
    SqlCursor &q = **approvals;
    while (q.next()) {
        const auto [index, stage] = byDeployment.value(q.value(0).toLongLong());
        GridStageDeployment &latest = rows[index].latest[stage];
        const QString status = q.value(3).toString();
        if (status == toString(ApprovalStatus::Pending))
            latest.awaiting << (q.value(2).toBool() ? QStringLiteral("group:") : QString()) + q.value(1).toString();
        else if (status == toString(ApprovalStatus::Approved) && !latest.approvedBy.contains(q.value(4).toString()))
            latest.approvedBy << q.value(4).toString();
    }
    q.finish();
    return {};
}

Result<QList<ReleaseGridRow>> SqlReleaseRepository::gridPage(qint64 pipelineId, qint64 beforeId, int limit) {
    return gridSearch(pipelineId, {}, beforeId, false, limit);
}

Result<QList<ReleaseGridRow>> SqlReleaseRepository::gridPageAscending(qint64 pipelineId, qint64 afterId, int limit) {
    return gridSearch(pipelineId, {}, afterId, true, limit);
}

Result<QList<ReleaseGridRow>> SqlReleaseRepository::gridSearch(qint64 pipelineId, const ReleaseGridFilter &filter,
                                                               qint64 fromId, bool ascending, int limit) {
    // Along releases_by_pipeline in id order: a page stops after `limit` matches.
    QString where = QStringLiteral("WHERE pipeline_id = ?");
    QVariantList values{pipelineId};
    if (fromId > 0 || ascending) {
        where += ascending ? QStringLiteral(" AND id > ?") : QStringLiteral(" AND id < ?");
        values << fromId;
    }
    if (filter.createdFrom.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        values << sql::time(filter.createdFrom);
    }
    if (filter.createdTo.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        values << sql::time(filter.createdTo);
    }
    if (!filter.text.isEmpty()) {
        where +=
            QStringLiteral(" AND (instr(lower(name), lower(?)) > 0 OR instr(lower(created_by), lower(?)) > 0 OR EXISTS "
                           "(SELECT 1 FROM release_artifacts a JOIN artifact_versions v ON v.id = a.version_id WHERE "
                           "a.release_id = releases.id AND instr(lower(a.alias || ' ' || v.version), lower(?)) > 0))");
        values << filter.text << filter.text << filter.text;
    }
    where += ascending ? QStringLiteral(" ORDER BY id ASC LIMIT ?") : QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << sql::limit(limit);
    return gridRows(where, values);
}

Result<std::optional<ReleaseGridRow>> SqlReleaseRepository::gridRow(qint64 releaseId) {
    Result<QList<ReleaseGridRow>> rows = gridRows(QStringLiteral("WHERE id = ?"), {releaseId});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ReleaseGridRow>() : rows->first();
}

} // namespace slipway
