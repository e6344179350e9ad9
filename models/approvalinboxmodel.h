#pragma once

#include "core/clock.h"
#include "core/identity.h"
#include "services/approvalservice.h"
#include "services/changenotifier.h"
#include "services/inboxqueries.h"
#include "services/queryservice.h"

#include <QAbstractTableModel>
#include <QSet>

namespace slipway {

// One row of the inbox: a pending approval or a manual intervention.
struct InboxItem final {
    enum class Kind { Approval, Intervention };
    Kind kind = Kind::Approval;
    ApprovalRecord approval;          // Kind::Approval
    PendingIntervention intervention; // Kind::Intervention
    QString artifacts;                // "web 2.0.0, infra v2"

    bool isApproval() const { return kind == Kind::Approval; }
    qint64 releaseId() const { return isApproval() ? approval.releaseId : intervention.releaseId; }
    qint64 pipelineId() const { return isApproval() ? approval.pipelineId : intervention.pipelineId; }
    qint64 deploymentId() const { return isApproval() ? approval.deploymentId : intervention.deploymentId; }
    QString pipelineName() const { return isApproval() ? approval.pipelineName : intervention.pipelineName; }
    QString releaseName() const { return isApproval() ? approval.releaseName : intervention.releaseName; }
    QString stageName() const { return isApproval() ? approval.stageName : intervention.stageName; }
    QString requestedBy() const { return isApproval() ? approval.requestedBy : intervention.requestedBy; }
    QDateTime since() const { return isApproval() ? approval.createdAt : intervention.waitingSince; }
    // Unique across both kinds: approvals by id, interventions by their task run.
    std::pair<int, qint64> key() const { return {int(kind), isApproval() ? approval.id : intervention.taskRunId}; }
};

// The approver's inbox: every pending approval and manual intervention the user may act on (as
// themselves or through a group), newest first, with a check box per row for bulk actions. It
// follows the engine's change signals with row inserts, removals and dataChanged, never a reset.
// Ticks never outlive the rows they were made on: a refresh that adds or removes rows clears them.
class ApprovalInboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalInboxModel)
public:
    enum Column {
        PipelineColumn,
        ReleaseColumn,
        StageColumn,
        KindColumn,
        ApproverColumn,
        RequestedByColumn,
        WaitingColumn,
        ArtifactsColumn,
        DeferralColumn,
        ColumnCount
    };
    enum Role { ApprovalIdRole = Qt::UserRole + 1, ReleaseIdRole, IsInterventionRole };

    struct Sources final {
        ApprovalService &approvals;
        InboxQueries &inbox;
        QueryService &queries;
        ChangeNotifier &notifier;
    };
    ApprovalInboxModel(Sources sources, const Clock &clock, Identity user, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads what waits for the user and applies the difference row by row.
    void refresh();
    QList<InboxItem> checked() const;
    const InboxItem &itemAt(int row) const { return m_rows.at(row); }
    // The approval of a row; for an intervention, only where it belongs (id 0), for notifications.
    ApprovalRecord approvalAt(int row) const;
    int rowOfApproval(qint64 approvalId) const; // -1 when it is not in the inbox
    void setChecked(int row, bool checked);
    void clearChecks();
    bool hasDeferrals() const;
    // Who the row waits for, from the user's side: "you", "group:NAME" or "anyone".
    QString approverText(const InboxItem &item) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void pendingCountChanged(int count);
    // A refresh added or removed rows; `ticksCleared` when ticks were dropped with them.
    void rowsChangedByRefresh(bool ticksCleared);

private:
    Sources m_sources;
    const Clock &m_clock;
    Identity m_user;
    QList<InboxItem> m_rows;
    QSet<std::pair<int, qint64>> m_checked;
    QHash<qint64, QDateTime> m_deferrals; // by deployment: an earlier approver deferred its start
    QString m_lastError;

    QString waited(const QDateTime &since) const;
    QVariant display(const InboxItem &item, int column) const;
    QString toolTip(const InboxItem &item, int column) const;
    Result<QList<InboxItem>> load();
    bool applyRows(const QList<InboxItem> &wanted);
};

} // namespace slipway
