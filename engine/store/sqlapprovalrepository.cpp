#include "sqlapprovalrepository.h"

#include "sqlvalues.h"

namespace slipway {

Result<qint64> SqlApprovalRepository::create(const ApprovalRecord &a) {
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO approvals (deployment_id, kind, approver, is_group, rank, status, comment, "
                       "acted_by, acted_at, created_at, release_id, stage_name) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, d.release_id, d.stage_name FROM deployments d "
                       "WHERE d.id = ? RETURNING id"),
        {a.deploymentId, toString(a.kind), a.approver, a.approver.startsWith(QLatin1String("group:")), a.rank,
         toString(a.status), a.comment, a.actedBy.isEmpty() ? QVariant() : QVariant(a.actedBy), sql::time(a.actedAt),
         sql::time(a.createdAt), a.deploymentId});
    if (!inserted)
        return inserted.error();
    const qint64 id = sql::insertedId(**inserted);
    if (Status ok = addHistory(id, a.createdAt, a.actedBy.isEmpty() ? QStringLiteral("slipway") : a.actedBy, a.status,
                               a.comment);
        !ok)
        return ok.error();
    return id;
}

Status SqlApprovalRepository::addHistory(qint64 approvalId, const QDateTime &at, const QString &actor,
                                            ApprovalStatus status, const QString &comment) {
    return m_db.execOnly(QStringLiteral("INSERT INTO approval_history (approval_id, at, actor, status, comment) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {approvalId, sql::time(at), actor, toString(status), comment});
}

Result<QList<ApprovalRecord>> SqlApprovalRepository::select(const QString &where, const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT a.id, a.deployment_id, a.kind, a.approver, a.rank, a.status, a.comment, a.acted_by, "
                       "a.acted_at, a.deferred_until, a.created_at, r.id, r.name, d.stage_name, p.id, p.name, "
                       "d.attempt, d.requested_by, d.release_stage_id, s.rank FROM approvals a JOIN deployments d ON "
                       "d.id = a.deployment_id JOIN releases r ON r.id = d.release_id JOIN pipelines p ON p.id = "
                       "r.pipeline_id JOIN release_stages s ON s.id = d.release_stage_id ") +
            where,
        values);
    if (!query)
        return query.error();
    QList<ApprovalRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        ApprovalRecord a;
        a.id = q.value(0).toLongLong();
        a.deploymentId = q.value(1).toLongLong();
        a.kind = fromString<ApprovalKind>(q.value(2).toString()).value_or(ApprovalKind::PreDeploy);
        a.approver = q.value(3).toString();
        a.rank = q.value(4).toInt();
        a.status = fromString<ApprovalStatus>(q.value(5).toString()).value_or(ApprovalStatus::Pending);
        a.comment = q.value(6).toString();
        a.actedBy = q.value(7).toString();
        a.actedAt = sql::time(q.value(8));
        a.deferredUntil = sql::time(q.value(9));
        a.createdAt = sql::time(q.value(10));
        a.releaseId = q.value(11).toLongLong();
        a.releaseName = q.value(12).toString();
        a.stageName = q.value(13).toString();
        a.pipelineId = q.value(14).toLongLong();
        a.pipelineName = q.value(15).toString();
        a.attempt = q.value(16).toInt();
        a.requestedBy = q.value(17).toString();
        a.releaseStageId = q.value(18).toLongLong();
        a.stageRank = q.value(19).toInt();
        rows << a;
    }
    q.finish();
    return rows;
}

Result<std::optional<ApprovalRecord>> SqlApprovalRepository::approval(qint64 id) {
    Result<QList<ApprovalRecord>> rows = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ApprovalRecord>() : rows->first();
}

Result<QList<ApprovalRecord>> SqlApprovalRepository::ofDeployment(qint64 deploymentId) {
    return select(QStringLiteral("WHERE a.deployment_id = ? ORDER BY a.kind DESC, a.rank, a.id"), {deploymentId});
}

Result<QList<ApprovalRecord>> SqlApprovalRepository::pending(const QStringList &approvers, int limit) {
    if (approvers.isEmpty())
        return select(QStringLiteral("WHERE a.status = 'pending' ORDER BY a.id DESC LIMIT ?"),
                      {sql::limit(limit > 0 ? limit : -1)});
    QStringList marks;
    QVariantList values;
    for (const QString &approver : approvers) {
        marks << QStringLiteral("?");
        values << approver;
    }
    values << sql::limit(limit > 0 ? limit : -1);
    return select(QStringLiteral("WHERE a.status = 'pending' AND a.approver IN (%1) ORDER BY a.id DESC LIMIT ?")
                      .arg(marks.join(QLatin1Char(','))),
                  values);
}

Status SqlApprovalRepository::decide(qint64 id, ApprovalStatus status, const QString &actor, const QString &comment,
                                        const QDateTime &deferredUntil, const QDateTime &at) {
    if (Status ok = m_db.execOnly(QStringLiteral("UPDATE approvals SET status = ?, acted_by = ?, acted_at = ?, "
                                                 "comment = ?, deferred_until = ? WHERE id = ?"),
                                  {toString(status), actor, sql::time(at), comment, sql::time(deferredUntil), id});
        !ok)
        return ok;
    return addHistory(id, at, actor, status, comment);
}

Result<QList<ApprovalHistoryRecord>> SqlApprovalRepository::history(qint64 approvalId) {
    Result<SqlCursor *> query = m_db.exec(QStringLiteral("SELECT id, approval_id, at, actor, status, comment FROM "
                                                         "approval_history WHERE approval_id = ? ORDER BY id"),
                                          {approvalId});
    if (!query)
        return query.error();
    QList<ApprovalHistoryRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::time(q.value(2)), q.value(3).toString(),
                     fromString<ApprovalStatus>(q.value(4).toString()).value_or(ApprovalStatus::Pending),
                     q.value(5).toString()});
    q.finish();
    return rows;
}

Result<qint64> SqlApprovalRepository::recordGateEvaluation(const GateEvaluationRecord &e) {
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO gate_evaluations (deployment_id, phase, at, passed, results) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {e.deploymentId, e.phase, sql::time(e.at), e.passed,
         QString::fromUtf8(QJsonDocument(e.results).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return sql::insertedId(**inserted);
}

Result<QList<GateEvaluationRecord>> SqlApprovalRepository::gateEvaluations(qint64 deploymentId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id, deployment_id, phase, at, passed, results FROM gate_evaluations "
                                 "WHERE deployment_id = ? ORDER BY id"),
                  {deploymentId});
    if (!query)
        return query.error();
    QList<GateEvaluationRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), sql::time(q.value(3)),
                     q.value(4).toBool(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()});
    q.finish();
    return rows;
}

Status SqlApprovalRepository::ignoreGate(qint64 deploymentId, const GateIgnoreRecord &ignore) {
    Result<QVariant> inserted =
        m_db.scalar(QStringLiteral("INSERT INTO gate_ignores (deployment_id, phase, gate, actor, comment, at) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                    {deploymentId, ignore.phase, ignore.gate, ignore.actor, ignore.comment, sql::time(ignore.at)});
    if (!inserted)
        return inserted.error();
    if (!inserted->isValid())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "gate \"%1\" of deployment %2 is already ignored"),
                               {ignore.gate, QString::number(deploymentId)});
    return {};
}

Result<QList<GateIgnoreRecord>> SqlApprovalRepository::ignoredGates(qint64 deploymentId) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT phase, gate, actor, comment, at FROM gate_ignores WHERE deployment_id = ? ORDER BY id"),
        {deploymentId});
    if (!query)
        return query.error();
    QList<GateIgnoreRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     sql::time(q.value(4))});
    q.finish();
    return rows;
}

Result<QList<ApprovalRecord>> SqlApprovalRepository::query(const ApprovalQuery &q) {
    QString where = QStringLiteral("WHERE TRUE");
    QVariantList values;
    auto anyOf = [&](const QString &column, const QVariantList &items) {
        QStringList marks;
        for (const QVariant &item : items) {
            marks << QStringLiteral("?");
            values << item;
        }
        where += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (!q.approvers.isEmpty()) {
        QVariantList items;
        for (const QString &approver : q.approvers)
            items << approver;
        anyOf(QStringLiteral("a.approver"), items);
    }
    if (q.status) {
        where += QStringLiteral(" AND a.status = ?");
        values << toString(*q.status);
    }
    if (!q.releaseIds.isEmpty()) {
        QVariantList items;
        for (qint64 id : q.releaseIds)
            items << id;
        anyOf(QStringLiteral("d.release_id"), items);
    }
    if (q.kind) {
        where += QStringLiteral(" AND a.kind = ?");
        values << toString(*q.kind);
    }
    if (q.startId) {
        where += q.ascending ? QStringLiteral(" AND a.id >= ?") : QStringLiteral(" AND a.id <= ?");
        values << q.startId;
    }
    where += q.ascending ? QStringLiteral(" ORDER BY a.id LIMIT ?") : QStringLiteral(" ORDER BY a.id DESC LIMIT ?");
    values << sql::limit(q.limit);
    return select(where, values);
}

} // namespace slipway
