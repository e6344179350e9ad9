#pragma once

#include <functional>

#include "runtime/agentpresence.h"
#include "runtime/deploymentrun.h"
#include "runtime/engineproblem.h"
#include "runtime/gaterunner.h"
#include "runtime/processgroups.h"

#include <QHash>
#include <QTimer>

namespace slipway {

// The engine loop (docs/domain.md#the-run-of-a-deployment, docs/domain.md#queuing-policies,
// docs/domain.md#durability-and-crashes). Each tick it
//  1. marks deployments of dead engines `interrupted` (never re-runs them),
//  2. moves due deferred deployments to the queue,
//  3. stops the runs users asked to cancel,
//  4. admits queued deployments per stage as the queue policy allows, claiming each atomically.
// Each round also ends the process groups that dead engines' tasks left running (docs/security.md).
// It ticks on its own changes, on the clock, and when another process commits (data_version poll).
class DeploymentEngine final : public QObject {
    Q_OBJECT
public:
    DeploymentEngine(Services &services, EngineConfig config, QObject *parent = nullptr);
    ~DeploymentEngine() override;

    void start();
    // Stops admitting; waits for running deployments up to `graceMs`, then interrupts them.
    void shutdown(int graceMs);
    int activeCount() const { return int(m_runs.size()); }
    const EngineConfig &config() const { return m_config; }
    // An agent records itself as online before it starts (docs/agents.md); refused while another engine runs as
    // its name. Nothing for an engine that is no agent.
    Status announceAgent() { return m_agents.announce(); }
    Status leaveAsAgent() { return m_agents.leave(); } // after it stopped: offline at once

    // How often other processes' commits are looked for; at most 1 s (docs/cli.md).
    static constexpr int pollIntervalMs = 200;
    // Without notifications (the SQLite file), how often the change counter alone is read: another process's commit
    // reaches the windows within this, while the engine's heavier round keeps its own pace.
    static constexpr int changeWatchMs = 40;
    // While the database fails, the engine tries again after doubling waits, up to this one.
    static constexpr int longestRetryMs = 15000;
    int retryIntervalMs() const { return m_pollTimer.interval(); }
    // Why the engine cannot use its database now, if it cannot.
    const std::optional<EngineProblem> &problem() const { return m_problem; }

public Q_SLOTS:
    void tick();

Q_SIGNALS:
    void deploymentChanged(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void logAppended(qint64 deploymentId);
    void deploymentFinished(qint64 deploymentId); // a run of this engine ended
    void externalChange(); // another connection committed something (another process, or the GUI's own)
    void activeCountChanged(int active);
    // The database fails (damaged, read-only, disk full, locked): a message for the user, in their language.
    // Emitted once per cause, not per failure; problemCleared follows when it works again.
    void problemOccurred(const QString &message);
    void problemCleared();
    void stopped();

private:
    Services &m_services;
    EngineConfig m_config;
    AgentPresence m_agents{m_services, m_config};
    QHash<qint64, DeploymentRun *> m_runs;
    QHash<qint64, GateRunner *> m_gates;
    QTimer m_pollTimer;
    QTimer m_leaseTimer;
    qint64 m_dataVersion = -1;
    bool m_lookPending = false; // a look for another client's change is queued
    QTimer m_changeWatch;       // reads the change counter when the store cannot notify
    void lookForChanges();
    bool watchesOnly() const { return m_services.store.role() == TeamRole::Member; }
    void carryOutRequests();
    bool m_ticking = false;
    bool m_tickAgain = false;
    bool m_stopping = false;
    Backoff m_backoff{pollIntervalMs, longestRetryMs};
    std::optional<EngineProblem> m_problem;
    ProcessGroupReaper m_reaper;     // what dead engines' tasks left running on this host
    bool m_problemFromWrite = false; // only a successful write shows that writing works again
    bool m_roundFailed = false;      // a storage failure since the last poll round or tick began

    // A failing read or write: named once for the user and stderr, retried with back-off (not 5 times a second).
    void storageFailed(const Error &error, bool writing);
    void storageWorked(bool writing);
    // Reports a failed read of the engine loop; true when it failed.
    template <typename T>
    bool readFailed(const Result<T> &result) {
        if (result)
            return false;
        if (isStorageTrouble(result.error()))
            storageFailed(result.error(), false);
        else
            qWarning("slipway: engine: %s", qPrintable(result.error().message));
        return true;
    }

    void pollForChanges();
    void renewLeases();
    bool ownerIsDead(const DeploymentContext &deployment) const;
    void interruptAbandoned(const DeploymentContext &deployment);
    // Ends the process groups recorded for tasks no engine runs any longer and records those seen gone; until
    // then their stages are held (m_reaper.holds): a redeploy never runs beside what is left of an old run.
    void endOrphanedGroups();
    void promoteDeferred(const DeploymentContext &deployment);
    static QString slotKey(qint64 pipelineId, const QString &stage);
    void admitAll(const QHash<QString, int> &occupied);
    // Launches queued deployments of one stage as its queue policy allows (docs/domain.md#queuing-policies).
    void admitStage(qint64 pipelineId, const QString &stage, int occupied);
    void cancelQueued(const DeploymentContext &deployment, const QString &reason);
    // Ends a deployment that no run of this engine will finish (canceled while waiting, or interrupted).
    Status endWithoutRun(const DeploymentContext &deployment, DeploymentStatus status, const QString &message,
                         const QString &auditAction, const QDateTime &now);
    // Starts an admitted deployment on its steps; the tasks at once when nothing comes before them.
    void admit(const DeploymentContext &deployment);
    void launch(const DeploymentContext &deployment);
    // Whether this engine may run the deployment's tasks (its stage's pool and demands); if not, the deployment
    // says what it waits for.
    bool mayRun(const DeploymentContext &deployment);
    void timeOutApprovals(const DeploymentContext &deployment);
    void startGates(const DeploymentContext &deployment);
    void stopGates(qint64 deploymentId);
    // Its engine died while it sampled gates or waited for an intervention: another may take it over.
    void releaseWaiting(const DeploymentContext &deployment);
    // Claims a deployment left waiting for a manual intervention by an engine that stopped, and continues it.
    void adoptIntervention(const DeploymentContext &deployment);
    void startRun(const DeploymentContext &deployment, bool adopted);
    // Takes a deployment for this engine with `take` (a store claim given the owner and lease end) in one
    // write; false when another engine has it or the write failed.
    bool claimFor(const std::function<Result<bool>(const EngineOwner &owner, const QDateTime &leaseUntil)> &take);
    // Hands back the runs that wait for a manual intervention (shutdown); true when there were any.
    bool parkWaitingRuns();
    QString canceledBy(qint64 deploymentId); // who asked to cancel it, from the audit trail
    void onRunCompleted(qint64 deploymentId);
    void scheduleTick();
    bool write(const std::function<Status()> &change); // one transaction, failures logged
};

} // namespace slipway
