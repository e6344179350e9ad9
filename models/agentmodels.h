#pragma once

#include "services/agentservice.h"

#include <QAbstractTableModel>

#include <functional>

namespace slipway {

enum class AgentState { Online, Disabled, Offline };

// The deployment agents (the Agents page, docs/agents.md): name, state, host, pools, capabilities, last heartbeat
// and the deployment each runs. Online and offline depend on the time as much as on the database (an agent goes
// offline when its heartbeats stop), so refresh() runs on a timer and whenever the clock jumps; it updates the rows in
// place, inserting and removing by name, never resetting.
class AgentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        HostColumn,
        PoolsColumn,
        CapabilitiesColumn,
        HeartbeatColumn,
        DeploymentColumn,
        ColumnCount
    };
    enum Role { ReleaseIdRole = Qt::UserRole + 1, StateRole, EnabledRole };

    AgentListModel(AgentService &agents, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the agents again; the error, if any, is the store's.
    Status refresh();
    const QList<AgentRecord> &agents() const { return m_rows; }
    const AgentRecord *agentAt(int row) const;
    AgentState stateOf(const AgentRecord &agent) const;

private:
    AgentService &m_agents;
    const Clock &m_clock;
    QList<AgentRecord> m_rows;
    QList<AgentState> m_states; // per row, as of the last refresh
};

// The pools: how many of their agents are online and what waits for them, oldest first.
class PoolQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PoolColumn, AgentsColumn, WaitingColumn, OldestColumn, ColumnCount };
    enum Role { ReleaseIdRole = Qt::UserRole + 1 }; // of the oldest waiting deployment; 0 when none waits

    explicit PoolQueueModel(AgentService &agents, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Status refresh(const QList<AgentRecord> &agents);

private:
    AgentService &m_agents;
    QList<PoolQueue> m_rows;
};

// "Online", "Disabled", "Offline", in the user's language.
QString agentStateText(AgentState state);

} // namespace slipway
