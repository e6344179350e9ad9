#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

class SqlDeploymentRepository final : public DeploymentRepository {
public:
    explicit SqlDeploymentRepository(SqlConnection &connection) : m_db(connection) {}

    Result<DeploymentRecord> request(qint64 releaseStageId, DeploymentReason reason, const QString &requestedBy,
                                     const QString &comment, const QDateTime &queuedAt, const QDateTime &scheduledFor,
                                     const QJsonObject &variables = {}) override;
    Result<std::optional<DeploymentContext>> deployment(qint64 id) override;
    Result<QList<DeploymentFact>> facts(qint64 pipelineId, const QDateTime &from) override;
    Result<QList<DeploymentFact>> timelineFacts(qint64 pipelineId, const QDateTime &from) override;
    Result<QList<DeployedRelease>> deployedAt(const QDateTime &at) override;
    Result<QList<StageDayRollup>> rollups(qint64 pipelineId, qint64 firstDay, qint64 endDay) override;
    Result<QStringList> rollupStages(qint64 pipelineId) override;
    Result<QList<DeploymentOutcome>> outcomes(qint64 pipelineId, const QString &stage, qint64 from, qint64 to) override;
    Status rebuildRollups(std::optional<qint64> pipelineId) override;
    Result<QList<DeploymentContext>> activeDeployments() override;
    Result<QList<std::pair<qint64, QString>>> queuedStages() override;
    Result<QList<DeploymentContext>> queued(qint64 pipelineId, const QString &stage, int limit) override;
    Result<bool> claim(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil, const QDateTime &now) override;
    Status renewLeases(const QString &ownerId, const QDateTime &leaseUntil) override;
    Status setOperation(qint64 id, OperationStatus operation) override;
    Status noteWait(qint64 id, const QString &message) override;
    Status setStep(qint64 id, DeploymentStep step, OperationStatus operation, const QDateTime &startedAt,
                   const QDateTime &deadline) override;
    Status setScheduledFor(qint64 id, const QDateTime &at) override;
    Status setTasksOutcome(qint64 id, const QString &outcome) override;
    Status setSucceedingSince(qint64 id, const QDateTime &at) override;
    Status releaseOwner(qint64 id) override;
    Result<bool> claimGates(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil) override;
    Result<bool> claimIntervention(qint64 id, const EngineOwner &owner, const QDateTime &leaseUntil) override;
    Result<std::optional<DeploymentContext>> latestOf(qint64 releaseId, const QString &stage) override;
    Result<QList<DeploymentContext>> query(const DeploymentQuery &query) override;
    Status complete(qint64 id, DeploymentStatus status, const QString &message, const QDateTime &at) override;
    Result<qint64> startTask(qint64 deploymentId, int index, const QString &name, const QDateTime &at) override;
    Status recordTask(qint64 deploymentId, int index, const QString &name, TaskStatus status,
                      const QString &message) override;
    Status finishTask(qint64 taskRunId, TaskStatus status, std::optional<int> exitCode, const QString &message,
                      const QDateTime &at) override;
    Status interruptRunningTasks(qint64 deploymentId, const QDateTime &at) override;
    Status appendLog(const QList<LogLineRecord> &lines) override;
    Status recordProcessGroup(const ProcessGroupRecord &group) override;
    Result<QList<ProcessGroupRecord>> openProcessGroups(const QString &host) override;
    Status processGroupGone(qint64 taskRunId, const QDateTime &at) override;
    Result<QList<TaskRunRecord>> taskRuns(qint64 deploymentId) override;
    Result<bool> decideIntervention(qint64 taskRunId, const QString &decision, const QString &by,
                                    const QString &comment) override;
    Result<QList<LogLineRecord>> logLines(qint64 deploymentId, qint64 afterId, int limit) override;

private:
    SqlConnection &m_db;
    Result<QList<DeploymentContext>> select(const QString &where, const QVariantList &values);
    Result<QList<DeploymentFact>> readFacts(qint64 pipelineId, const QDateTime &from, bool leadTimes);
};

// The distinct stage names of one pipeline by skipping along an index, one seek per name: `nextStage` selects the
// first stage_name after a bound, "... WHERE pipeline_id = ? AND ... AND stage_name > ? ORDER BY stage_name LIMIT 1".
Result<QStringList> stagesBySkipScan(SqlConnection &db, const QString &nextStage, qint64 pipelineId);

} // namespace slipway
