#include "gaterunner.h"

#include "definition/macros.h"
#include "definition/values.h"
#include "rules/deploymentflow.h"
#include "rules/transitions.h"
#include "services/releasesecrets.h"

#include <QDir>

namespace slipway {

GateRunner::GateRunner(Services &services, DeploymentContext context,
                       std::shared_ptr<const PipelineDefinition> snapshot, GatePolicy policy,
                       const EngineConfig &config, QObject *parent)
    : QObject(parent), m_services(services), m_context(std::move(context)), m_snapshot(std::move(snapshot)),
      m_policy(std::move(policy)), m_config(config) {}

GateRunner::~GateRunner() {
    for (Probe &probe : m_probes)
        if (probe.executor)
            probe.executor->disconnect(this);
}

Status GateRunner::prepare() {
    const StageDefinition *stage = m_snapshot ? m_snapshot->stage(m_context.stageName) : nullptr;
    Result<std::optional<ReleaseRecord>> release = m_services.store.releases().release(m_context.releaseId);
    if (!release)
        return release.error();
    if (!stage || !release->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 or its stage is gone"),
                               {QString::number(m_context.releaseId)});
    Result<QList<ReleaseArtifactRecord>> artifacts = m_services.store.releases().releaseArtifacts(m_context.releaseId);
    if (!artifacts)
        return artifacts.error();
    m_workingDirectory =
        QDir(m_config.workRoot)
            .filePath(QStringLiteral("deployment-%1-%2gates").arg(m_context.deployment.id).arg(m_policy.phase));
    QDir().mkpath(m_workingDirectory);
    m_variables =
        std::make_unique<DeploymentVariables>(*m_snapshot, *stage, **release, *artifacts, m_context.deployment,
                                              m_workingDirectory, m_services.store.secrets());
    m_variables->setAgent(m_config.agent.displayName(m_config.owner.host), m_config.owner.host);
    for (const GateCheckSpec &gate : std::as_const(m_policy.gates))
        if (Status usable = m_variables->secretsUsable(expandedTexts(gate.probe)); !usable)
            return usable;
    // A probe's output and message are stored and shown: masked like a task's log.
    Result<QStringList> known = ReleaseSecrets(m_services.store, m_services.pipelines).values(m_context.releaseId);
    m_masker = SecretMasker(m_variables->secretValues() + (known ? *known : QStringList()));
    return {};
}

void GateRunner::start() {
    if (Status ready = prepare(); !ready) {
        fail(ready.error().message);
        return;
    }
    const QDateTime began = m_context.stepStartedAt.isValid() ? m_context.stepStartedAt : m_services.clock.now();
    m_timeout = new Deadline(m_services.clock, began.addSecs(m_policy.timeoutSeconds), this);
    connect(m_timeout, &Deadline::fired, this, [this] {
        m_timedOut = true;
        if (m_probes.empty()) // between rounds: nothing more to wait for
            fail(QStringLiteral("the gates did not pass within %1").arg(formatDuration(m_policy.timeoutSeconds)));
    });
    // After a takeover, sampling goes on from the last recorded round.
    QDateTime first = began.addSecs(m_policy.delaySeconds);
    if (Result<QList<GateEvaluationRecord>> rounds =
            m_services.store.approvals().gateEvaluations(m_context.deployment.id);
        rounds && !rounds->isEmpty() && rounds->last().phase == m_policy.phase && rounds->last().at >= began)
        first = qMax(first, rounds->last().at.addSecs(m_policy.samplingSeconds));
    scheduleRound(first);
}

void GateRunner::scheduleRound(const QDateTime &at) {
    delete m_nextRound;
    m_nextRound = new Deadline(m_services.clock, at, this);
    connect(m_nextRound, &Deadline::fired, this, &GateRunner::round);
}

void GateRunner::round() {
    if (m_done)
        return;
    // The deployment may have been canceled by another process since the last round.
    Result<std::optional<DeploymentContext>> current =
        m_services.store.deployments().deployment(m_context.deployment.id);
    if (!current || !current->has_value() ||
        (*current)->deployment.operationStatus != OperationStatus::EvaluatingGates) {
        end();
        return;
    }
    m_context.succeedingSince = (*current)->succeedingSince;
    QStringList ignored;
    if (Result<QList<GateIgnoreRecord>> ignores = m_services.store.approvals().ignoredGates(m_context.deployment.id))
        for (const GateIgnoreRecord &ignore : std::as_const(*ignores))
            if (ignore.phase == m_policy.phase)
                ignored << ignore.gate;
    m_roundStartedAt = m_services.clock.now();
    m_ignoredResults = {};
    m_probes.clear();
    for (const GateCheckSpec &gate : std::as_const(m_policy.gates)) {
        const QString name = gate.name;
        if (ignored.contains(name)) {
            m_ignoredResults.append(QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("passed"), true},
                                                {QStringLiteral("ignored"), true},
                                                {QStringLiteral("message"), QStringLiteral("ignored")}});
            continue;
        }
        Probe probe;
        probe.name = name;
        probe.executor = makeTaskExecutor(gate.probe, {m_services.clock, *m_variables, m_workingDirectory});
        m_probes.push_back(std::move(probe));
    }
    if (m_probes.empty()) {
        concludeRound();
        return;
    }
    for (Probe &probe : m_probes) {
        TaskExecutor *executor = probe.executor.get();
        connect(executor, &TaskExecutor::output, this, [&probe](const QString &, const QString &line) {
            if (!line.trimmed().isEmpty())
                probe.lastLine = line.trimmed();
        });
        connect(
            executor, &TaskExecutor::finished, this,
            [this, &probe](const TaskOutcome &outcome) {
                if (m_done)
                    return;
                probe.outcome = outcome;
                onProbeFinished();
            },
            Qt::QueuedConnection);
    }
    for (Probe &probe : m_probes)
        probe.executor->start();
}

void GateRunner::onProbeFinished() {
    if (std::all_of(m_probes.cbegin(), m_probes.cend(), [](const Probe &p) { return p.outcome.has_value(); }))
        concludeRound();
}

void GateRunner::concludeRound() {
    QJsonArray results = m_ignoredResults;
    bool allPassed = true;
    for (const Probe &probe : m_probes) {
        const bool passed = probe.outcome->status == TaskStatus::Succeeded;
        allPassed = allPassed && passed;
        QString message = probe.outcome->message;
        if (message.isEmpty())
            message = probe.lastLine;
        if (message.isEmpty() && probe.outcome->exitCode)
            message = QStringLiteral("exit code %1").arg(*probe.outcome->exitCode);
        results.append(QJsonObject{{QStringLiteral("name"), probe.name},
                                   {QStringLiteral("passed"), passed},
                                   {QStringLiteral("ignored"), false},
                                   {QStringLiteral("message"), m_masker.mask(message)}});
    }
    for (Probe &probe : m_probes)
        probe.executor.release()->deleteLater();
    m_probes.clear();
    const QDateTime at = m_roundStartedAt;
    QDateTime since = allPassed ? (m_context.succeedingSince.isValid() ? m_context.succeedingSince : at) : QDateTime();
    const bool passed = allPassed && since.secsTo(at) >= m_policy.minSuccessSeconds;
    const bool failed = !passed && m_timedOut;
    Store &store = m_services.store;
    const QString failure =
        QStringLiteral("the gates did not pass within %1").arg(formatDuration(m_policy.timeoutSeconds));
    const Status written = commitWhenFree(
        store,
        [&]() -> Status {
            Result<qint64> recorded = store.approvals().recordGateEvaluation(
                {0, m_context.deployment.id, m_policy.phase, at, allPassed, results});
            if (!recorded)
                return recorded.error();
            if (Status ok = store.deployments().setSucceedingSince(m_context.deployment.id, since); !ok)
                return ok;
            if (passed || failed)
                return DeploymentFlow(store, *m_snapshot, m_services.clock.now())
                    .gatesEnded(m_context, passed, passed ? QStringLiteral("all gates passed") : failure);
            return {};
        },
        m_config.busy);
    if (!written)
        qWarning("slipway: gates of deployment %lld: %s", m_context.deployment.id, qPrintable(written.error().message));
    m_context.succeedingSince = since;
    Q_EMIT sampled(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    if (passed || failed || !written) {
        end();
        return;
    }
    scheduleRound(at.addSecs(m_policy.samplingSeconds));
}

void GateRunner::fail(const QString &reason) {
    if (m_done)
        return;
    const QString message = m_masker.mask(reason);
    Store &store = m_services.store;
    const Status written = commitWhenFree(
        store,
        [&]() -> Status {
            Result<std::optional<DeploymentContext>> current = store.deployments().deployment(m_context.deployment.id);
            if (!current || !current->has_value() ||
                (*current)->deployment.operationStatus != OperationStatus::EvaluatingGates)
                return {};
            // Without its snapshot no step can follow: the deployment ends failed, as any end does.
            if (!m_snapshot)
                return Transitions(store, m_services.clock.now())
                    .finish(**current, DeploymentStatus::Failed,
                            stageStatusOf(DeploymentStatus::Failed, OperationStatus::Done), message, nullptr);
            return DeploymentFlow(store, *m_snapshot, m_services.clock.now()).gatesEnded(m_context, false, message);
        },
        m_config.busy);
    if (!written)
        qWarning("slipway: gates of deployment %lld: %s", m_context.deployment.id, qPrintable(written.error().message));
    Q_EMIT sampled(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    end();
}

void GateRunner::stop() {
    m_done = true;
    delete m_nextRound;
    m_nextRound = nullptr;
    for (Probe &probe : m_probes)
        if (probe.executor && !probe.outcome)
            probe.executor->stop(TaskStatus::Canceled, QStringLiteral("gate evaluation stopped"));
}

void GateRunner::end() {
    if (m_ended)
        return;
    m_ended = true;
    stop();
    // Unset when preparing failed: QDir("") is the process's current directory, which must survive.
    if (!m_workingDirectory.isEmpty())
        QDir(m_workingDirectory).removeRecursively();
    Q_EMIT ended(m_context.deployment.id);
}

} // namespace slipway
