#include "agentspage.h"

#include "agentmodels.h"
#include "errortext.h"
#include "messagebar.h"
#include "pagetitle.h"
#include "releaseactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace slipway {

namespace {

constexpr int refreshMs = 2000;

QTableView *table(const char *name, const QString &accessibleName, QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

AgentsPage::AgentsPage(AgentActions actions, QWidget *parent) : QWidget(parent), m_actions(std::move(actions)) {
    setObjectName(QStringLiteral("agentsPage"));
    m_agentModel = new AgentListModel(m_actions.agents, m_actions.clock, this);
    m_poolModel = new PoolQueueModel(m_actions.agents, this);
    m_agents = table("agentsTable", tr("Deployment agents"), m_agentModel, this);
    m_pools = table("poolsTable", tr("Pools and their queues"), m_poolModel, this);
    m_switch = new QPushButton(tr("&Disable"), this);
    m_switch->setObjectName(QStringLiteral("agentSwitchButton"));
    m_switch->setAccessibleName(tr("Disable or enable the agent"));
    m_message = new MessageBar(QStringLiteral("agentsMessage"), this);
    auto *pools = new QWidget(this);
    auto *poolsLayout = new QVBoxLayout(pools);
    poolsLayout->setContentsMargins(0, 0, 0, 0);
    poolsLayout->addWidget(new QLabel(tr("Pools (double-click opens the oldest waiting release):"), pools));
    poolsLayout->addWidget(m_pools);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agents);
    split->addWidget(pools);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Agents"), QStringLiteral("agentsTitle"), this));
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_timer = new QTimer(this);
    m_timer->setInterval(refreshMs);
    connect(m_timer, &QTimer::timeout, this, &AgentsPage::refresh);
    connect(&m_actions.clock, &Clock::advanced, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_agents, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 release = index.data(AgentListModel::ReleaseIdRole).toLongLong(); release > 0)
            Q_EMIT openRelease(release);
    });
    connect(m_pools, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 release = index.data(PoolQueueModel::ReleaseIdRole).toLongLong(); release > 0)
            Q_EMIT openRelease(release);
    });
    connect(m_agents->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentsPage::updateSwitch);
    connect(m_agentModel, &QAbstractItemModel::dataChanged, this, &AgentsPage::updateSwitch);
    connect(m_switch, &QPushButton::clicked, this, &AgentsPage::switchCurrent);
    updateSwitch();
}

void AgentsPage::refresh() {
    const Status agents = m_agentModel->refresh();
    const Status pools = agents ? m_poolModel->refresh(m_agentModel->agents()) : agents;
    if (!pools) {
        m_message->showMessage(MessageBar::Level::Error,
                               tr("Cannot read the agents: %1").arg(errorText(pools.error())));
        return;
    }
    if (m_agentModel->rowCount() == 0) {
        m_message->showMessage(MessageBar::Level::Info,
                               tr("No agents yet. Start one on a deployment machine with: slipway agent --database "
                                  "URI --name NAME --pool POOL (docs/agents.md)"));
        m_showsNoAgents = true;
    } else if (std::exchange(m_showsNoAgents, false)) {
        m_message->clearMessage();
    }
    if (!m_agents->currentIndex().isValid() && m_agentModel->rowCount() > 0)
        m_agents->setCurrentIndex(m_agentModel->index(0, 0));
}

void AgentsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void AgentsPage::hideEvent(QHideEvent *event) {
    m_timer->stop();
    QWidget::hideEvent(event);
}

QString AgentsPage::currentName() const {
    const AgentRecord *agent = m_agentModel->agentAt(m_agents->currentIndex().row());
    return agent ? agent->name : QString();
}

void AgentsPage::updateSwitch() {
    const AgentRecord *agent = m_agentModel->agentAt(m_agents->currentIndex().row());
    const bool enabled = !agent || agent->enabled;
    m_switch->setText(enabled ? tr("&Disable") : tr("&Enable"));
    if (m_actions.member) {
        m_switch->setEnabled(false);
        m_switch->setToolTip(memberLimitText());
        return;
    }
    m_switch->setEnabled(agent != nullptr);
    m_switch->setToolTip(enabled ? tr("The agent finishes what it runs and claims nothing more (an administrator's)")
                                 : tr("The agent claims deployments again"));
}

void AgentsPage::switchCurrent() {
    const AgentRecord *agent = m_agentModel->agentAt(m_agents->currentIndex().row());
    if (!agent)
        return;
    const QString name = agent->name;
    const bool enable = !agent->enabled;
    const Status done = m_actions.agents.setEnabled(name, enable, m_actions.user);
    if (!done) {
        m_message->showMessage(MessageBar::Level::Error, errorText(done.error()));
        return;
    }
    m_message->showMessage(MessageBar::Level::Info,
                           enable ? tr("Enabled %1: it claims deployments again at its next heartbeat").arg(name)
                                  : tr("Disabled %1: it finishes what it runs and claims nothing more").arg(name));
    refresh();
}

} // namespace slipway
