#pragma once

#include "runtime/deploymentrun.h"
#include "runtime/gaterunner.h"

#include <QHash>
#include <QTimer>

namespace slipway {

// The engine loop (domain.md §5, §8, §11). Each tick it
//  1. marks deployments of dead engines `interrupted` (never re-runs them),
//  2. moves due deferred deployments to the queue,
//  3. stops the runs users asked to cancel,
//  4. admits queued deployments per stage as the queue policy allows, claiming each atomically.
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

    // How often other processes' commits are looked for; at most 1 s (cli.md).
    static constexpr int pollIntervalMs = 200;

public Q_SLOTS:
    void tick();

Q_SIGNALS:
    void deploymentChanged(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void logAppended(qint64 deploymentId);
    void deploymentFinished(qint64 deploymentId); // a run of this engine ended
    void externalChange(); // another connection committed something (another process, or the GUI's own)
    void activeCountChanged(int active);
    void stopped();

private:
    Services &m_services;
    EngineConfig m_config;
    QHash<qint64, DeploymentRun *> m_runs;
    QHash<qint64, GateRunner *> m_gates;
    QTimer m_pollTimer;
    QTimer m_leaseTimer;
    qint64 m_dataVersion = -1;
    bool m_ticking = false;
    bool m_tickAgain = false;
    bool m_stopping = false;

    void pollForChanges();
    void renewLeases();
    bool ownerIsDead(const DeploymentContext &deployment) const;
    void interruptAbandoned(const DeploymentContext &deployment);
    void promoteDeferred(const DeploymentContext &deployment);
    static QString slotKey(qint64 pipelineId, const QString &stage);
    void admitAll(const QHash<QString, int> &occupied);
    // Launches queued deployments of one stage as its queue policy allows (domain.md §8).
    void admitStage(qint64 pipelineId, const QString &stage, int occupied);
    void cancelQueued(const DeploymentContext &deployment, const QString &reason);
    // Ends a deployment that no run of this engine will finish (canceled while waiting, or interrupted).
    Status endWithoutRun(const DeploymentContext &deployment, DeploymentStatus status, const QString &message,
                         const QString &auditAction, const QDateTime &now);
    // Starts an admitted deployment on its steps; the tasks at once when nothing comes before them.
    void admit(const DeploymentContext &deployment);
    void launch(const DeploymentContext &deployment);
    void timeOutApprovals(const DeploymentContext &deployment);
    void startGates(const DeploymentContext &deployment);
    void stopGates(qint64 deploymentId);
    void releaseGates(const DeploymentContext &deployment); // its engine died: another may sample them
    void onRunCompleted(qint64 deploymentId);
    void scheduleTick();
    bool write(const std::function<Status()> &change); // one transaction, failures logged
};

} // namespace slipway
