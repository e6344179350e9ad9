#pragma once

#include "rules/agentmatch.h"
#include "runtime/busyretry.h"
#include "runtime/deadline.h"
#include "runtime/deploymentvariables.h"
#include "definition/secretmasker.h"
#include "runtime/taskexecutor.h"
#include "services/services.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace slipway {

struct EngineConfig final {
    QString workRoot;      // each deployment works in a fresh folder below it
    EngineOwner owner;     // this engine instance
    AgentIdentity agent;   // what it runs as (`slipway agent`); no name: its host's engine, for stages without a pool
    int leaseSeconds = 30; // how long a claim lasts without a heartbeat
    int maxLogLinesPerTask = 10000;
    int gitPollMs = 30000; // how often git artifact sources are asked for new tags
    BusyRetry busy;        // how its writes wait out another process's write lock
};

// One claimed deployment running its stage's tasks in order (docs/domain.md#the-run-of-a-deployment): conditions,
// timeouts, continueOnError, masked logs stored as they arrive, and the outcome with its follow-up triggers, each state
// change in its own transaction.
class DeploymentRun final : public QObject {
    Q_OBJECT
public:
    DeploymentRun(Services &services, DeploymentContext context, const EngineConfig &config, QObject *parent = nullptr);
    ~DeploymentRun() override;

    void start();
    // Continues a deployment whose engine stopped while it waited for a manual intervention
    // (docs/domain.md#durability-and-crashes): the tasks before it are not run again; the run waits for (or picks up)
    // the answer, then goes on with the next.
    void adopt();
    void cancel(const QString &by); // ends `canceled`, naming who asked (empty: not known)
    void interrupt();               // ends `interrupted`: its engine is shutting down
    // Waiting for a manual intervention: nothing runs, so the engine may stop without ending the deployment.
    bool waitsForIntervention() const;
    // Hands such a deployment back (unowned, still waiting) for any engine to continue; false when it no longer
    // waits (answered, canceled). The run is over for this engine either way when it returns true.
    bool park(const QString &reason);
    const DeploymentContext &context() const { return m_context; }
    // Picks up a recorded answer to the manual intervention this run waits for, if any.
    void checkIntervention();

Q_SIGNALS:
    void changed(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void logAppended(qint64 deploymentId);
    void completed(qint64 deploymentId);
    void storageFailed(const QString &message); // a write of this run failed in the database
    void storageWorked();                       // a write succeeded after one failed

private:
    Services &m_services;
    DeploymentContext m_context;
    const EngineConfig &m_config;
    std::shared_ptr<const PipelineDefinition> m_snapshot;
    const StageDefinition *m_stage = nullptr;
    std::unique_ptr<DeploymentVariables> m_variables;
    std::unique_ptr<SecretMasker> m_masker;
    QString m_workingDirectory;
    QList<TaskSpec> m_tasks;
    int m_index = -1;
    std::unique_ptr<TaskExecutor> m_executor;
    Deadline *m_timeout = nullptr;
    qint64 m_taskRunId = 0;
    QDateTime m_waitingSince; // an adopted intervention: when it began waiting
    int m_taskLines = 0;
    bool m_failed = false;
    bool m_partial = false;
    bool m_rejected = false;
    QString m_rejection;               // who rejected, and why
    std::optional<TaskOutcome> m_stop; // why the run is ending early
    QString m_stopLine;                // and the last line of its log, saying so
    bool m_finished = false;
    bool m_writeFailed = false;
    QList<LogLineRecord> m_logBuffer;
    QList<std::function<Status()>> m_deferred; // changes that ride along with the next write
    QTimer m_flushTimer;

    Status prepare(bool keepWorkspace = false);
    Status restoreProgress(); // where an adopted run stands: its waiting task and the outcomes before it
    Status prepareWorkspace(const QList<ReleaseArtifactRecord> &artifacts);
    void runNext();
    void startTask(const TaskSpec &task);
    void recordProcessGroup(qint64 groupId);
    void onOutput(const QString &stream, const QString &line);
    void onTaskFinished(const TaskOutcome &outcome);
    void log(const QString &stream, const QString &line);
    void flushLogs();
    void finish(const QString &failure = {});
    void stopWith(TaskStatus status, const QString &reason, const QString &logLine);
    // One transaction with the buffered log lines and deferred changes, tried again while the database is busy;
    // they are let go only once it commits. Another failure is logged (the run carries on as best it can) and
    // reported as false.
    bool write(const std::function<Status()> &change);
    // For a change that is immediately followed by another (a task's end, then the next task's start).
    void writeWithNext(std::function<Status()> change) { m_deferred << std::move(change); }
};

} // namespace slipway
