#include "deploymentengine.h"

#include "runtime/deploymentflow.h"
#include "runtime/stagetriggers.h"

#include <limits>

#include <cerrno>
#include <csignal>

namespace slipway {

DeploymentEngine::DeploymentEngine(Services &services, EngineConfig config, QObject *parent)
    : QObject(parent), m_services(services), m_config(std::move(config)) {
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeploymentEngine::pollForChanges);
    m_leaseTimer.setInterval(qMax(1, m_config.leaseSeconds / 3) * 1000);
    connect(&m_leaseTimer, &QTimer::timeout, this, &DeploymentEngine::renewLeases);
    connect(&m_services.clock, &Clock::advanced, this, &DeploymentEngine::scheduleTick);
    connect(&m_services.notifier, &ChangeNotifier::releaseCreated, this, &DeploymentEngine::scheduleTick);
    connect(&m_services.notifier, &ChangeNotifier::releaseChanged, this, &DeploymentEngine::scheduleTick);
}

DeploymentEngine::~DeploymentEngine() {
    for (DeploymentRun *run : std::as_const(m_runs))
        run->disconnect(this);
    for (GateRunner *gates : std::as_const(m_gates))
        gates->disconnect(this);
}

void DeploymentEngine::start() {
    m_pollTimer.start();
    m_leaseTimer.start();
    tick();
}

bool DeploymentEngine::write(const std::function<Status()> &change) {
    const Status result = m_services.store.transaction(change);
    if (!result)
        qWarning("slipway: engine: %s", qPrintable(result.error().message));
    return result.ok();
}

void DeploymentEngine::scheduleTick() {
    QTimer::singleShot(0, this, &DeploymentEngine::tick);
}

void DeploymentEngine::pollForChanges() {
    Result<qint64> version = m_services.store.changeCounter();
    if (version && *version != m_dataVersion) {
        const bool first = m_dataVersion < 0;
        m_dataVersion = *version;
        if (!first)
            Q_EMIT externalChange();
        tick();
        return;
    }
    // Deferred starts come due with time alone.
    tick();
}

void DeploymentEngine::renewLeases() {
    if (m_runs.isEmpty())
        return;
    const QDateTime until = m_services.clock.now().addSecs(m_config.leaseSeconds);
    write([&] { return m_services.store.deployments().renewLeases(m_config.owner.id, until); });
}

bool DeploymentEngine::ownerIsDead(const DeploymentContext &d) const {
    if (d.owner == m_config.owner.id) // ours, but no longer running here
        return !m_runs.contains(d.deployment.id) && !m_gates.contains(d.deployment.id);
    if (d.ownerHost == m_config.owner.host && d.ownerPid > 0 && ::kill(pid_t(d.ownerPid), 0) != 0 && errno == ESRCH)
        return true; // its process is gone
    return d.leaseUntil.isValid() && d.leaseUntil < m_services.clock.now();
}

void DeploymentEngine::interruptAbandoned(const DeploymentContext &d) {
    const QDateTime now = m_services.clock.now();
    const QString message =
        QStringLiteral("interrupted: the engine running it (%1, pid %2) stopped").arg(d.ownerHost).arg(d.ownerPid);
    Store &store = m_services.store;
    write([&]() -> Status {
        // Re-read under the write lock: another engine may have got here first.
        Result<std::optional<DeploymentContext>> current = store.deployments().deployment(d.deployment.id);
        if (!current || !current->has_value() || (*current)->deployment.operationStatus == OperationStatus::Done ||
            (*current)->owner != d.owner)
            return {};
        if (Status ok = store.deployments().interruptRunningTasks(d.deployment.id, now); !ok)
            return ok;
        return endWithoutRun(d, DeploymentStatus::Interrupted, message, QStringLiteral("deployment.interrupted"), now);
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
}

Status DeploymentEngine::endWithoutRun(const DeploymentContext &d, DeploymentStatus status, const QString &message,
                                       const QString &auditAction, const QDateTime &now) {
    Store &store = m_services.store;
    if (Status ok = store.deployments().complete(d.deployment.id, status, message, now); !ok)
        return ok;
    if (Status ok = store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::Canceled); !ok)
        return ok;
    if (Status ok = cancelPendingApprovals(store, d.deployment.id, m_config.owner.id, message, now); !ok)
        return ok;
    return recordAudit(store.audit(), {0, now, m_config.owner.id, auditAction, QStringLiteral("deployment"),
                                       d.deployment.id, QJsonObject{{QStringLiteral("message"), message}}});
}

void DeploymentEngine::promoteDeferred(const DeploymentContext &d) {
    Store &store = m_services.store;
    write([&]() -> Status {
        if (Status ok = store.deployments().setOperation(d.deployment.id, OperationStatus::Queued); !ok)
            return ok;
        return store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::Queued);
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
}

void DeploymentEngine::cancelQueued(const DeploymentContext &d, const QString &reason) {
    const QDateTime now = m_services.clock.now();
    write([&] {
        return endWithoutRun(d, DeploymentStatus::Canceled, reason, QStringLiteral("deployment.canceled"), now);
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
}

void DeploymentEngine::tick() {
    if (m_ticking) {
        m_tickAgain = true;
        return;
    }
    m_ticking = true;
    do {
        m_tickAgain = false;
        Result<QList<DeploymentContext>> active = m_services.store.deployments().activeDeployments();
        if (!active) {
            qWarning("slipway: engine: %s", qPrintable(active.error().message));
            break;
        }
        const QDateTime now = m_services.clock.now();
        QHash<QString, int> occupied;
        QSet<qint64> activeIds;
        for (const DeploymentContext &d : *active) {
            const qint64 id = d.deployment.id;
            const OperationStatus operation = d.deployment.operationStatus;
            activeIds.insert(id);
            if (!d.owner.isEmpty() && ownerIsDead(d)) {
                if (operation == OperationStatus::EvaluatingGates)
                    releaseGates(d); // sampling is safe to take over
                else
                    interruptAbandoned(d);
                m_tickAgain = true;
                continue;
            }
            if (operation == OperationStatus::Cancelling && m_runs.contains(id))
                m_runs.value(id)->cancel(QStringLiteral("canceled on request"));
            if (operation == OperationStatus::Cancelling && m_gates.contains(id)) {
                stopGates(id);
                cancelQueued(d, QStringLiteral("canceled on request"));
                continue;
            }
            if (operation == OperationStatus::PendingIntervention && m_runs.contains(id))
                m_runs.value(id)->checkIntervention();
            if (operation == OperationStatus::Deferred && !d.step) {
                // Requested for a time (deploy --at): it joins the queue then.
                if (d.deployment.scheduledFor <= now) {
                    promoteDeferred(d);
                    m_tickAgain = true;
                }
                continue;
            }
            ++occupied[slotKey(d.pipelineId, d.stageName)]; // admitted: it holds a slot until it completes
            if (m_stopping)
                continue;
            if (operation == OperationStatus::Deferred && d.owner.isEmpty() && d.deployment.scheduledFor <= now)
                launch(d);
            else if (operation == OperationStatus::PendingApproval && d.stepDeadline.isValid() && d.stepDeadline <= now)
                timeOutApprovals(d);
            else if (operation == OperationStatus::EvaluatingGates && d.owner.isEmpty() && !m_gates.contains(id))
                startGates(d);
        }
        for (qint64 id : m_gates.keys())
            if (!activeIds.contains(id))
                stopGates(id); // ended elsewhere (canceled by another process)
        if (!m_stopping && !m_tickAgain)
            admitAll(occupied);
    } while (m_tickAgain);
    m_ticking = false;
}

QString DeploymentEngine::slotKey(qint64 pipelineId, const QString &stage) {
    return QString::number(pipelineId) + QLatin1Char('/') + stage;
}

void DeploymentEngine::admitAll(const QHash<QString, int> &occupied) {
    Result<QList<std::pair<qint64, QString>>> stages = m_services.store.deployments().queuedStages();
    if (!stages) {
        qWarning("slipway: engine: %s", qPrintable(stages.error().message));
        return;
    }
    for (const auto &[pipelineId, stage] : *stages)
        admitStage(pipelineId, stage, occupied.value(slotKey(pipelineId, stage)));
}

void DeploymentEngine::admitStage(qint64 pipelineId, const QString &stage, int occupied) {
    DeploymentRepository &deployments = m_services.store.deployments();
    Result<QList<DeploymentContext>> head = deployments.queued(pipelineId, stage, 1);
    if (!head || head->isEmpty())
        return;
    // The queue policy of the stage as the waiting release's snapshot defines it.
    int maxParallel = 0;
    bool latestOnly = false;
    if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_services.pipelines.definitionOfRevision(head->first().revisionId)) {
        if (const StageDefinition *definition = (*snapshot)->stage(stage)) {
            const QJsonObject queue = definition->raw.value(QLatin1String("queue")).toObject();
            maxParallel = queue.value(QLatin1String("maxParallel")).toInt(0);
            latestOnly = queue.value(QLatin1String("policy")).toString() == QLatin1String("latestOnly");
        }
    }
    int slots = maxParallel == 0 ? std::numeric_limits<int>::max() : maxParallel - occupied;
    if (slots <= 0)
        return;
    const int wanted = latestOnly || maxParallel == 0 ? 0 : slots;
    Result<QList<DeploymentContext>> candidates = wanted == 1 ? head : deployments.queued(pipelineId, stage, wanted);
    if (!candidates)
        return;
    if (latestOnly && maxParallel > 0 && !candidates->isEmpty()) {
        // Only the newest proceeds; the older waiting ones are canceled, naming it.
        const DeploymentContext newest = candidates->takeLast();
        for (const DeploymentContext &older : std::as_const(*candidates))
            cancelQueued(older,
                         QStringLiteral("canceled: a newer release, %1, was deployed instead").arg(newest.releaseName));
        *candidates = {newest};
    }
    for (const DeploymentContext &d : std::as_const(*candidates)) {
        if (slots-- <= 0)
            break;
        if (d.releaseStatus == ReleaseStatus::Abandoned)
            cancelQueued(d, QStringLiteral("canceled: the release was abandoned"));
        else
            admit(d);
    }
}

void DeploymentEngine::admit(const DeploymentContext &d) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(d.revisionId);
    const StageDefinition *stage = snapshot ? (*snapshot)->stage(d.stageName) : nullptr;
    if (!stage || stepsOf(*stage).constFirst() == DeploymentStep::Tasks) {
        launch(d); // the common case: one claim, nothing before the tasks
        return;
    }
    const QDateTime now = m_services.clock.now();
    Store &store = m_services.store;
    bool launchNow = false;
    write([&]() -> Status {
        // Another engine may have admitted it since the queue was read.
        Result<std::optional<DeploymentContext>> current = store.deployments().deployment(d.deployment.id);
        if (!current || !current->has_value() || (*current)->deployment.operationStatus != OperationStatus::Queued ||
            !(*current)->owner.isEmpty())
            return {};
        if (Status ok = recordAudit(store.audit(), {0,
                                                    now,
                                                    m_config.owner.id,
                                                    QStringLiteral("deployment.admitted"),
                                                    QStringLiteral("deployment"),
                                                    d.deployment.id,
                                                    {}});
            !ok)
            return ok;
        Result<bool> next = DeploymentFlow(store, **snapshot, now).advance(**current, true);
        if (!next)
            return next.error();
        launchNow = *next;
        return {};
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
    if (launchNow)
        launch(d);
    else
        m_tickAgain = true; // gates to start, or approvals already decided
}

void DeploymentEngine::timeOutApprovals(const DeploymentContext &d) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(d.revisionId);
    if (!snapshot)
        return;
    const QDateTime now = m_services.clock.now();
    Store &store = m_services.store;
    write([&]() -> Status {
        Result<std::optional<DeploymentContext>> current = store.deployments().deployment(d.deployment.id);
        if (!current || !current->has_value() ||
            (*current)->deployment.operationStatus != OperationStatus::PendingApproval ||
            !(*current)->stepDeadline.isValid() || (*current)->stepDeadline > now)
            return {};
        return DeploymentFlow(store, **snapshot, now).approvalsTimedOut(**current);
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
}

void DeploymentEngine::startGates(const DeploymentContext &d) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(d.revisionId);
    const StageDefinition *stage = snapshot ? (*snapshot)->stage(d.stageName) : nullptr;
    const QString phase = d.step == DeploymentStep::PostGates ? QStringLiteral("post") : QStringLiteral("pre");
    const std::optional<GatePolicy> policy = stage ? GatePolicy::of(*stage, phase) : std::nullopt;
    if (!policy)
        return;
    Store &store = m_services.store;
    bool claimed = false;
    write([&]() -> Status {
        Result<bool> won = store.deployments().claimGates(d.deployment.id, m_config.owner,
                                                          m_services.clock.now().addSecs(m_config.leaseSeconds));
        if (!won)
            return won.error();
        claimed = *won;
        return {};
    });
    if (!claimed)
        return;
    auto *gates = new GateRunner(m_services, d, *snapshot, *policy, m_config, this);
    m_gates.insert(d.deployment.id, gates);
    connect(gates, &GateRunner::sampled, this, &DeploymentEngine::deploymentChanged);
    connect(
        gates, &GateRunner::ended, this,
        [this](qint64 id) {
            if (GateRunner *ended = m_gates.take(id))
                ended->deleteLater();
            scheduleTick();
        },
        Qt::QueuedConnection);
    gates->start();
}

void DeploymentEngine::stopGates(qint64 deploymentId) {
    if (GateRunner *gates = m_gates.take(deploymentId)) {
        gates->disconnect(this);
        gates->stop();
        gates->deleteLater();
    }
}

void DeploymentEngine::releaseGates(const DeploymentContext &d) {
    write([&] { return m_services.store.deployments().releaseOwner(d.deployment.id); });
}

void DeploymentEngine::launch(const DeploymentContext &d) {
    const QDateTime now = m_services.clock.now();
    Store &store = m_services.store;
    bool claimed = false;
    write([&]() -> Status {
        Result<bool> won =
            store.deployments().claim(d.deployment.id, m_config.owner, now.addSecs(m_config.leaseSeconds), now);
        if (!won)
            return won.error();
        claimed = *won;
        if (!claimed)
            return {};
        if (Status ok = store.releases().setStageStatus(d.deployment.releaseStageId, StageStatus::InProgress); !ok)
            return ok;
        return recordAudit(store.audit(), {0, now, m_config.owner.id, QStringLiteral("deployment.started"),
                                           QStringLiteral("deployment"), d.deployment.id,
                                           QJsonObject{{QStringLiteral("owner"), m_config.owner.id}}});
    });
    if (!claimed)
        return; // another engine has it
    DeploymentContext running = d;
    running.owner = m_config.owner.id;
    running.deployment.status = DeploymentStatus::InProgress;
    running.deployment.operationStatus = OperationStatus::Running;
    running.deployment.startedAt = now;
    auto *run = new DeploymentRun(m_services, running, m_config, this);
    m_runs.insert(d.deployment.id, run);
    connect(run, &DeploymentRun::changed, this, &DeploymentEngine::deploymentChanged);
    connect(run, &DeploymentRun::logAppended, this, &DeploymentEngine::logAppended);
    connect(run, &DeploymentRun::completed, this, &DeploymentEngine::onRunCompleted, Qt::QueuedConnection);
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
    Q_EMIT activeCountChanged(int(m_runs.size()));
    run->start(); // side effects only after the claim committed
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
    // Gate sampling holds nothing that cannot be taken over: hand it back at once.
    for (qint64 id : m_gates.keys()) {
        stopGates(id);
        write([&] { return m_services.store.deployments().releaseOwner(id); });
    }
    if (m_runs.isEmpty()) {
        QTimer::singleShot(0, this, &DeploymentEngine::stopped);
        return;
    }
    QTimer::singleShot(graceMs, this, [this] {
        for (DeploymentRun *run : std::as_const(m_runs))
            run->interrupt(QStringLiteral("interrupted: Slipway was shut down while it ran"));
    });
}

} // namespace slipway
