#include "deploymentrun.h"

#include "definition/macros.h"
#include "definition/specreader.h"
#include "definition/values.h"
#include "runtime/builtintasks.h"
#include "rules/deploymentflow.h"
#include "runtime/engineproblem.h"
#include "runtime/processgroups.h"
#include "rules/transitions.h"
#include "services/releasesecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace slipway {

namespace {

bool copyRecursively(const QString &from, const QString &to) {
    const QFileInfo source(from);
    if (source.isFile()) {
        QDir().mkpath(to);
        return QFile::copy(from, QDir(to).filePath(source.fileName()));
    }
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

DeploymentRun::DeploymentRun(Services &services, DeploymentContext context, const EngineConfig &config, QObject *parent)
    : QObject(parent), m_services(services), m_context(std::move(context)), m_config(config) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeploymentRun::flushLogs);
}

DeploymentRun::~DeploymentRun() {
    // A process stopped while this run goes away may still flush output: it must not reach a half-destroyed run.
    if (m_executor)
        m_executor->disconnect(this);
}

bool DeploymentRun::write(const std::function<Status()> &change) {
    // Log lines waiting to be stored go in the same transaction as the state change that follows them. They stay
    // buffered until it commits, and the deferred changes while the database fails: a busy database loses neither.
    const qsizetype lineCount = m_logBuffer.size();
    const QList<LogLineRecord> lines = m_logBuffer;
    const QList<std::function<Status()>> deferred = m_deferred;
    bool namedBusy = false;
    const Status result = commitWhenFree(
        m_services.store,
        [&]() -> Status {
            if (!lines.isEmpty())
                if (Status stored = m_services.store.deployments().appendLog(lines); !stored)
                    return stored;
            for (const std::function<Status()> &earlier : deferred)
                if (Status ok = earlier(); !ok)
                    return ok;
            return change();
        },
        m_config.busy,
        [&](const Error &busy) {
            if (!std::exchange(namedBusy, true)) {
                m_writeFailed = true;
                Q_EMIT storageFailed(busy.message); // the engine names it once, not per attempt
            }
        });
    const bool trouble = !result && isStorageTrouble(result.error());
    if (result) {
        m_logBuffer.remove(0, lineCount);
        m_deferred.remove(0, deferred.size());
    } else if (!trouble) {
        m_deferred.remove(0, deferred.size()); // refused (not the database failing): trying again changes nothing
    }
    if (trouble) {
        m_writeFailed = true;
        Q_EMIT storageFailed(result.error().message); // the engine names it once, not per write
    } else if (!result) {
        qWarning("slipway: deployment %lld: %s", m_context.deployment.id, qPrintable(result.error().message));
    } else if (std::exchange(m_writeFailed, false)) {
        Q_EMIT storageWorked();
    }
    if (result && !lines.isEmpty())
        Q_EMIT logAppended(m_context.deployment.id);
    return result.ok();
}

void DeploymentRun::start() {
    // Like a task, preparing the workspace has a run of its own (index -1), so its log has a home.
    const QDateTime now = m_services.clock.now();
    if (!write([&]() -> Status {
            Result<qint64> id = m_services.store.deployments().startTask(m_context.deployment.id, -1,
                                                                         QStringLiteral("Initialize"), now);
            if (!id)
                return id.error();
            m_taskRunId = *id;
            return {};
        })) {
        finish(QStringLiteral("cannot record the deployment's start"));
        return;
    }
    log(QStringLiteral("system"),
        engineText(QT_TRANSLATE_NOOP("Engine", "Deploying %1 to %2, attempt %3"),
                   {m_context.releaseName, m_context.stageName, QString::number(m_context.deployment.attempt)}));
    const Status ready = prepare();
    writeWithNext([this, ready, runId = m_taskRunId, at = m_services.clock.now()] {
        return m_services.store.deployments().finishTask(runId, ready ? TaskStatus::Succeeded : TaskStatus::Failed,
                                                         std::nullopt, ready ? QString() : ready.error().message, at);
    });
    if (!ready) {
        finish(ready.error().message);
        return;
    }
    runNext();
}

Status DeploymentRun::prepare(bool keepWorkspace) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(m_context.revisionId);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = *snapshot;
    m_stage = m_snapshot->stage(m_context.stageName);
    if (!m_stage)
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is not in the release's snapshot"),
                               {m_context.stageName});
    m_tasks = m_stage->tasks;
    Result<std::optional<ReleaseRecord>> release = m_services.store.releases().release(m_context.releaseId);
    if (!release || !release->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release %1 not found"),
                               {QString::number(m_context.releaseId)});
    Result<QList<ReleaseArtifactRecord>> artifacts = m_services.store.releases().releaseArtifacts(m_context.releaseId);
    if (!artifacts)
        return artifacts.error();
    m_workingDirectory = QDir(m_config.workRoot).filePath(QStringLiteral("deployment-%1").arg(m_context.deployment.id));
    m_variables =
        std::make_unique<DeploymentVariables>(*m_snapshot, *m_stage, **release, *artifacts, m_context.deployment,
                                              m_workingDirectory, m_services.store.secrets());
    m_variables->setAgent(m_config.agent.displayName(m_config.owner.host), m_config.owner.host);
    for (const TaskSpec &task : std::as_const(m_tasks))
        if (Status usable = m_variables->secretsUsable(expandedTexts(task)); !usable)
            return usable;
    // This deployment's values, and every secret its release knows: a task may print another stage's value too.
    Result<QStringList> known = ReleaseSecrets(m_services.store, m_services.pipelines).values(m_context.releaseId);
    m_masker = std::make_unique<SecretMasker>(m_variables->secretValues() + (known ? *known : QStringList()));
    // What the tasks before an intervention left in the folder is still there for the ones after it.
    if (keepWorkspace && QFileInfo(m_workingDirectory).isDir())
        return {};
    return prepareWorkspace(*artifacts);
}

// A fresh folder per deployment, with each artifact version under artifacts/{alias}.
Status DeploymentRun::prepareWorkspace(const QList<ReleaseArtifactRecord> &artifacts) {
    QDir(m_workingDirectory).removeRecursively();
    if (!QDir().mkpath(m_workingDirectory))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the working folder %1"), {m_workingDirectory});
    if (artifacts.isEmpty())
        return {};
    Result<QList<ArtifactSourceRecord>> sources = m_services.artifacts.sources(m_context.pipelineId);
    if (!sources)
        return sources.error();
    for (const ReleaseArtifactRecord &artifact : artifacts) {
        const QString target = m_workingDirectory + QStringLiteral("/artifacts/") + artifact.alias;
        QDir().mkpath(target);
        if (!artifact.version)
            continue;
        const auto source = std::find_if(sources->cbegin(), sources->cend(),
                                         [&](const ArtifactSourceRecord &s) { return s.alias == artifact.alias; });
        if (source != sources->cend() && source->type == QLatin1String("folder")) {
            const QString from = QDir(artifactSourceOf(source->settings).path).filePath(artifact.version->version);
            if (!copyRecursively(from, target))
                return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot copy artifact %1 %2 from %3"),
                                      {artifact.alias, artifact.version->version, from});
        }
        log(QStringLiteral("system"), engineText(QT_TRANSLATE_NOOP("Engine", "Artifact %1: version %2"),
                                                 {artifact.alias, artifact.version->version}));
    }
    return {};
}

void DeploymentRun::runNext() {
    while (++m_index < m_tasks.size()) {
        const TaskSpec &task = m_tasks.at(m_index);
        const QString name = task.name;
        QString skipped;
        if (m_stop)
            skipped = QStringLiteral("not run: %1").arg(m_stop->message);
        else if (task.isAzurePlaceholder()) // imported from Azure, enabled or not
            skipped = QStringLiteral("not run: Azure task %1 has no Slipway equivalent").arg(task.azureTaskId);
        else if (!task.enabled)
            skipped = QStringLiteral("disabled");
        else if ((task.condition == TaskSpec::Condition::Succeeded && m_failed) ||
                 (task.condition == TaskSpec::Condition::Failed && !m_failed))
            skipped = QStringLiteral("condition \"%1\" not met").arg(conditionName(task.condition));
        if (skipped.isEmpty()) {
            startTask(task);
            return;
        }
        write([&] {
            return m_services.store.deployments().recordTask(m_context.deployment.id, m_index, name,
                                                             TaskStatus::Skipped, skipped);
        });
        log(QStringLiteral("system"), engineText(QT_TRANSLATE_NOOP("Engine", "Skipped %1: %2"), {name, skipped}));
    }
    finish();
}

void DeploymentRun::startTask(const TaskSpec &task) {
    const QString name = task.name;
    const QDateTime now = m_services.clock.now();
    qint64 taskRunId = 0;
    // Recorded before the process starts: after a crash it shows as interrupted, never re-run.
    if (!write([&]() -> Status {
            Result<qint64> id = m_services.store.deployments().startTask(m_context.deployment.id, m_index, name, now);
            if (!id)
                return id.error();
            taskRunId = *id;
            return {};
        })) {
        finish(QStringLiteral("cannot record task %1").arg(name));
        return;
    }
    m_taskRunId = taskRunId;
    m_taskLines = 0;
    log(QStringLiteral("system"), engineText(QT_TRANSLATE_NOOP("Engine", "Task %1 (%2)"), {name, task.type}));
    m_executor = makeTaskExecutor(task, {m_services.clock, *m_variables, m_workingDirectory});
    connect(m_executor.get(), &TaskExecutor::output, this, &DeploymentRun::onOutput);
    connect(m_executor.get(), &TaskExecutor::processStarted, this, &DeploymentRun::recordProcessGroup);
    connect(m_executor.get(), &TaskExecutor::finished, this, &DeploymentRun::onTaskFinished, Qt::QueuedConnection);
    const bool intervention = task.isManualIntervention();
    if (intervention) {
        // It keeps its own timeout, with the action the task names.
        write([&] { return Transitions(m_services.store, now).waitForIntervention(m_context, name); });
    } else {
        const qint64 timeout = task.timeoutSeconds;
        m_timeout = new Deadline(m_services.clock, now.addSecs(timeout), this);
        connect(m_timeout, &Deadline::fired, this, [this, timeout] {
            if (m_executor)
                m_executor->stop(TaskStatus::Failed, QStringLiteral("timed out after %1").arg(formatDuration(timeout)));
        });
    }
    Q_EMIT changed(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    m_executor->start();
}

void DeploymentRun::recordProcessGroup(qint64 groupId) {
    // Should this engine die, another one finds the group here and ends what PR_SET_PDEATHSIG did not reach.
    std::optional<ProcessGroupRecord> group = identifyGroup(groupId);
    if (!group)
        return; // already gone
    group->taskRunId = m_taskRunId;
    group->host = m_config.owner.host;
    write([&] { return m_services.store.deployments().recordProcessGroup(*group); });
}

void DeploymentRun::onOutput(const QString &stream, const QString &line) {
    if (m_taskLines == m_config.maxLogLinesPerTask)
        log(QStringLiteral("system"),
            engineText(QT_TRANSLATE_NOOP("Engine", "Output truncated after %1 lines; the task keeps running"),
                       {QString::number(m_taskLines)}));
    if (m_taskLines++ >= m_config.maxLogLinesPerTask)
        return;
    log(stream, line);
}

void DeploymentRun::log(const QString &stream, const QString &line) {
    m_logBuffer.append({0, m_taskRunId, m_services.clock.now(), stream, m_masker ? m_masker->mask(line) : line});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DeploymentRun::flushLogs() {
    if (!m_logBuffer.isEmpty())
        write([] { return Status(); });
}

void DeploymentRun::onTaskFinished(const TaskOutcome &outcome) {
    std::unique_ptr<TaskExecutor> done = std::move(m_executor);
    if (done)
        done.release()->deleteLater();
    delete m_timeout;
    m_timeout = nullptr;
    const TaskSpec &task = m_tasks.at(m_index);
    if (task.isManualIntervention() && !m_stop)
        writeWithNext([this, at = m_services.clock.now()] {
            return Transitions(m_services.store, at).interventionAnswered(m_context);
        });
    if (outcome.rejected) {
        m_rejected = true;
        m_rejection = outcome.message;
    }
    if (outcome.status == TaskStatus::Failed) {
        if (task.continueOnError)
            m_partial = true;
        else
            m_failed = true;
    }
    const QString name = task.name;
    log(QStringLiteral("system"),
        outcome.message.isEmpty()
            ? engineText(QT_TRANSLATE_NOOP("Engine", "Task %1: %2"), {name, engineTaskStatusText(outcome.status)})
            : engineText(QT_TRANSLATE_NOOP("Engine", "Task %1: %2 (%3)"),
                         {name, engineTaskStatusText(outcome.status), outcome.message}));
    writeWithNext([this, runId = m_taskRunId, outcome, at = m_services.clock.now()] {
        return m_services.store.deployments().finishTask(runId, outcome.status, outcome.exitCode,
                                                         m_masker->mask(outcome.message), at);
    });
    Q_EMIT changed(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    runNext();
}

void DeploymentRun::checkIntervention() {
    auto *intervention = qobject_cast<ManualInterventionTask *>(m_executor.get());
    if (!intervention)
        return;
    Result<QList<TaskRunRecord>> runs = m_services.store.deployments().taskRuns(m_context.deployment.id);
    if (!runs)
        return;
    for (const TaskRunRecord &run : *runs)
        if (run.id == m_taskRunId && !run.decision.isEmpty())
            intervention->decide(run.decision == QLatin1String("resume"), run.decidedBy, run.decisionComment);
}

void DeploymentRun::stopWith(TaskStatus status, const QString &reason, const QString &logLine) {
    if (m_stop || m_finished)
        return;
    m_stop = TaskOutcome{status, std::nullopt, reason};
    m_stopLine = logLine;
    if (m_executor)
        m_executor->stop(status, reason);
}

void DeploymentRun::cancel(const QString &by) {
    if (by.isEmpty())
        stopWith(TaskStatus::Canceled, QStringLiteral("canceled on request"),
                 engineText(QT_TRANSLATE_NOOP("Engine", "Canceled on request")));
    else
        stopWith(TaskStatus::Canceled, QStringLiteral("canceled by %1").arg(by),
                 engineText(QT_TRANSLATE_NOOP("Engine", "Canceled by %1"), {by}));
}

void DeploymentRun::interrupt() {
    const EngineOwner &owner = m_config.owner;
    stopWith(TaskStatus::Interrupted, QStringLiteral("interrupted: Slipway was shut down while it ran"),
             engineText(QT_TRANSLATE_NOOP("Engine", "Interrupted: Slipway (%1, pid %2) was shut down while it ran"),
                        {owner.host, QString::number(owner.pid)}));
}

void DeploymentRun::finish(const QString &failure) {
    if (m_finished)
        return;
    m_finished = true;
    DeploymentStatus status = DeploymentStatus::Succeeded;
    QString message = failure;
    if (m_stop) {
        status = m_stop->status == TaskStatus::Canceled ? DeploymentStatus::Canceled : DeploymentStatus::Interrupted;
        message = m_stop->message;
    } else if (m_rejected) {
        status = DeploymentStatus::Failed;
        message = m_rejection;
    } else if (m_failed || !failure.isEmpty()) {
        status = DeploymentStatus::Failed;
    } else if (m_partial) {
        status = DeploymentStatus::PartiallySucceeded;
    }
    if (m_masker) // a rejection's comment or a task's message may quote a secret
        message = m_masker->mask(message);
    if (!failure.isEmpty())
        log(QStringLiteral("system"), failure);
    if (m_stop) // the log ends saying why: who canceled it, or that its engine was shut down
        log(QStringLiteral("system"), m_stopLine);
    const QDateTime now = m_services.clock.now();
    Store &store = m_services.store;
    write([&]() -> Status {
        if (m_snapshot)
            return DeploymentFlow(store, *m_snapshot, now).tasksEnded(m_context, status, m_rejected, message);
        // Without its snapshot the deployment can only end.
        return Transitions(store, now)
            .finish(m_context, status, stageStatusOf(status, OperationStatus::Done), message, nullptr);
    });
    Q_EMIT changed(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    Q_EMIT completed(m_context.deployment.id);
}

} // namespace slipway
