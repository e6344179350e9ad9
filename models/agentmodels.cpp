#include "agentmodels.h"

#include "datetext.h"

#include <QGuiApplication>
#include <QPalette>

namespace slipway {

namespace {

// Brings `rows` to `fresh` row by row, matched by `key`, so that a view keeps its selection and scroll position.
// The model's protected notifications come in as `notify`, called with what is about to change.
struct RowChanges final {
    std::function<void(int)> beginRemove, beginInsert;
    std::function<void(int, int)> beginMove;
    std::function<void()> endRemove, endInsert, endMove;
};

template <typename Row, typename Key>
void syncRows(QList<Row> &rows, const QList<Row> &fresh, Key key, const RowChanges &notify) {
    const auto find = [&key](const QList<Row> &in, const Row &wanted, qsizetype from) {
        for (qsizetype at = from; at < in.size(); ++at)
            if (key(in.at(at)) == key(wanted))
                return int(at);
        return -1;
    };
    for (int row = int(rows.size()) - 1; row >= 0; --row)
        if (find(fresh, rows.at(row), 0) < 0) {
            notify.beginRemove(row);
            rows.removeAt(row);
            notify.endRemove();
        }
    for (int row = 0; row < fresh.size(); ++row) {
        const int at = find(rows, fresh.at(row), row);
        if (at < 0) {
            notify.beginInsert(row);
            rows.insert(row, fresh.at(row));
            notify.endInsert();
            continue;
        }
        if (at != row) {
            notify.beginMove(at, row);
            rows.move(at, row);
            notify.endMove();
        }
        rows[row] = fresh.at(row);
    }
}

QString capabilitiesText(const QJsonObject &capabilities, bool withSystem) {
    QStringList parts;
    for (auto it = capabilities.constBegin(); it != capabilities.constEnd(); ++it)
        if (withSystem || !it.key().startsWith(QLatin1String("Agent."))) // every agent has those
            parts << (it.value().toString().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value().toString());
    return parts.join(QStringLiteral(", "));
}

QString poolKey(const PoolQueue &pool) {
    return pool.pool.toCaseFolded();
}

} // namespace

QString agentStateText(AgentState state) {
    switch (state) {
    case AgentState::Online: return AgentListModel::tr("Online");
    case AgentState::Disabled: return AgentListModel::tr("Disabled");
    case AgentState::Offline: return AgentListModel::tr("Offline");
    }
    return {};
}

AgentListModel::AgentListModel(AgentService &agents, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_agents(agents), m_clock(clock) {}

int AgentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

AgentState AgentListModel::stateOf(const AgentRecord &agent) const {
    if (!agent.isOnline(m_clock.now()))
        return AgentState::Offline;
    return agent.enabled ? AgentState::Online : AgentState::Disabled;
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentRecord &agent = m_rows.at(index.row());
    const AgentState state = m_states.value(index.row(), AgentState::Offline);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return agent.name;
        case StateColumn: return agentStateText(state);
        case HostColumn: return agent.host;
        case PoolsColumn: return agent.pools.join(QStringLiteral(", "));
        case CapabilitiesColumn: return capabilitiesText(agent.capabilities, false);
        case HeartbeatColumn: return compactDateTimeText(agent.lastSeen);
        case DeploymentColumn:
            return agent.deploymentId && state != AgentState::Offline ? tr("Deployment %1").arg(*agent.deploymentId)
                                                                      : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CapabilitiesColumn)
            return capabilitiesText(agent.capabilities, true);
        if (index.column() == DeploymentColumn && agent.deploymentId)
            return tr("Double-click to open its release");
        if (index.column() == HeartbeatColumn)
            return tr("Started %1; offline %2 s after its last heartbeat")
                .arg(dateTimeText(agent.startedAt))
                .arg(agent.leaseSeconds);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && state == AgentState::Offline)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == ReleaseIdRole)
        return state == AgentState::Offline ? 0 : agent.releaseId;
    if (role == StateRole)
        return int(state);
    if (role == EnabledRole)
        return agent.enabled;
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case HostColumn: return tr("Host");
    case PoolsColumn: return tr("Pools");
    case CapabilitiesColumn: return tr("Capabilities");
    case HeartbeatColumn: return tr("Last heartbeat");
    case DeploymentColumn: return tr("Running");
    default: return {};
    }
}

Status AgentListModel::refresh() {
    Result<QList<AgentRecord>> fresh = m_agents.agents();
    if (!fresh)
        return fresh.error();
    syncRows(m_rows, *fresh, [](const AgentRecord &agent) { return agent.name; },
             {[this](int row) { beginRemoveRows({}, row, row); }, [this](int row) { beginInsertRows({}, row, row); },
              [this](int from, int to) { beginMoveRows({}, from, from, {}, to > from ? to + 1 : to); },
              [this] { endRemoveRows(); }, [this] { endInsertRows(); }, [this] { endMoveRows(); }});
    m_states.clear();
    for (const AgentRecord &agent : std::as_const(m_rows))
        m_states << stateOf(agent);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return {};
}

const AgentRecord *AgentListModel::agentAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

PoolQueueModel::PoolQueueModel(AgentService &agents, QObject *parent) : QAbstractTableModel(parent), m_agents(agents) {}

int PoolQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolQueueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolQueue &pool = m_rows.at(index.row());
    const DeploymentContext *oldest = pool.waiting.isEmpty() ? nullptr : &pool.waiting.first();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PoolColumn: return pool.pool;
        case AgentsColumn: return tr("%1 of %2 online").arg(pool.online).arg(pool.agents);
        case WaitingColumn: return QString::number(pool.waiting.size());
        case OldestColumn:
            return oldest ? tr("%1 · %2, queued %3")
                                .arg(oldest->releaseName, oldest->stageName,
                                     compactDateTimeText(oldest->deployment.queuedAt))
                          : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OldestColumn && oldest) {
        QStringList lines;
        for (const DeploymentContext &d : pool.waiting.mid(0, 20))
            lines << tr("%1 · %2").arg(d.releaseName, d.stageName);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == ReleaseIdRole)
        return oldest ? oldest->releaseId : 0;
    return {};
}

QVariant PoolQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PoolColumn: return tr("Pool");
    case AgentsColumn: return tr("Agents");
    case WaitingColumn: return tr("Waiting");
    case OldestColumn: return tr("Oldest waiting");
    default: return {};
    }
}

Status PoolQueueModel::refresh(const QList<AgentRecord> &agents) {
    Result<QList<PoolQueue>> fresh = m_agents.pools(agents);
    if (!fresh)
        return fresh.error();
    syncRows(m_rows, *fresh, poolKey,
             {[this](int row) { beginRemoveRows({}, row, row); }, [this](int row) { beginInsertRows({}, row, row); },
              [this](int from, int to) { beginMoveRows({}, from, from, {}, to > from ? to + 1 : to); },
              [this] { endRemoveRows(); }, [this] { endInsertRows(); }, [this] { endMoveRows(); }});
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return {};
}

} // namespace slipway
