#include "approvalinboxmodel.h"

#include "datetext.h"
#include "errortext.h"

#include <QLocale>

namespace slipway {

ApprovalInboxModel::ApprovalInboxModel(ApprovalService &approvals, QueryService &queries, ChangeNotifier &notifier,
                                       const Clock &clock, Identity user, QObject *parent)
    : QAbstractTableModel(parent), m_approvals(approvals), m_queries(queries), m_clock(clock), m_user(std::move(user)) {
    connect(&notifier, &ChangeNotifier::releaseChanged, this, &ApprovalInboxModel::refresh);
    connect(&notifier, &ChangeNotifier::releaseCreated, this, &ApprovalInboxModel::refresh);
    connect(&notifier, &ChangeNotifier::releasesRemoved, this, &ApprovalInboxModel::refresh);
    refresh();
}

int ApprovalInboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalInboxModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalInboxModel::waited(const QDateTime &since) const {
    const qint64 minutes = qMax<qint64>(0, since.secsTo(m_clock.now()) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n days", nullptr, int(minutes / (24 * 60)));
}

QVariant ApprovalInboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ApprovalRecord &a = row.approval;
    if (role == ApprovalIdRole)
        return a.id;
    if (role == ReleaseIdRole)
        return a.releaseId;
    if (role == Qt::CheckStateRole && index.column() == PipelineColumn)
        return m_checked.contains(a.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return tr("Approval %1 for %2, assigned to %3; attempt %4")
            .arg(a.id)
            .arg(a.stageName, a.approver)
            .arg(a.attempt);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PipelineColumn: return a.pipelineName;
    case ReleaseColumn: return a.releaseName;
    case StageColumn: return a.stageName;
    case KindColumn: return a.kind == ApprovalKind::PreDeploy ? tr("Pre-deployment") : tr("Post-deployment");
    case RequestedByColumn: return a.requestedBy;
    case WaitingColumn: return waited(a.createdAt);
    case ArtifactsColumn: return row.artifacts;
    case DeferralColumn: return a.deferredUntil.isValid() ? compactDateTimeText(a.deferredUntil) : QString();
    default: return {};
    }
}

bool ApprovalInboxModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || index.column() != PipelineColumn || !checkIndex(index))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

void ApprovalInboxModel::setChecked(int row, bool checked) {
    const qint64 id = m_rows.at(row).approval.id;
    if (checked == m_checked.contains(id))
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const QModelIndex cell = index(row, PipelineColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
}

Qt::ItemFlags ApprovalInboxModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PipelineColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ApprovalInboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PipelineColumn: return tr("Pipeline");
    case ReleaseColumn: return tr("Release");
    case StageColumn: return tr("Stage");
    case KindColumn: return tr("When");
    case RequestedByColumn: return tr("Requested by");
    case WaitingColumn: return tr("Waiting");
    case ArtifactsColumn: return tr("Artifacts");
    case DeferralColumn: return tr("Deferred to");
    default: return {};
    }
}

QList<ApprovalRecord> ApprovalInboxModel::checked() const {
    QList<ApprovalRecord> result;
    for (const Row &row : m_rows)
        if (m_checked.contains(row.approval.id))
            result << row.approval;
    return result;
}

void ApprovalInboxModel::refresh() {
    Result<QList<ApprovalRecord>> pending = m_approvals.pending(m_user);
    if (!pending) {
        m_lastError = errorText(pending.error());
        return;
    }
    m_lastError.clear();
    QSet<qint64> wanted;
    for (const ApprovalRecord &a : std::as_const(*pending))
        wanted.insert(a.id);
    // Removals first (bottom up), then inserts in the list's order (newest first), then updates.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (!wanted.contains(m_rows.at(row).approval.id)) {
            beginRemoveRows({}, row, row);
            m_checked.remove(m_rows.at(row).approval.id);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    for (int position = 0; position < pending->size(); ++position) {
        const ApprovalRecord &a = pending->at(position);
        if (position < m_rows.size() && m_rows.at(position).approval.id == a.id) {
            if (m_rows.at(position).approval.deferredUntil != a.deferredUntil) {
                m_rows[position].approval = a;
                Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
            }
            continue;
        }
        QString artifacts;
        if (Result<std::optional<ReleaseGridRow>> release = m_queries.releaseGridRow(a.releaseId);
            release && release->has_value())
            artifacts = (*release)->artifactSummary;
        beginInsertRows({}, position, position);
        m_rows.insert(position, {a, artifacts});
        endInsertRows();
    }
    Q_EMIT pendingCountChanged(int(m_rows.size()));
}

} // namespace slipway
