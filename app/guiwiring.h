#pragma once

#include "appsession.h"
#include "approvalinboxmodel.h"
#include "changefeed.h"
#include "finishednotice.h"
#include "guirestcontrol.h"
#include "mainwindow.h"
#include "memberwaitdialog.h"
#include "pagerouting.h"
#include "pipelinetreemodel.h"
#include "quitguard.h"
#include "traynotifier.h"
#include "variablegroupmodels.h"
#include "runtime/enginehost.h"

namespace slipway {

// How this run of the window goes: interactive, or rendering one screenshot (no engine, no remembered
// layout, the dashboard computed on the spot).
struct GuiRun final {
    bool interactive = true;
    bool notifications = true; // Settings ▸ Notifications
    bool rememberRest = true;  // no --listen: Settings decide whether the REST server runs, and remember
};

// Everything the window's run is made of, wired together, in the order it must be built and torn down:
// the change feed, the models it feeds, the window, the tray, the engine thread and the quit guard.
class GuiComposition final {
public:
    GuiComposition(AppSession &session, const GuiRun &run);
    ~GuiComposition();
    Q_DISABLE_COPY_MOVE(GuiComposition)

    MainWindow &window() { return m_window; }
    GuiRestControl &rest() { return m_rest; }
    EngineHost &engine() { return m_engine; }
    ChangeFeed &feed() { return m_feed; }

    // Starts the engine thread, or says in the status bar why not (a screenshot must not deploy).
    void startEngine();

private:
    AppSession &m_session;
    ChangeFeed m_feed;
    PipelineTreeModel m_pipelines;
    GuiRestControl m_rest;
    ApprovalInboxModel m_inbox;
    VariableGroupListModel m_variableGroups;
    MainWindow m_window;
    MemberWaitDialog m_memberWait; // a member's actions wait for the team's engine
    TrayNotifier m_tray;
    FinishedDeploymentNotice m_finished;
    EngineConfig m_engineConfig;
    EngineHost m_engine;
    QuitGuard m_guard;
    bool m_interactive;

    void setUpWindow();
    void wireTray(bool notifications);
    void wireEngine();
    void announceIfFinished(qint64 deploymentId);
};

// The window's pages for --page: MainWindow's own calls, without looking widgets up by name.
class WindowPages final : public PageHost {
public:
    explicit WindowPages(MainWindow &window) : m_window(window) {}
    void showApprovals() override { m_window.showApprovals(); }
    void showDashboard() override { m_window.showDashboard(); }
    void showWhatsWhere() override { m_window.showWhatsWhere(); }
    void showLibrary() override { m_window.showLibrary(); }
    void showAgents() override { m_window.showAgents(); }
    QWidget *openSettings() override;
    void openRelease(qint64 releaseId, std::optional<int> tab) override;
    QWidget *openEditor(qint64 pipelineId, std::optional<int> tab) override;

private:
    MainWindow &m_window;
};

} // namespace slipway
