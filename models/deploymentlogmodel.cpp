#include "deploymentlogmodel.h"

#include "errortext.h"
#include "statuspresentation.h"

namespace slipway {

DeploymentLogModel::DeploymentLogModel(ReleaseService &releases, qint64 releaseId, QObject *parent)
    : QAbstractItemModel(parent), m_releases(releases), m_releaseId(releaseId) {
    refresh();
}

QModelIndex DeploymentLogModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    // Attempts carry the marker; tasks carry their attempt's row.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : topLevel);
}

QModelIndex DeploymentLogModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId()), 0, topLevel);
}

int DeploymentLogModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_attempts.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_attempts.at(parent.row()).tasks.size());
}

int DeploymentLogModel::columnCount(const QModelIndex &) const {
    return 2;
}

QVariant DeploymentLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isAttempt = index.internalId() == topLevel;
    const Attempt &attempt = m_attempts.at(isAttempt ? index.row() : int(index.internalId()));
    if (role == DeploymentIdRole)
        return attempt.deployment.id;
    if (role == TaskRunIdRole)
        return isAttempt ? QVariant() : QVariant(attempt.tasks.at(index.row()).id);
    if (role != Qt::DisplayRole)
        return {};
    if (isAttempt)
        return index.column() == 0 ? tr("%1 · attempt %2").arg(attempt.stage).arg(attempt.deployment.attempt)
               : attempt.deployment.operationStatus == OperationStatus::Done
                   ? QVariant(deploymentStatusText(attempt.deployment.status))
                   : QVariant(attemptStateText(attempt.deployment));
    const TaskRunRecord &task = attempt.tasks.at(index.row());
    // The engine's own step (index -1, "Initialize") in words; a task's name as the pipeline gives it.
    if (index.column() == 0)
        return task.index < 0 ? engineText(task.name) : task.name;
    return task.id < 0 ? tr("Not started") : taskStatusText(task.status);
}

QVariant DeploymentLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Deployment and task") : tr("Status");
}

void DeploymentLogModel::refresh() {
    Result<ReleaseDetails> details = m_releases.details(m_releaseId);
    if (!details)
        return;
    m_details = *details;
    QList<Attempt> fresh;
    for (const StageDetails &stage : std::as_const(details->stages)) {
        const QStringList planned = m_planned ? m_planned(stage.stage.name) : QStringList();
        for (const DeploymentRecord &d : stage.deployments) {
            QList<TaskRunRecord> tasks = stage.tasks.value(d.id);
            // The tasks not run yet follow, under ids of their own below zero (no log lines match them).
            for (int i = 0; i < planned.size(); ++i)
                if (std::none_of(tasks.cbegin(), tasks.cend(), [i](const TaskRunRecord &t) { return t.index == i; })) {
                    TaskRunRecord notRun;
                    notRun.id = -1 - i;
                    notRun.deploymentId = d.id;
                    notRun.index = i;
                    notRun.name = planned.at(i);
                    tasks.append(notRun);
                }
            fresh.append({stage.stage.name, d, tasks});
        }
    }
    std::sort(fresh.begin(), fresh.end(),
              [](const Attempt &a, const Attempt &b) { return a.deployment.id < b.deployment.id; });
    // Attempts only ever arrive at the end (ids grow); existing ones keep their rows.
    for (int row = 0; row < fresh.size(); ++row) {
        if (row >= m_attempts.size()) {
            beginInsertRows({}, row, row);
            m_attempts.append(fresh.at(row));
            endInsertRows();
            continue;
        }
        Attempt &known = m_attempts[row];
        const QModelIndex parentIndex = index(row, 0);
        const qsizetype before = known.tasks.size();
        const QList<TaskRunRecord> &tasks = fresh.at(row).tasks;
        for (qsizetype t = 0; t < qMin(before, tasks.size()); ++t)
            if (known.tasks.at(t).status != tasks.at(t).status || known.tasks.at(t).id != tasks.at(t).id) {
                known.tasks[t] = tasks.at(t);
                Q_EMIT dataChanged(index(int(t), 0, parentIndex), index(int(t), 1, parentIndex));
            }
        if (tasks.size() > before) {
            beginInsertRows(parentIndex, int(before), int(tasks.size()) - 1);
            known.tasks = tasks;
            endInsertRows();
        }
        if (known.deployment.status != fresh.at(row).deployment.status ||
            known.deployment.operationStatus != fresh.at(row).deployment.operationStatus) {
            known.deployment = fresh.at(row).deployment;
            Q_EMIT dataChanged(index(row, 0), index(row, 1));
        }
    }
}

void DeploymentLogModel::setPlannedTasks(PlannedTasks planned) {
    m_planned = std::move(planned);
    refresh();
}

// The words of the status tables (errortext.h), one vocabulary for every view.
QString taskStatusText(TaskStatus status) {
    return statusText(status);
}

QString deploymentStatusText(DeploymentStatus status) {
    return statusText(status);
}

QString attemptStateText(const DeploymentRecord &d) {
    switch (d.operationStatus) {
    case OperationStatus::Done: return statusText(d.status);
    case OperationStatus::Running: return statusText(DeploymentStatus::InProgress);
    default: return statusText(d.operationStatus);
    }
}

} // namespace slipway
