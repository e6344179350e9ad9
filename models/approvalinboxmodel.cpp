#include "approvalinboxmodel.h"
#include "errortext.h"

#include "datetext.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace slipway {

ApprovalInboxModel::ApprovalInboxModel(Sources sources, const Clock &clock, Identity user, QObject *parent)
    : QAbstractTableModel(parent), m_sources(sources), m_clock(clock), m_user(std::move(user)) {
    connect(&m_sources.notifier, &ChangeNotifier::releaseChanged, this, &ApprovalInboxModel::refresh);
    connect(&m_sources.notifier, &ChangeNotifier::releaseCreated, this, &ApprovalInboxModel::refresh);
    connect(&m_sources.notifier, &ChangeNotifier::releasesRemoved, this, &ApprovalInboxModel::refresh);
    connect(&m_sources.notifier, &ChangeNotifier::reloadNeeded, this, &ApprovalInboxModel::refresh);
    // The waiting times grow while nothing else changes: repaint them once a minute.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, WaitingColumn), index(int(m_rows.size()) - 1, WaitingColumn),
                               {Qt::DisplayRole, Qt::ToolTipRole});
    });
    minute->start();
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
    return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

QString ApprovalInboxModel::approverText(const InboxItem &item) const {
    if (item.isApproval())
        return item.approval.approver == m_user.userName ? tr("you") : item.approval.approver;
    const QStringList &approvers = item.intervention.approvers;
    if (approvers.isEmpty())
        return tr("anyone");
    if (approvers.contains(m_user.userName))
        return tr("you");
    for (const QString &approver : approvers)
        if (approver.startsWith(QLatin1String("group:")))
            return approver; // the inbox lists it, so the user is in one of them
    return approvers.join(QStringLiteral(", "));
}

QVariant ApprovalInboxModel::display(const InboxItem &item, int column) const {
    switch (column) {
    case PipelineColumn: return item.pipelineName();
    case ReleaseColumn: return item.releaseName();
    case StageColumn: return item.stageName();
    case KindColumn:
        if (!item.isApproval())
            return tr("Manual intervention");
        return item.approval.kind == ApprovalKind::PreDeploy ? tr("Pre-deployment approval")
                                                             : tr("Post-deployment approval");
    case ApproverColumn: return approverText(item);
    case RequestedByColumn: return item.requestedBy();
    case WaitingColumn: return waited(item.since());
    case ArtifactsColumn: return item.artifacts;
    case DeferralColumn: {
        const QDateTime until = m_deferrals.value(item.deploymentId());
        return until.isValid() ? compactDateTimeText(until) : QString();
    }
    default: return {};
    }
}

QString ApprovalInboxModel::toolTip(const InboxItem &item, int column) const {
    const QString since = dateTimeText(item.since());
    if (column == WaitingColumn)
        return tr("Waiting since %1").arg(since);
    if (column == DeferralColumn && m_deferrals.value(item.deploymentId()).isValid())
        return tr("An earlier approver deferred the start to %1")
            .arg(dateTimeText(m_deferrals.value(item.deploymentId())));
    const QString text = display(item, column).toString();
    if (!item.isApproval())
        return tr("%1\nManual intervention \"%2\" of %3 · %4 (attempt %5)")
            .arg(text, item.intervention.taskName, item.releaseName(), item.stageName())
            .arg(item.intervention.attempt);
    return tr("%1\nApproval for %2 · %3, assigned to %4; attempt %5")
        .arg(text, item.releaseName(), item.stageName(), item.approval.approver)
        .arg(item.approval.attempt);
}

QVariant ApprovalInboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = m_rows.at(index.row());
    switch (role) {
    case ApprovalIdRole: return item.isApproval() ? item.approval.id : qint64(0);
    case ReleaseIdRole: return item.releaseId();
    case IsInterventionRole: return !item.isApproval();
    case Qt::CheckStateRole:
        if (index.column() == PipelineColumn)
            return m_checked.contains(item.key()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: return toolTip(item, index.column());
    case Qt::DisplayRole: return display(item, index.column());
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
    const std::pair<int, qint64> key = m_rows.at(row).key();
    if (checked == m_checked.contains(key))
        return;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    const QModelIndex cell = index(row, PipelineColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
}

void ApprovalInboxModel::clearChecks() {
    for (int row = 0; row < m_rows.size(); ++row)
        setChecked(row, false);
    m_checked.clear();
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
    case KindColumn: return tr("Waiting for");
    case ApproverColumn: return tr("Approver");
    case RequestedByColumn: return tr("Requested by");
    case WaitingColumn: return tr("Waiting");
    case ArtifactsColumn: return tr("Artifacts");
    case DeferralColumn: return tr("Deferred to");
    default: return {};
    }
}

QList<InboxItem> ApprovalInboxModel::checked() const {
    QList<InboxItem> result;
    for (const InboxItem &item : m_rows)
        if (m_checked.contains(item.key()))
            result << item;
    return result;
}

ApprovalRecord ApprovalInboxModel::approvalAt(int row) const {
    const InboxItem &item = m_rows.at(row);
    if (item.isApproval())
        return item.approval;
    ApprovalRecord where;
    where.deploymentId = item.intervention.deploymentId;
    where.releaseId = item.releaseId();
    where.releaseName = item.releaseName();
    where.pipelineId = item.pipelineId();
    where.pipelineName = item.pipelineName();
    where.stageName = item.stageName();
    where.requestedBy = item.requestedBy();
    where.createdAt = item.since();
    return where;
}

int ApprovalInboxModel::rowOfApproval(qint64 approvalId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).isApproval() && m_rows.at(row).approval.id == approvalId)
            return row;
    return -1;
}

bool ApprovalInboxModel::hasDeferrals() const {
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [this](const InboxItem &item) { return m_deferrals.value(item.deploymentId()).isValid(); });
}

Result<QList<InboxItem>> ApprovalInboxModel::load() {
    Result<QList<ApprovalRecord>> pending = m_sources.approvals.pending(m_user);
    if (!pending)
        return pending.error();
    Result<QList<PendingIntervention>> interventions = m_sources.inbox.interventions(m_user);
    if (!interventions)
        return interventions.error();
    QList<InboxItem> items;
    for (const ApprovalRecord &a : std::as_const(*pending))
        items << InboxItem{InboxItem::Kind::Approval, a, {}, {}};
    for (const PendingIntervention &i : std::as_const(*interventions))
        items << InboxItem{InboxItem::Kind::Intervention, {}, i, {}};
    // Newest first, in an order that never changes for rows that stay (inserts and removals only).
    std::sort(items.begin(), items.end(), [](const InboxItem &a, const InboxItem &b) {
        if (a.since() != b.since())
            return a.since() > b.since();
        return a.key() > b.key();
    });
    // An earlier approver's deferral of the same deployment: the start this decision leads to.
    QHash<qint64, QDateTime> deferrals;
    for (const InboxItem &item : std::as_const(items)) {
        if (!item.isApproval() || deferrals.contains(item.deploymentId()))
            continue;
        Result<QList<ApprovalRecord>> siblings = m_sources.approvals.ofDeployment(item.deploymentId());
        if (!siblings)
            return siblings.error();
        QDateTime latest;
        for (const ApprovalRecord &s : std::as_const(*siblings))
            if (s.deferredUntil.isValid() && (!latest.isValid() || s.deferredUntil > latest))
                latest = s.deferredUntil;
        deferrals.insert(item.deploymentId(), latest);
    }
    for (int row = 0; row < m_rows.size(); ++row) // a deferral that changed is a cell that changed
        if (m_deferrals.value(m_rows.at(row).deploymentId()) != deferrals.value(m_rows.at(row).deploymentId()))
            Q_EMIT dataChanged(index(row, DeferralColumn), index(row, DeferralColumn));
    m_deferrals = deferrals;
    return items;
}

bool ApprovalInboxModel::applyRows(const QList<InboxItem> &wanted) {
    QSet<std::pair<int, qint64>> keys;
    for (const InboxItem &item : wanted)
        keys.insert(item.key());
    bool changed = false;
    // Removals first (bottom up), then inserts in the list's order; rows that stay keep their order.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (!keys.contains(m_rows.at(row).key())) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            changed = true;
        }
    for (int position = 0; position < wanted.size(); ++position) {
        if (position < m_rows.size() && m_rows.at(position).key() == wanted.at(position).key()) {
            InboxItem &kept = m_rows[position];
            if (kept.isApproval() && kept.approval.approver != wanted.at(position).approval.approver) {
                kept.approval = wanted.at(position).approval;
                Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
            }
            continue;
        }
        InboxItem item = wanted.at(position);
        if (Result<std::optional<ReleaseGridRow>> release = m_sources.queries.releaseGridRow(item.releaseId());
            release && release->has_value())
            item.artifacts = (*release)->artifactSummary;
        beginInsertRows({}, position, position);
        m_rows.insert(position, item);
        endInsertRows();
        changed = true;
    }
    return changed;
}

void ApprovalInboxModel::refresh() {
    Result<QList<InboxItem>> wanted = load();
    if (!wanted) {
        m_lastError = errorText(wanted.error());
        return;
    }
    m_lastError.clear();
    const bool hadTicks = !m_checked.isEmpty();
    if (applyRows(*wanted)) {
        // What was ticked was ticked on another list: never act on it unseen.
        clearChecks();
        Q_EMIT rowsChangedByRefresh(hadTicks);
    }
    Q_EMIT pendingCountChanged(int(m_rows.size()));
}

} // namespace slipway
