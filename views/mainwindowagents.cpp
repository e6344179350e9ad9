#include "mainwindow.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

void MainWindow::addAgentsPage(AgentActions actions) {
    m_agentsPage = new AgentsPage(std::move(actions), this);
    connect(m_agentsPage, &AgentsPage::openRelease, this, &MainWindow::openRelease);
    m_pages->addWidget(m_agentsPage);
    // An entry like "Library" above the pipelines, right below it.
    m_agentsButton = new QPushButton(tr("Agents"), this);
    m_agentsButton->setObjectName(QStringLiteral("agentsButton"));
    m_agentsButton->setToolTip(tr("The deployment agents, online or not, and what waits for each pool"));
    m_agentsButton->setAccessibleName(tr("Agents"));
    m_agentsButton->setFlat(true);
    m_agentsButton->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    connect(m_agentsButton, &QPushButton::clicked, this, &MainWindow::showAgents);
    if (auto *navigation = qobject_cast<QVBoxLayout *>(m_tree->parentWidget()->layout()))
        navigation->insertWidget(navigation->indexOf(m_tree), m_agentsButton);
}

void MainWindow::showAgents() {
    if (!m_agentsPage)
        return;
    m_tree->clearSelection();
    m_pages->setCurrentWidget(m_agentsPage); // its show event reads the agents
}

} // namespace slipway
