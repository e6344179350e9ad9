#pragma once

#include "core/clock.h"
#include "core/identity.h"
#include "services/approvalservice.h"
#include "services/changenotifier.h"
#include "services/queryservice.h"

#include <QAbstractTableModel>
#include <QSet>

namespace slipway {

// The approver's inbox: every pending approval the user may act on (as themselves or through a
// group), newest first, with a check box per row for bulk actions. It follows the engine's change
// signals with row inserts, removals and dataChanged, never a reset.
class ApprovalInboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalInboxModel)
public:
    enum Column {
        PipelineColumn,
        ReleaseColumn,
        StageColumn,
        KindColumn,
        RequestedByColumn,
        WaitingColumn,
        ArtifactsColumn,
        DeferralColumn,
        ColumnCount
    };
    enum Role { ApprovalIdRole = Qt::UserRole + 1, ReleaseIdRole };

    ApprovalInboxModel(ApprovalService &approvals, QueryService &queries, ChangeNotifier &notifier, const Clock &clock,
                       Identity user, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the pending approvals and applies the difference row by row.
    void refresh();
    QList<ApprovalRecord> checked() const;
    ApprovalRecord approvalAt(int row) const { return m_rows.at(row).approval; }
    void setChecked(int row, bool checked);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    struct Row final {
        ApprovalRecord approval;
        QString artifacts;
    };
    ApprovalService &m_approvals;
    QueryService &m_queries;
    const Clock &m_clock;
    Identity m_user;
    QList<Row> m_rows;
    QSet<qint64> m_checked;
    QString m_lastError;

    QString waited(const QDateTime &since) const;
};

} // namespace slipway
