#include "guiwiring.h"

#include "engineconfiguration.h"
#include "errortext.h"
#include "pipelineeditor.h"
#include "releasegridmodel.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

namespace {

// The dashboard's figures and its timeline's bars each on a worker thread, with a connection of its own (SQLite
// connections belong to one thread): a year's bars of a large history take seconds, and neither the window nor the
// figures wait for them.
MetricsSource metricsOnWorkerThread(const QString &databasePath, const std::optional<SecretKey> &key) {
    return [databasePath, key](qint64 pipelineId, const QDateTime &from, const QDateTime &to, MetricsPart part) {
        return QtConcurrent::run([databasePath, key, pipelineId, from, to, part]() -> Result<PipelineMetrics> {
            Result<std::unique_ptr<Store>> store = openStore(databasePath, key);
            if (!store)
                return store.error();
            SystemClock clock;
            Services services(**store, clock);
            return part == MetricsPart::Figures ? services.history.figures(pipelineId, from, to)
                                                : services.history.timeline(pipelineId, from, to);
        });
    };
}

QString userGuide() {
    const QString installed = QStringLiteral(SLIPWAY_DOCS_INSTALLED "/user-guide.md");
    return QFileInfo::exists(installed) ? installed : QStringLiteral(SLIPWAY_DOCS_SOURCE "/user-guide.md");
}

QString roleName(TeamRole role) {
    switch (role) {
    case TeamRole::Admin: return QStringLiteral("admin");
    case TeamRole::Member: return QStringLiteral("member");
    case TeamRole::Engine: return QStringLiteral("engine");
    case TeamRole::Full: break;
    }
    return {};
}

StatusInfo statusOf(AppSession &session) {
    return {session.store().location(), session.identity().userName, roleName(session.store().role()),
            QApplication::translate("Gui", "Engine: starting"), restStateText({})};
}

} // namespace

GuiComposition::GuiComposition(AppSession &session, const GuiRun &run)
    : m_session(session), m_feed(session.store().audit()), m_pipelines(session.services().queries, m_feed.changes()),
      m_rest(session.services(), run.rememberRest),
      m_inbox({session.services().approvals, session.services().inbox, session.services().queries, m_feed.changes()},
              session.clock(), session.identity()),
      m_variableGroups(session.services().variableGroups, &m_feed.changes()),
      m_window(
          m_pipelines,
          [&queries = session.services().queries, &changes = m_feed.changes()](qint64 pipelineId) {
              return std::make_unique<ReleaseGridModel>(queries, changes, pipelineId);
          },
          statusOf(session)),
      m_memberWait(&m_window), m_finished(session.identity().userName),
      m_engineConfig(engineConfiguration(session.location())),
      m_engine(storeFactory(session.location(), session.secretKey()), m_engineConfig),
      m_guard(m_window, [&services = session.services(),
                         owner = m_engineConfig.owner.id] { return activeDeployments(services, owner); }),
      m_interactive(run.interactive) {
    m_feed.follow(session.services().notifier); // this connection's own commits
    session.services().memberRequests.setWaiter(&m_memberWait);
    setUpWindow();
    wireTray(run.notifications);
    wireEngine();
}

GuiComposition::~GuiComposition() {
    m_session.services().memberRequests.setWaiter(nullptr);
}

void GuiComposition::setUpWindow() {
    Services &services = m_session.services();
    m_window.setRestControl(&m_rest);
    if (m_interactive) // a screenshot renders at once, so it computes on the spot
        m_window.setMetricsSource(metricsOnWorkerThread(m_session.location(), m_session.secretKey()));
    m_window.setReleaseActions({services, m_session.identity(), m_session.store().role() == TeamRole::Member});
    m_window.addApprovalsPage(m_inbox,
                              {services.approvals, services.deployments, services.directory, services.inbox,
                               m_session.clock(), m_session.identity(), m_session.store().role() == TeamRole::Member});
    m_window.addLibraryPage(m_variableGroups, {services.variableGroups, m_session.identity(),
                                               m_session.store().role() == TeamRole::Member});
    m_window.addAgentsPage(
        {services.agents, m_session.clock(), m_session.identity(), m_session.store().role() == TeamRole::Member});
    m_window.setDocumentation(userGuide());
    // Closing with deployments active asks first; "keep running" lives on without the window (B7).
    QObject::connect(&m_guard, &QuitGuard::quit, qApp, &QCoreApplication::quit);
    // The open release follows every change the feed brings, from whichever connection.
    ChangeNotifier &changes = m_feed.changes();
    for (auto changed : {&ChangeNotifier::releaseChanged, &ChangeNotifier::releaseCreated})
        QObject::connect(&changes, changed, &m_window, &MainWindow::refreshOpenRelease);
    QObject::connect(&changes, &ChangeNotifier::reloadNeeded, &m_window, &MainWindow::refreshOpenRelease);
}

// Tray notifications: approvals that arrive, and the end of deployments this user requested.
void GuiComposition::wireTray(bool notifications) {
    notifyArrivingApprovals(m_inbox, m_tray);
    m_tray.setShowMessages(notifications);
    QObject::connect(&m_window, &MainWindow::preferencesChanged, &m_tray,
                     [this](const Preferences &chosen) { m_tray.setShowMessages(chosen.notifications); });
    QObject::connect(&m_tray, &TrayNotifier::notified, &m_window, [this](const QString &title, const QString &text) {
        // French puts a (non-breaking) space before the colon: the catalogue decides.
        m_window.showStatusMessage(QCoreApplication::translate("Gui", "%1: %2").arg(title, text));
    });
    QObject::connect(&m_tray, &TrayNotifier::showWindowRequested, &m_guard, &QuitGuard::showWindow);
    QObject::connect(&m_tray, &TrayNotifier::approvalsRequested, &m_window, [this] {
        m_guard.showWindow();
        m_window.showApprovals();
    });
    QObject::connect(&m_tray, &TrayNotifier::quitRequested, &m_window, &MainWindow::requestQuit);
    QObject::connect(&m_tray, &TrayNotifier::openRelease, &m_window, [this](qint64 pipelineId, qint64 releaseId) {
        m_guard.showWindow();
        m_window.selectPipeline(pipelineId);
        m_window.openRelease(releaseId);
    });
}

// The engine runs on its own thread with its own connection. Its commits, and those of other processes it
// notices, reach the models through the feed; its progress (log lines, task states) the open release.
void GuiComposition::wireEngine() {
    for (auto changed : {&EngineHost::started, &EngineHost::externalChange})
        QObject::connect(&m_engine, changed, &m_guard, &QuitGuard::recheck);
    QObject::connect(&m_engine, &EngineHost::activeCountChanged, &m_guard, &QuitGuard::recheck);
    QObject::connect(&m_engine, &EngineHost::deploymentChanged, &m_guard, &QuitGuard::recheck);
    QObject::connect(&m_guard, &QuitGuard::activeChanged, &m_window, [this](int active) {
        // A member's desktop runs nothing itself (docs/architecture.md#team-roles).
        if (m_engine.isRunning() && m_session.store().role() == TeamRole::Member)
            m_window.setEngineState(QApplication::translate("Gui", "Engine: the team's engines"));
        else if (m_engine.isRunning())
            m_window.setEngineState(QApplication::translate("Gui", "Engine: running, %n active", nullptr, active));
    });
    QObject::connect(&m_engine, &EngineHost::externalChange, &m_feed, &ChangeFeed::catchUp);
    QObject::connect(&m_engine, &EngineHost::deploymentChanged, &m_feed, &ChangeFeed::catchUp);
    QObject::connect(&m_engine, &EngineHost::deploymentChanged, &m_window,
                     [this](qint64, qint64, qint64 deploymentId) { announceIfFinished(deploymentId); });
    QObject::connect(&m_engine, &EngineHost::logAppended, &m_window, &MainWindow::refreshOpenRelease);
    QObject::connect(&m_engine, &EngineHost::deploymentChanged, &m_window, &MainWindow::refreshOpenRelease);
    QObject::connect(&m_engine, &EngineHost::failed, &m_window, [this](const Error &error) {
        const QString message = errorText(error);
        m_window.setEngineState(QApplication::translate("Gui", "Engine: stopped (%1)").arg(message));
        m_window.showEngineProblem(message);
    });
    // A database the engine cannot use (damaged, read-only, full, locked) is said in the window, not only on stderr.
    QObject::connect(&m_engine, &EngineHost::problem, &m_window, &MainWindow::showEngineProblem);
    QObject::connect(&m_engine, &EngineHost::problemCleared, &m_window, &MainWindow::clearEngineProblem);
}

void GuiComposition::announceIfFinished(qint64 deploymentId) {
    Result<DeploymentContext> deployment = m_session.services().deployments.deployment(deploymentId);
    if (!deployment)
        return;
    if (std::optional<TrayMessage> message = m_finished.consider(*deployment))
        m_tray.notify(message->title, message->message, message->pipelineId, message->releaseId);
}

void GuiComposition::startEngine() {
    if (m_interactive)
        m_engine.start();
    else
        m_window.setEngineState(QApplication::translate("Gui", "Engine: not started (screenshot)"));
}

QWidget *WindowPages::openSettings() {
    return m_window.openSettings();
}

void WindowPages::openRelease(qint64 releaseId, std::optional<int> tab) {
    m_window.openRelease(releaseId);
    if (tab)
        m_window.showReleaseTab(*tab);
}

QWidget *WindowPages::openEditor(qint64 pipelineId, std::optional<int> tab) {
    PipelineEditorDialog *editor = m_window.openPipelineEditor(pipelineId);
    if (editor && tab)
        editor->showTab(*tab);
    return editor;
}

} // namespace slipway
