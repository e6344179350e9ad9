// A run that outlives its engine while it waits for a manual intervention: parked on shutdown, adopted by the
// next engine (docs/domain.md#durability-and-crashes). The rest of DeploymentRun is in deploymentrun.cpp.
#include "deploymentrun.h"

#include "runtime/builtintasks.h"
#include "runtime/engineproblem.h"

namespace slipway {

void DeploymentRun::adopt() {
    Status ready = prepare(true);
    if (ready)
        ready = restoreProgress();
    if (!ready) {
        finish(ready.error().message);
        return;
    }
    const TaskSpec &task = m_tasks.at(m_index);
    m_executor = makeTaskExecutor(task, {m_services.clock, *m_variables, m_workingDirectory});
    auto *intervention = qobject_cast<ManualInterventionTask *>(m_executor.get());
    if (!intervention) {
        finish(QStringLiteral("task %1 is not a manual intervention").arg(task.name));
        return;
    }
    connect(m_executor.get(), &TaskExecutor::output, this, &DeploymentRun::onOutput);
    connect(m_executor.get(), &TaskExecutor::finished, this, &DeploymentRun::onTaskFinished, Qt::QueuedConnection);
    log(QStringLiteral("system"),
        engineText(QT_TRANSLATE_NOOP("Engine", "Continued by the engine on %1 (pid %2): still waiting for the "
                                               "manual intervention; the tasks before it are not run again"),
                   {m_config.owner.host, QString::number(m_config.owner.pid)}));
    intervention->continueWaiting(m_waitingSince);
    Q_EMIT changed(m_context.pipelineId, m_context.releaseId, m_context.deployment.id);
    checkIntervention(); // it may have been answered while no engine held it
}

Status DeploymentRun::restoreProgress() {
    Result<QList<TaskRunRecord>> runs = m_services.store.deployments().taskRuns(m_context.deployment.id);
    if (!runs)
        return runs.error();
    const auto waiting = std::find_if(runs->crbegin(), runs->crend(), [](const TaskRunRecord &run) {
        return run.index >= 0 && run.status == TaskStatus::InProgress;
    });
    if (waiting == runs->crend() || waiting->index >= m_tasks.size())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "deployment %1 has no manual intervention waiting"),
                               {QString::number(m_context.deployment.id)});
    m_index = waiting->index;
    m_taskRunId = waiting->id;
    m_waitingSince = waiting->startedAt;
    // The outcomes so far decide the conditions of the tasks still to come, as if the run had never stopped.
    for (const TaskRunRecord &run : std::as_const(*runs)) {
        if (run.index < 0 || run.index >= m_index || run.status != TaskStatus::Failed)
            continue;
        if (m_tasks.at(run.index).continueOnError)
            m_partial = true;
        else
            m_failed = true;
    }
    return {};
}

bool DeploymentRun::waitsForIntervention() const {
    return !m_stop && !m_finished && qobject_cast<ManualInterventionTask *>(m_executor.get()) != nullptr;
}

bool DeploymentRun::park(const QString &reason) {
    if (!waitsForIntervention())
        return false;
    bool parked = false;
    const qint64 id = m_context.deployment.id;
    const bool written = write([&]() -> Status {
        // Only while it still waits here: an answer being picked up or a cancel request is finished by this run.
        Result<std::optional<DeploymentContext>> current = m_services.store.deployments().deployment(id);
        if (!current || !current->has_value())
            return current ? Status() : Status(current.error());
        if ((*current)->deployment.operationStatus != OperationStatus::PendingIntervention ||
            (*current)->owner != m_config.owner.id)
            return {};
        parked = true;
        const LogLineRecord line{0, m_taskRunId, m_services.clock.now(), QStringLiteral("system"), reason};
        if (Status ok = m_services.store.deployments().appendLog({line}); !ok)
            return ok;
        return m_services.store.deployments().releaseOwner(id);
    });
    if (!written || !parked)
        return false;
    m_finished = true;
    if (std::unique_ptr<TaskExecutor> waiting = std::move(m_executor)) {
        waiting->disconnect(this);
        waiting.release()->deleteLater();
    }
    Q_EMIT changed(m_context.pipelineId, m_context.releaseId, id);
    return true;
}

} // namespace slipway
