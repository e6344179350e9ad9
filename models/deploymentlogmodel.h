#pragma once

#include "services/releaseservice.h"

#include <QAbstractItemModel>

#include <functional>

namespace slipway {

// The task names of a stage in the release's snapshot, for the tasks that have not run yet.
using PlannedTasks = std::function<QStringList(const QString &stage)>;

// A release's deployments as a tree: each attempt of each stage, and under it its task runs (the
// Initialize step first), then the tasks that have not started yet ("not started"). Refreshing inserts new attempts and
// tasks and reports changed statuses as dataChanged, never a reset, so a selection survives while a deployment runs.
class DeploymentLogModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentLogModel)
public:
    enum Role { DeploymentIdRole = Qt::UserRole + 1, TaskRunIdRole };

    DeploymentLogModel(ReleaseService &releases, qint64 releaseId, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    // Lists the snapshot's tasks that have not run yet under each attempt (refreshes).
    void setPlannedTasks(PlannedTasks planned);
    qint64 releaseId() const { return m_releaseId; }
    const ReleaseDetails &details() const { return m_details; }

private:
    struct Attempt final {
        QString stage;
        DeploymentRecord deployment;
        QList<TaskRunRecord> tasks;
    };
    ReleaseService &m_releases;
    PlannedTasks m_planned;
    qint64 m_releaseId;
    ReleaseDetails m_details;
    QList<Attempt> m_attempts; // by deployment id

    static constexpr quintptr topLevel = quintptr(-1);
};

// Task, deployment and attempt states in words ("in progress", "waiting for approval"), not wire names.
QString taskStatusText(TaskStatus status);
QString deploymentStatusText(DeploymentStatus status);
QString attemptStateText(const DeploymentRecord &deployment);

} // namespace slipway
