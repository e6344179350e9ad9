#pragma once

#include "core/identity.h"
#include "services/agentservice.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTimer;

namespace slipway {

class AgentListModel;
class MessageBar;
class PoolQueueModel;

struct AgentActions final {
    AgentService &agents;
    const Clock &clock;
    Identity user;
    bool member = false; // a team database's member sees the agents; enabling and disabling is an admin's
};

// Agents (docs/agents.md, docs/user-guide.md#agents): each agent's name, state, host, pools, capabilities, last
// heartbeat and the deployment it runs (double-click opens its release), and each pool's queue (double-click opens
// the oldest waiting release). Disable / Enable switches the selected agent. While shown, the page reads the agents
// every two seconds and whenever the clock jumps: an agent goes offline when its heartbeats stop, which no commit
// announces. One small query each, on the GUI thread, as the Library's.
class AgentsPage final : public QWidget {
    Q_OBJECT
public:
    explicit AgentsPage(AgentActions actions, QWidget *parent = nullptr);

    void refresh();
    AgentListModel *agentModel() const { return m_agentModel; }

Q_SIGNALS:
    void openRelease(qint64 releaseId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    AgentActions m_actions;
    AgentListModel *m_agentModel = nullptr;
    PoolQueueModel *m_poolModel = nullptr;
    QTableView *m_agents = nullptr;
    QTableView *m_pools = nullptr;
    QPushButton *m_switch = nullptr;
    MessageBar *m_message = nullptr;
    QTimer *m_timer = nullptr;
    bool m_showsNoAgents = false;

    QString currentName() const;
    void updateSwitch();
    void switchCurrent();
};

} // namespace slipway
