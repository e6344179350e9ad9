#include "deploymentengine.h"

#include "rules/deploymentflow.h"
#include "rules/transitions.h"

#include <limits>

#include <cerrno>
#include <csignal>

namespace slipway {

DeploymentEngine::DeploymentEngine(Services &services, EngineConfig config, QObject *parent)
    : QObject(parent), m_services(services), m_config(std::move(config)) {
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeploymentEngine::pollForChanges);
    m_leaseTimer.setInterval(qMax(1, m_config.leaseSeconds / 3) * 1000);
    // Each attempt of the engine's writes is short; commitWhenFree tries again (docs/security.md#a-busy-database).
    m_services.store.setBusyTimeout(m_config.busy.attemptMs);
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
    // A team database says when another client committed: look at once instead of at the next poll. Bursts of
    // notifications (every commit sends one, this engine's own too) make one look.
    const bool notified = m_services.store.watchChanges([this] {
        if (m_lookPending)
            return;
        m_lookPending = true;
        QTimer::singleShot(0, this, [this] {
            m_lookPending = false;
            pollForChanges();
        });
    });
    if (!notified) {
        m_changeWatch.setInterval(changeWatchMs);
        connect(&m_changeWatch, &QTimer::timeout, this, &DeploymentEngine::lookForChanges);
        m_changeWatch.start();
    }
    m_pollTimer.start();
    // A member's desktop runs nothing and writes nothing (docs/architecture.md#team-roles): its engine only watches
    // for other clients' changes.
    if (watchesOnly())
        return;
    m_services.store.requests().markEngine(); // members' clients look for an engine before they ask
    m_leaseTimer.start();
    tick();
}

bool DeploymentEngine::write(const std::function<Status()> &change) {
    const Status result = commitWhenFree(m_services.store, change, m_config.busy,
                                         [this](const Error &busy) { storageFailed(busy, true); });
    if (result)
        storageWorked(true);
    else if (isStorageTrouble(result.error()))
        storageFailed(result.error(), true);
    else
        qWarning("slipway: engine: %s", qPrintable(result.error().message));
    return result.ok();
}

void DeploymentEngine::storageFailed(const Error &error, bool writing) {
    m_roundFailed = true;
    m_problemFromWrite = m_problemFromWrite || writing;
    const EngineProblem problem = EngineProblem::ofStorage(m_services.store.location(), error);
    if (m_problem && m_problem->cause == problem.cause)
        return;
    m_problem = problem;
    qWarning("slipway: engine: %s (%s)", qPrintable(problem.english()), qPrintable(error.message));
    Q_EMIT problemOccurred(problem.text());
}

void DeploymentEngine::storageWorked(bool writing) {
    if (!m_problem || (m_problemFromWrite && !writing))
        return;
    m_problem.reset();
    m_problemFromWrite = false;
    qInfo("slipway: engine: the database %s works again", qPrintable(m_services.store.location()));
    Q_EMIT problemCleared();
}

void DeploymentEngine::scheduleTick() {
    QTimer::singleShot(0, this, &DeploymentEngine::tick);
}

void DeploymentEngine::pollForChanges() {
    m_roundFailed = false;
    Result<qint64> version = m_services.store.changeCounter();
    if (!readFailed(version) && *version != m_dataVersion) {
        const bool first = m_dataVersion < 0;
        m_dataVersion = *version;
        if (!first)
            Q_EMIT externalChange();
    }
    tick(); // deferred starts come due with time alone
    // A failing database is tried again later and later; a working one at the normal pace.
    if (m_roundFailed)
        m_backoff.failed();
    else
        m_backoff.reset();
    if (m_pollTimer.interval() != m_backoff.currentMs())
        m_pollTimer.setInterval(m_backoff.currentMs());
}

void DeploymentEngine::lookForChanges() {
    if (m_problem) // a failing database is looked at by the backed-off round only
        return;
    Result<qint64> version = m_services.store.changeCounter();
    if (version && *version != m_dataVersion && m_dataVersion >= 0)
        pollForChanges();
}

void DeploymentEngine::renewLeases() {
    if (Status beat = m_agents.heartbeat(); !beat)
        storageFailed(beat.error(), true);
    if (m_runs.isEmpty())
        return;
    const QDateTime until = m_services.clock.now().addSecs(m_config.leaseSeconds);
    // Not write(): a renewal needs no new page, so it working says nothing about a full disk.
    const Status renewed = commitWhenFree(
        m_services.store, [&] { return m_services.store.deployments().renewLeases(m_config.owner.id, until); },
        m_config.busy, [this](const Error &busy) { storageFailed(busy, true); });
    if (!renewed)
        storageFailed(renewed.error(), true);
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
        // The log ends saying why, in the task that was running (or the last one that ran).
        Result<QList<TaskRunRecord>> runs = store.deployments().taskRuns(d.deployment.id);
        if (!runs)
            return runs.error();
        if (!runs->isEmpty()) {
            const auto running = std::find_if(runs->crbegin(), runs->crend(), [](const TaskRunRecord &r) {
                return r.status == TaskStatus::InProgress;
            });
            const qint64 runId = running != runs->crend() ? running->id : runs->constLast().id;
            const QString line = engineText(QT_TRANSLATE_NOOP("Engine", "Interrupted: the engine running it (%1, pid "
                                                                        "%2) stopped; it is not run again by itself"),
                                            {d.ownerHost, QString::number(d.ownerPid)});
            if (Status ok = store.deployments().appendLog({{0, runId, now, QStringLiteral("system"), line}}); !ok)
                return ok;
        }
        if (Status ok = store.deployments().interruptRunningTasks(d.deployment.id, now); !ok)
            return ok;
        return endWithoutRun(d, DeploymentStatus::Interrupted, message, QStringLiteral("deployment.interrupted"), now);
    });
    Q_EMIT deploymentChanged(d.pipelineId, d.releaseId, d.deployment.id);
}

Status DeploymentEngine::endWithoutRun(const DeploymentContext &d, DeploymentStatus status, const QString &message,
                                       const QString &auditAction, const QDateTime &now) {
    return Transitions(m_services.store, now)
        .end(d, status, message, m_config.owner.id, auditAction, QJsonObject{{QStringLiteral("message"), message}});
}

void DeploymentEngine::promoteDeferred(const DeploymentContext &d) {
    write([&] { return Transitions(m_services.store, m_services.clock.now()).promoteDeferred(d); });
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
    if (watchesOnly())
        return;
    if (m_ticking) {
        m_tickAgain = true;
        return;
    }
    m_ticking = true;
    const bool roundFailedBefore = std::exchange(m_roundFailed, false);
    do {
        m_tickAgain = false;
        m_agents.forget();   // the agents are read again, once, by a round that needs them
        carryOutRequests();  // first: an approval or a deployment a member asked for is seen by the round below
        endOrphanedGroups(); // first: the admissions below must see which stages wait for an old run
        Result<QList<DeploymentContext>> active = m_services.store.deployments().activeDeployments();
        if (readFailed(active))
            break;
        const QDateTime now = m_services.clock.now();
        QHash<QString, int> occupied;
        QSet<qint64> activeIds;
        for (const DeploymentContext &d : *active) {
            const qint64 id = d.deployment.id;
            const OperationStatus operation = d.deployment.operationStatus;
            activeIds.insert(id);
            if (!d.owner.isEmpty() && ownerIsDead(d)) {
                // Sampling gates and waiting for an intervention run nothing: safe to take over.
                if (operation == OperationStatus::EvaluatingGates || operation == OperationStatus::PendingIntervention)
                    releaseWaiting(d);
                else
                    interruptAbandoned(d);
                m_tickAgain = true;
                continue;
            }
            if (operation == OperationStatus::Cancelling && m_runs.contains(id))
                m_runs.value(id)->cancel(canceledBy(id));
            if (operation == OperationStatus::Cancelling && m_gates.contains(id)) {
                stopGates(id);
                const QString by = canceledBy(id);
                cancelQueued(d, by.isEmpty() ? QStringLiteral("canceled on request")
                                             : QStringLiteral("canceled by %1").arg(by));
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
            if (operation == OperationStatus::Deferred && d.owner.isEmpty() && d.deployment.scheduledFor <= now) {
                if (!m_reaper.holds(d.pipelineId, d.stageName))
                    launch(d);
            } else if (operation == OperationStatus::PendingApproval && d.stepDeadline.isValid() &&
                       d.stepDeadline <= now)
                timeOutApprovals(d);
            else if (operation == OperationStatus::EvaluatingGates && d.owner.isEmpty() && !m_gates.contains(id))
                startGates(d);
            else if (operation == OperationStatus::PendingIntervention && d.owner.isEmpty() && !m_runs.contains(id))
                adoptIntervention(d);
        }
        for (qint64 id : m_gates.keys())
            if (!activeIds.contains(id))
                stopGates(id); // ended elsewhere (canceled by another process)
        if (!m_stopping && !m_tickAgain)
            admitAll(occupied);
    } while (m_tickAgain && !m_roundFailed); // what failed is tried again by the next round, not at once
    m_ticking = false;
    if (!m_roundFailed)
        storageWorked(false);
    m_roundFailed = m_roundFailed || roundFailedBefore;
}

QString DeploymentEngine::slotKey(qint64 pipelineId, const QString &stage) {
    return QString::number(pipelineId) + QLatin1Char('/') + stage;
}

void DeploymentEngine::admitAll(const QHash<QString, int> &occupied) {
    Result<QList<std::pair<qint64, QString>>> stages = m_services.store.deployments().queuedStages();
    if (readFailed(stages))
        return;
    for (const auto &[pipelineId, stage] : *stages)
        admitStage(pipelineId, stage, occupied.value(slotKey(pipelineId, stage)));
}

void DeploymentEngine::admitStage(qint64 pipelineId, const QString &stage, int occupied) {
    if (m_reaper.holds(pipelineId, stage))
        return; // what an earlier run of this stage left running is being ended
    DeploymentRepository &deployments = m_services.store.deployments();
    Result<QList<DeploymentContext>> head = deployments.queued(pipelineId, stage, 1);
    if (readFailed(head) || head->isEmpty())
        return;
    // The queue policy of the stage as the waiting release's snapshot defines it.
    int maxParallel = 0;
    bool latestOnly = false;
    if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_services.pipelines.definitionOfRevision(head->first().revisionId)) {
        if (const StageDefinition *definition = (*snapshot)->stage(stage)) {
            maxParallel = definition->queue.maxParallel;
            latestOnly = definition->queue.policy == QueueSpec::Policy::LatestOnly;
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
        if (Status ok = Transitions(store, now).admit(**current, m_config.owner.id); !ok)
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
    const bool claimed = claimFor([&](const EngineOwner &owner, const QDateTime &leaseUntil) {
        return m_services.store.deployments().claimGates(d.deployment.id, owner, leaseUntil);
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

void DeploymentEngine::releaseWaiting(const DeploymentContext &d) {
    write([&] { return m_services.store.deployments().releaseOwner(d.deployment.id); });
}

} // namespace slipway
