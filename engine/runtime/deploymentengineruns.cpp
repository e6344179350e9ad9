// The engine's runs: claiming and starting them, continuing an intervention another engine left waiting, and
// shutting down without ending what waits for a person. The engine loop is in deploymentengine.cpp.
#include "deploymentengine.h"

#include "rules/transitions.h"

namespace slipway {

bool DeploymentEngine::mayRun(const DeploymentContext &d) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(d.revisionId);
    const StageDefinition *stage = snapshot ? (*snapshot)->stage(d.stageName) : nullptr;
    if (!stage || m_agents.mayRun(*stage))
        return true;
    const OperationStatus operation = d.deployment.operationStatus;
    if (operation != OperationStatus::Queued && operation != OperationStatus::Deferred)
        return false; // an intervention left waiting: the message says what it waits for
    const QString reason = m_agents.waitReason(*stage);
    const bool ours = d.deployment.message.isEmpty() || isAgentWait(d.deployment.message);
    if (reason != d.deployment.message && ours) {
        write([&] { return m_services.store.deployments().noteWait(d.deployment.id, reason); });
        Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
    }
    return false;
}

void DeploymentEngine::launch(const DeploymentContext &d) {
    if (!mayRun(d))
        return; // an agent of its pool takes it
    const QDateTime now = m_services.clock.now();
    Store &store = m_services.store;
    bool claimed = false;
    write([&]() -> Status {
        Result<bool> won = Transitions(store, now).claim(d, m_config.owner, now.addSecs(m_config.leaseSeconds));
        if (!won)
            return won.error();
        claimed = *won;
        return {};
    });
    if (!claimed)
        return; // another engine has it
    DeploymentContext running = d;
    running.owner = m_config.owner.id;
    running.deployment.status = DeploymentStatus::InProgress;
    running.deployment.operationStatus = OperationStatus::Running;
    running.deployment.startedAt = now;
    startRun(running, false); // side effects only after the claim committed
}

void DeploymentEngine::adoptIntervention(const DeploymentContext &d) {
    if (!mayRun(d))
        return;
    const bool claimed = claimFor([&](const EngineOwner &owner, const QDateTime &leaseUntil) {
        return m_services.store.deployments().claimIntervention(d.deployment.id, owner, leaseUntil);
    });
    if (!claimed)
        return; // another engine has it
    DeploymentContext waiting = d;
    waiting.owner = m_config.owner.id;
    startRun(waiting, true);
}

void DeploymentEngine::startRun(const DeploymentContext &d, bool adopted) {
    auto *run = new DeploymentRun(m_services, d, m_config, this);
    m_runs.insert(d.deployment.id, run);
    connect(run, &DeploymentRun::changed, this, &DeploymentEngine::deploymentChanged);
    connect(run, &DeploymentRun::logAppended, this, &DeploymentEngine::logAppended);
    connect(run, &DeploymentRun::completed, this, &DeploymentEngine::onRunCompleted, Qt::QueuedConnection);
    connect(run, &DeploymentRun::storageFailed, this,
            [this](const QString &message) { storageFailed(Error::storage(message), true); });
    connect(run, &DeploymentRun::storageWorked, this, [this] { storageWorked(true); });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
    Q_EMIT activeCountChanged(int(m_runs.size()));
    if (adopted)
        run->adopt();
    else
        run->start();
}

void DeploymentEngine::onRunCompleted(qint64 deploymentId) {
    if (DeploymentRun *run = m_runs.take(deploymentId))
        run->deleteLater();
    Q_EMIT deploymentFinished(deploymentId);
    Q_EMIT activeCountChanged(int(m_runs.size()));
    if (m_stopping) {
        if (m_runs.isEmpty())
            Q_EMIT stopped();
        return;
    }
    tick(); // a slot freed, and follow-up stages may be queued
}

void DeploymentEngine::shutdown(int graceMs) {
    m_stopping = true;
    m_pollTimer.stop();
    m_changeWatch.stop();
    tick(); // cancel requests and answers recorded since the last round are acted on first
    // Gate sampling holds nothing that cannot be taken over: hand it back at once.
    for (qint64 id : m_gates.keys()) {
        stopGates(id);
        write([&] { return m_services.store.deployments().releaseOwner(id); });
    }
    parkWaitingRuns();
    if (m_runs.isEmpty()) {
        QTimer::singleShot(0, this, &DeploymentEngine::stopped);
        return;
    }
    QTimer::singleShot(graceMs, this, [this] {
        if (parkWaitingRuns() && m_runs.isEmpty()) { // one reached an intervention during the grace period
            Q_EMIT stopped();
            return;
        }
        for (DeploymentRun *run : std::as_const(m_runs))
            run->interrupt();
    });
}

bool DeploymentEngine::parkWaitingRuns() {
    // Waiting for a person runs nothing: the deployment stays waiting, and any engine continues it after the
    // answer (B7: a quit never ends an intervention).
    bool parked = false;
    const QString reason = engineText(
        QT_TRANSLATE_NOOP("Engine", "The engine on %1 (pid %2) was shut down; the deployment keeps waiting for the "
                                    "manual intervention, and the next engine to run continues it after the answer"),
        {m_config.owner.host, QString::number(m_config.owner.pid)});
    for (DeploymentRun *run : m_runs.values()) {
        if (!run->park(reason))
            continue;
        const DeploymentContext &d = run->context();
        m_runs.remove(d.deployment.id);
        run->disconnect(this);
        run->deleteLater();
        parked = true;
        Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
    }
    if (parked)
        Q_EMIT activeCountChanged(int(m_runs.size()));
    return parked;
}

QString DeploymentEngine::canceledBy(qint64 deploymentId) {
    Result<QList<AuditEventRecord>> events =
        m_services.store.audit().events(QStringLiteral("deployment"), deploymentId);
    if (!events)
        return {};
    for (auto it = events->crbegin(); it != events->crend(); ++it)
        if (it->action == QLatin1String("deployment.cancelRequested"))
            return it->actor;
    return {};
}

bool DeploymentEngine::claimFor(
    const std::function<Result<bool>(const EngineOwner &owner, const QDateTime &leaseUntil)> &take) {
    bool claimed = false;
    write([&]() -> Status {
        Result<bool> won = take(m_config.owner, m_services.clock.now().addSecs(m_config.leaseSeconds));
        if (!won)
            return won.error();
        claimed = *won;
        return {};
    });
    return claimed;
}

void DeploymentEngine::endOrphanedGroups() {
    Result<QList<ProcessGroupRecord>> open = m_services.store.deployments().openProcessGroups(m_config.owner.host);
    if (readFailed(open))
        return; // the stages held so far stay held
    const QList<qint64> gone = m_reaper.sweep(*open);
    if (gone.isEmpty())
        return;
    const QDateTime now = m_services.clock.now();
    write([&]() -> Status {
        for (qint64 taskRunId : gone)
            if (Status ok = m_services.store.deployments().processGroupGone(taskRunId, now); !ok)
                return ok;
        return {};
    });
}

// Members' requests on a team database (docs/architecture.md#team-roles), a bounded number per round so that runs
// keep their pace; the next round takes the rest.
void DeploymentEngine::carryOutRequests() {
    Result<bool> pending = m_services.store.requests().anyPending();
    if (readFailed(pending) || !*pending || m_stopping)
        return;
    for (int done = 0; done < 20; ++done) {
        Result<bool> carried = m_services.requestRunner.carryOutNext(m_config.owner.id);
        if (!carried) {
            if (isStorageTrouble(carried.error()))
                storageFailed(carried.error(), true);
            return;
        }
        if (!*carried)
            return;
        storageWorked(true);
    }
    m_tickAgain = true;
}

} // namespace slipway
