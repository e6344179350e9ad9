// The process groups of task runs, kept so that an engine can end what a dead engine's tasks left running
// (docs/security.md#task-processes-and-their-engine).
#include "sqldeploymentrepository.h"
#include "sqlvalues.h"

namespace slipway {

Status SqlDeploymentRepository::recordProcessGroup(const ProcessGroupRecord &group) {
    return m_db.execOnly(QStringLiteral("UPDATE task_runs SET process_group = ?, group_leader_start = ?, "
                                        "group_boot_id = ?, group_host = ?, group_gone_at = NULL WHERE id = ?"),
                         {group.groupId, group.leaderStartTicks, group.bootId, group.host, group.taskRunId});
}

Result<QList<ProcessGroupRecord>> SqlDeploymentRepository::openProcessGroups(const QString &host) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("SELECT t.id, d.pipeline_id, d.stage_name, t.process_group, t.group_leader_start, "
                       "t.group_boot_id, t.group_host FROM task_runs t JOIN deployments d ON d.id = t.deployment_id "
                       "WHERE t.group_host = ? AND t.process_group IS NOT NULL AND t.group_gone_at IS NULL "
                       "AND t.status <> 'inProgress' ORDER BY t.id"),
        {host});
    if (!query)
        return query.error();
    QList<ProcessGroupRecord> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        ProcessGroupRecord g;
        g.taskRunId = q.value(0).toLongLong();
        g.pipelineId = q.value(1).toLongLong();
        g.stageName = q.value(2).toString();
        g.groupId = q.value(3).toLongLong();
        g.leaderStartTicks = q.value(4).toLongLong();
        g.bootId = q.value(5).toString();
        g.host = q.value(6).toString();
        rows << g;
    }
    q.finish();
    return rows;
}

Status SqlDeploymentRepository::processGroupGone(qint64 taskRunId, const QDateTime &at) {
    return m_db.execOnly(
        QStringLiteral("UPDATE task_runs SET group_gone_at = ? WHERE id = ? AND group_gone_at IS NULL"),
        {sql::time(at), taskRunId});
}

} // namespace slipway
