#include "quitguard.h"

#include "mainwindow.h"
#include "services/services.h"

#include <QTextStream>

namespace slipway {

int activeDeployments(Services &services, const QString &engineOwner) {
    DeploymentQuery query;
    for (const OperationStatus operation :
         {OperationStatus::Queued, OperationStatus::PendingApproval, OperationStatus::EvaluatingGates,
          OperationStatus::Deferred, OperationStatus::Running, OperationStatus::PendingIntervention,
          OperationStatus::Cancelling})
        query.operations << toString(operation);
    query.limit = 1000; // "1000 active" is as good an answer as the exact count
    const Result<QList<DeploymentContext>> found = services.queries.deployments(query);
    if (!found)
        return 0; // the database fails: the engine's problem is shown; nothing to wait for
    int active = 0;
    for (const DeploymentContext &deployment : *found)
        if (deployment.owner.isEmpty() || deployment.owner == engineOwner)
            ++active;
    return active;
}

QuitGuard::QuitGuard(MainWindow &window, std::function<int()> activeWork, QObject *parent)
    : QObject(parent), m_window(window), m_activeWork(std::move(activeWork)) {
    m_check.setSingleShot(true);
    m_check.setInterval(100); // a burst of changes costs one query
    connect(&m_check, &QTimer::timeout, this, &QuitGuard::check);
    m_window.setActiveWork(m_activeWork);
    connect(&m_window, &MainWindow::quitRequested, this, [this](bool keepEngineRunning) {
        if (!keepEngineRunning) {
            Q_EMIT quit();
            return;
        }
        m_background = true;
        QTextStream(stderr) << "slipway: the window closed; the engine goes on until nothing is active\n";
        check();
    });
}

void QuitGuard::recheck() {
    m_check.start();
}

void QuitGuard::showWindow() {
    m_background = false;
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void QuitGuard::check() {
    m_active = m_activeWork();
    Q_EMIT activeChanged(m_active);
    if (m_background && m_active == 0)
        Q_EMIT quit();
}

} // namespace slipway
