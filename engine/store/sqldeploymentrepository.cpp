#include "sqldeploymentrepository.h"

#include "sqlreleaserepository.h"
#include "sqlrollups.h"
#include "sqlvalues.h"

#include <QJsonDocument>

namespace slipway {

Result<DeploymentRecord> SqlDeploymentRepository::request(qint64 releaseStageId, DeploymentReason reason,
                                                          const QString &requestedBy, const QString &comment,
                                                          const QDateTime &queuedAt, const QDateTime &scheduledFor,
                                                          const QJsonObject &variables) {
    Result<QVariant> previous =
        m_db.scalar(QStringLiteral("SELECT coalesce(max(attempt), 0) FROM deployments WHERE release_stage_id = ?"),
                    {releaseStageId});
    if (!previous)
        return previous.error();
    DeploymentRecord d;
    d.releaseStageId = releaseStageId;
    d.attempt = previous->toInt() + 1;
    d.reason = reason;
    d.requestedBy = requestedBy;
    d.comment = comment;
    d.queuedAt = queuedAt;
    d.scheduledFor = scheduledFor;
    d.variables = variables;
    d.operationStatus = scheduledFor.isValid() ? OperationStatus::Deferred : OperationStatus::Queued;
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO deployments (release_stage_id, attempt, reason, requested_by, comment, queued_at, "
                       "scheduled_for, status, operation_status, variables, release_id, stage_name, pipeline_id) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, s.release_id, s.name, r.pipeline_id "
                       "FROM release_stages s JOIN releases r ON r.id = s.release_id WHERE s.id = ? RETURNING id"),
        {releaseStageId, d.attempt, toString(reason), requestedBy, comment, sql::time(queuedAt),
         sql::time(scheduledFor), toString(d.status), toString(d.operationStatus),
         QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)), releaseStageId});
    if (!inserted)
        return inserted.error();
    d.id = sql::insertedId(**inserted);
    return d;
}

Result<QList<DeploymentContext>> SqlDeploymentRepository::select(const QString &where, const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT d.id, d.release_stage_id, d.attempt, d.reason, d.requested_by, d.comment, d.queued_at, "
                       "d.started_at, d.completed_at, d.status, d.operation_status, d.scheduled_for, d.message, "
                       "r.id, r.name, r.status, r.pipeline_id, r.revision_id, s.name, s.rank, d.owner, d.owner_pid, "
                       "d.owner_host, d.lease_until, d.step, d.step_started_at, d.step_deadline, d.succeeding_since, "
                       "d.tasks_outcome, d.variables FROM deployments d "
                       "JOIN release_stages s ON s.id = d.release_stage_id JOIN releases r ON r.id = s.release_id ") +
            where,
        values);
    if (!query)
        return query.error();
    QList<DeploymentContext> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        DeploymentContext c;
        c.deployment = deploymentFromRow(q);
        c.releaseId = q.value(13).toLongLong();
        c.releaseName = q.value(14).toString();
        c.releaseStatus = fromString<ReleaseStatus>(q.value(15).toString()).value_or(ReleaseStatus::Active);
        c.pipelineId = q.value(16).toLongLong();
        c.revisionId = q.value(17).toLongLong();
        c.stageName = q.value(18).toString();
        c.stageRank = q.value(19).toInt();
        c.owner = q.value(20).toString();
        c.ownerPid = q.value(21).toLongLong();
        c.ownerHost = q.value(22).toString();
        c.leaseUntil = sql::time(q.value(23));
        if (!q.value(24).isNull())
            c.step = fromString<DeploymentStep>(q.value(24).toString());
        c.stepStartedAt = sql::time(q.value(25));
        c.stepDeadline = sql::time(q.value(26));
        c.succeedingSince = sql::time(q.value(27));
        c.tasksOutcome = q.value(28).toString();
        c.deployment.variables = QJsonDocument::fromJson(q.value(29).toString().toUtf8()).object();
        rows << c;
    }
    q.finish();
    return rows;
}

Result<std::optional<DeploymentContext>> SqlDeploymentRepository::deployment(qint64 id) {
    Result<QList<DeploymentContext>> rows = select(QStringLiteral("WHERE d.id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<DeploymentContext>() : rows->first();
}

Result<QList<DeploymentContext>> SqlDeploymentRepository::activeDeployments() {
    // Listed values (not "<> 'queued'") so the queue is not read; the partial index's own term is repeated because
    // SQLite uses a partial index only when the query states its WHERE (it does not derive it from an IN list).
    return select(QStringLiteral("WHERE d.operation_status <> 'done' AND d.operation_status IN ('pendingApproval', "
                                 "'evaluatingGates', 'deferred', 'running', 'pendingIntervention', 'cancelling') "
                                 "ORDER BY d.id"),
                  {});
}

Result<QList<std::pair<qint64, QString>>> SqlDeploymentRepository::queuedStages() {
    // A skip scan over the queue index: one probe per stage, however long the queues are.
    QList<std::pair<qint64, QString>> stages;
    qint64 pipelineId = -1;
    QString stage;
    for (;;) {
        Result<SqlCursor *> query = m_db.exec(
            QStringLiteral("SELECT pipeline_id, stage_name FROM deployments WHERE operation_status = 'queued' "
                           "AND (pipeline_id, stage_name) > (?, ?) ORDER BY pipeline_id, stage_name LIMIT 1"),
            {pipelineId, stage});
        if (!query)
            return query.error();
        const bool found = (*query)->next();
        if (found) {
            pipelineId = (*query)->value(0).toLongLong();
            stage = (*query)->value(1).toString();
        }
        (*query)->finish();
        if (!found)
            return stages;
        stages.append({pipelineId, stage});
    }
}

Result<QList<DeploymentContext>> SqlDeploymentRepository::queued(qint64 pipelineId, const QString &stage, int limit) {
    return select(QStringLiteral("WHERE d.operation_status = 'queued' AND d.pipeline_id = ? "
                                 "AND d.stage_name = ? ORDER BY d.release_id, d.id LIMIT ?"),
                  {pipelineId, stage, sql::limit(limit > 0 ? limit : -1)});
}

Result<bool> SqlDeploymentRepository::claim(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil,
                                            const QDateTime &now) {
    // The WHERE clause is the claim: only an unowned, queued deployment changes hands.
    Result<QVariant> claimed = m_db.scalar(
        QStringLiteral(
            "UPDATE deployments SET owner = ?, owner_pid = ?, owner_host = ?, lease_until = ?, "
            "started_at = coalesce(started_at, ?), status = 'inProgress', operation_status = 'running', "
            "step = 'tasks', step_started_at = ?, step_deadline = NULL, message = '' " // no longer waits for an agent
            "WHERE id = ? AND owner IS NULL AND operation_status IN ('queued', 'deferred') "
            "RETURNING id"),
        {owner.id, owner.pid, owner.host, sql::time(leaseUntil), sql::time(now), sql::time(now), id});
    if (!claimed)
        return claimed.error();
    return claimed->isValid();
}

Status SqlDeploymentRepository::renewLeases(const QString &ownerId, const QDateTime &leaseUntil) {
    return m_db.execOnly(
        QStringLiteral("UPDATE deployments SET lease_until = ? WHERE owner = ? AND status = 'inProgress'"),
        {sql::time(leaseUntil), ownerId});
}

Status SqlDeploymentRepository::noteWait(qint64 id, const QString &message) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET message = ? WHERE id = ? AND owner IS NULL AND "
                                        "operation_status IN ('queued', 'deferred')"),
                         {message, id});
}

Status SqlDeploymentRepository::setOperation(qint64 id, OperationStatus operation) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET operation_status = ? WHERE id = ?"),
                         {toString(operation), id});
}

Status SqlDeploymentRepository::setStep(qint64 id, DeploymentStep step, OperationStatus operation,
                                        const QDateTime &startedAt, const QDateTime &deadline) {
    return m_db.execOnly(
        QStringLiteral("UPDATE deployments SET step = ?, operation_status = ?, step_started_at = ?, "
                       "step_deadline = ?, succeeding_since = NULL, status = 'inProgress', "
                       "started_at = coalesce(started_at, ?) WHERE id = ?"),
        {toString(step), toString(operation), sql::time(startedAt), sql::time(deadline), sql::time(startedAt), id});
}

Status SqlDeploymentRepository::setScheduledFor(qint64 id, const QDateTime &at) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET scheduled_for = ? WHERE id = ?"), {sql::time(at), id});
}

Status SqlDeploymentRepository::setTasksOutcome(qint64 id, const QString &outcome) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET tasks_outcome = ? WHERE id = ?"), {outcome, id});
}

Status SqlDeploymentRepository::setSucceedingSince(qint64 id, const QDateTime &at) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET succeeding_since = ? WHERE id = ?"),
                         {sql::time(at), id});
}

Status SqlDeploymentRepository::releaseOwner(qint64 id) {
    return m_db.execOnly(QStringLiteral("UPDATE deployments SET owner = NULL, owner_pid = NULL, owner_host = NULL, "
                                        "lease_until = NULL WHERE id = ?"),
                         {id});
}

Result<bool> SqlDeploymentRepository::claimGates(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil) {
    Result<QVariant> claimed = m_db.scalar(
        QStringLiteral("UPDATE deployments SET owner = ?, owner_pid = ?, owner_host = ?, lease_until = ? "
                       "WHERE id = ? AND owner IS NULL AND operation_status = 'evaluatingGates' RETURNING id"),
        {owner.id, owner.pid, owner.host, sql::time(leaseUntil), id});
    if (!claimed)
        return claimed.error();
    return claimed->isValid();
}

Result<bool> SqlDeploymentRepository::claimIntervention(qint64 id, const EngineOwner &owner,
                                                        const QDateTime &leaseUntil) {
    Result<QVariant> claimed = m_db.scalar(
        QStringLiteral("UPDATE deployments SET owner = ?, owner_pid = ?, owner_host = ?, lease_until = ? "
                       "WHERE id = ? AND owner IS NULL AND operation_status = 'pendingIntervention' RETURNING id"),
        {owner.id, owner.pid, owner.host, sql::time(leaseUntil), id});
    if (!claimed)
        return claimed.error();
    return claimed->isValid();
}

Result<std::optional<DeploymentContext>> SqlDeploymentRepository::latestOf(qint64 releaseId, const QString &stage) {
    Result<QList<DeploymentContext>> rows = select(
        QStringLiteral("WHERE s.release_id = ? AND s.name = ? ORDER BY d.attempt DESC LIMIT 1"), {releaseId, stage});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<DeploymentContext>() : rows->first();
}

Status SqlDeploymentRepository::complete(qint64 id, DeploymentStatus status, const QString &message,
                                         const QDateTime &at) {
    // Completed once: a second completion changes the row, not the rollups that counted the first.
    Result<QVariant> before =
        m_db.scalar(QStringLiteral("SELECT operation_status FROM deployments WHERE id = ?"), {id});
    if (!before)
        return before.error();
    if (Status ok = m_db.execOnly(
            QStringLiteral("UPDATE deployments SET status = ?, operation_status = 'done', "
                           "completed_at = ?, message = ?, lease_until = NULL, step_deadline = NULL WHERE id = ?"),
            {toString(status), sql::time(at), message, id});
        !ok)
        return ok;
    if (!before->isValid() || before->toString() == QLatin1String("done"))
        return {};
    return rollUpCompletion(m_db, id);
}

Result<qint64> SqlDeploymentRepository::startTask(qint64 deploymentId, int index, const QString &name,
                                                  const QDateTime &at) {
    Result<SqlCursor *> inserted =
        m_db.exec(QStringLiteral("INSERT INTO task_runs (deployment_id, task_index, name, status, started_at) "
                                 "VALUES (?, ?, ?, 'inProgress', ?) RETURNING id"),
                  {deploymentId, index, name, sql::time(at)});
    if (!inserted)
        return inserted.error();
    return sql::insertedId(**inserted);
}

Status SqlDeploymentRepository::recordTask(qint64 deploymentId, int index, const QString &name, TaskStatus status,
                                           const QString &message) {
    return m_db.execOnly(QStringLiteral("INSERT INTO task_runs (deployment_id, task_index, name, status, message) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {deploymentId, index, name, toString(status), message});
}

Status SqlDeploymentRepository::finishTask(qint64 taskRunId, TaskStatus status, std::optional<int> exitCode,
                                           const QString &message, const QDateTime &at) {
    return m_db.execOnly(
        // Its engine ended the task's process group as the task finished (ProcessTask kills what remains of it).
        QStringLiteral("UPDATE task_runs SET status = ?, exit_code = ?, message = ?, ended_at = ?, "
                       "group_gone_at = CASE WHEN process_group IS NULL THEN NULL ELSE coalesce(group_gone_at, ?) END "
                       "WHERE id = ?"),
        {toString(status), exitCode ? QVariant(*exitCode) : QVariant(), message, sql::time(at), sql::time(at),
         taskRunId});
}

Status SqlDeploymentRepository::interruptRunningTasks(qint64 deploymentId, const QDateTime &at) {
    return m_db.execOnly(QStringLiteral("UPDATE task_runs SET status = 'interrupted', ended_at = ?, "
                                        "message = 'the engine running it stopped' "
                                        "WHERE deployment_id = ? AND status = 'inProgress'"),
                         {sql::time(at), deploymentId});
}

Status SqlDeploymentRepository::appendLog(const QList<LogLineRecord> &lines) {
    for (const LogLineRecord &line : lines)
        if (Status ok = m_db.execOnly(
                QStringLiteral("INSERT INTO log_lines (task_run_id, at, stream, line) VALUES (?, ?, ?, ?)"),
                {line.taskRunId, sql::time(line.at), line.stream, line.line});
            !ok)
            return ok;
    return {};
}

Result<QList<TaskRunRecord>> SqlDeploymentRepository::taskRuns(qint64 deploymentId) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "SELECT id, deployment_id, task_index, name, status, started_at, ended_at, exit_code, message, "
            "decision, decided_by, decision_comment FROM task_runs WHERE deployment_id = ? ORDER BY task_index"),
        {deploymentId});
    if (!query)
        return query.error();
    QList<TaskRunRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        TaskRunRecord t;
        t.id = q.value(0).toLongLong();
        t.deploymentId = q.value(1).toLongLong();
        t.index = q.value(2).toInt();
        t.name = q.value(3).toString();
        t.status = fromString<TaskStatus>(q.value(4).toString()).value_or(TaskStatus::Pending);
        t.startedAt = sql::time(q.value(5));
        t.endedAt = sql::time(q.value(6));
        if (!q.value(7).isNull())
            t.exitCode = q.value(7).toInt();
        t.message = q.value(8).toString();
        t.decision = q.value(9).toString();
        t.decidedBy = q.value(10).toString();
        t.decisionComment = q.value(11).toString();
        rows << t;
    }
    q.finish();
    return rows;
}

Result<bool> SqlDeploymentRepository::decideIntervention(qint64 taskRunId, const QString &decision, const QString &by,
                                                         const QString &comment) {
    Result<QVariant> decided =
        m_db.scalar(QStringLiteral("UPDATE task_runs SET decision = ?, decided_by = ?, decision_comment = ? "
                                   "WHERE id = ? AND decision IS NULL AND status = 'inProgress' RETURNING id"),
                    {decision, by, comment, taskRunId});
    if (!decided)
        return decided.error();
    return decided->isValid();
}

Result<QList<LogLineRecord>> SqlDeploymentRepository::logLines(qint64 deploymentId, qint64 afterId, int limit) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT l.id, l.task_run_id, l.at, l.stream, l.line FROM log_lines l "
                                 "JOIN task_runs t ON t.id = l.task_run_id WHERE t.deployment_id = ? AND l.id > ? "
                                 "ORDER BY l.id LIMIT ?"),
                  {deploymentId, afterId, sql::limit(limit)});
    if (!query)
        return query.error();
    QList<LogLineRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::time(q.value(2)), q.value(3).toString(),
                     q.value(4).toString()});
    q.finish();
    return rows;
}

Result<QList<DeploymentContext>> SqlDeploymentRepository::query(const DeploymentQuery &q) {
    QString where = QStringLiteral("WHERE TRUE");
    QVariantList values;
    auto anyOf = [&](const QString &column, const QStringList &names) {
        if (names.isEmpty())
            return;
        QStringList marks;
        for (const QString &name : names) {
            marks << QStringLiteral("?");
            values << name;
        }
        where += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (q.pipelineId) {
        where += QStringLiteral(" AND d.pipeline_id = ?");
        values << q.pipelineId;
    }
    if (q.stageRank) {
        where += QStringLiteral(" AND s.rank = ?");
        values << q.stageRank;
    }
    if (!q.requestedBy.isEmpty()) {
        where += QStringLiteral(" AND d.requested_by = ?");
        values << q.requestedBy;
    }
    anyOf(QStringLiteral("d.status"), q.statuses);
    if (q.operations.contains(QLatin1String("done")) && !q.doneStatuses.isEmpty()) {
        // "done" is narrowed to the ended states asked for: canceled is not succeeded.
        QStringList open = q.operations;
        open.removeAll(QStringLiteral("done"));
        QStringList marks;
        for (const QString &name : std::as_const(open)) {
            marks << QStringLiteral("?");
            values << name;
        }
        QStringList ended;
        for (const QString &name : q.doneStatuses) {
            ended << QStringLiteral("?");
            values << name;
        }
        where +=
            QStringLiteral(" AND (d.operation_status IN (%1) OR (d.operation_status = 'done' AND d.status IN (%2)))")
                .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')),
                     ended.join(QLatin1Char(',')));
    } else {
        anyOf(QStringLiteral("d.operation_status"), q.operations);
    }
    for (const auto &[bound, op] : {std::pair{&q.minModified, ">="}, std::pair{&q.maxModified, "<"}})
        if (bound->isValid()) {
            where +=
                QStringLiteral(" AND coalesce(d.completed_at, d.started_at, d.queued_at) %1 ?").arg(QLatin1String(op));
            values << sql::time(*bound);
        }
    if (q.latestAttemptsOnly)
        where += QStringLiteral(" AND d.attempt = (SELECT max(x.attempt) FROM deployments x "
                                "WHERE x.release_stage_id = d.release_stage_id)");
    if (q.startId) {
        where += q.ascending ? QStringLiteral(" AND d.id >= ?") : QStringLiteral(" AND d.id <= ?");
        values << q.startId;
    }
    where += q.ascending ? QStringLiteral(" ORDER BY d.id LIMIT ?") : QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
    values << sql::limit(q.limit);
    return select(where, values);
}

} // namespace slipway
