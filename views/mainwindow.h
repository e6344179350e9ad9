#pragma once

#include "agentspage.h"
#include "approvalspage.h"
#include "librarypage.h"
#include "pipelinepage.h"
#include "dashboardpage.h"
#include "databasesettings.h"
#include "preferences.h"
#include "releasepage.h"

#include <functional>
#include <optional>

#include <QMainWindow>

class QDialog;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUrl;

namespace slipway {

class MessageBar;
class PipelineEditorDialog;
class WhatsWherePage;
class PipelineTreeModel;
class RestControl;
class ReleaseGridModel;

struct StatusInfo final {
    QString database;
    QString user;
    QString role; // on a team database: "admin", "member" or "engine" (docs/team-setup.md#who-acts); else empty
    QString engineState;
    QString restState; // the REST server's address, or that it is off
};

// What closing the window does while its engine still has deployments running or waiting.
enum class QuitChoice {
    KeepRunning, // the window closes, the engine goes on in the background until nothing is active
    Wait,        // the window stays
    Stop,        // quit now: running deployments are interrupted
};
// How many deployments this window's engine has running, queued or waiting.
using ActiveWorkCount = std::function<int()>;
// Asks what to do about `active` deployments (a message box; tests answer directly).
using QuitQuestion = std::function<QuitChoice(QWidget *parent, int active)>;
// Opens a URL in the desktop's viewer; false when no launcher is available (QDesktopServices).
using UrlOpener = std::function<bool(const QUrl &url)>;

// The main window: navigation tree on the left, the selected page in the centre, status bar below.
class MainWindow final : public QMainWindow {
    Q_OBJECT
Q_SIGNALS:
    void preferencesChanged(const Preferences &preferences);
    // The window closed for good (nothing active, or the user chose): the app quits, or with
    // `keepEngineRunning` goes on without a window until its engine has nothing left to do.
    void quitRequested(bool keepEngineRunning);

public:
    MainWindow(PipelineTreeModel &pipelines, GridModelFactory makeGrid, const StatusInfo &status,
               QWidget *parent = nullptr);

    void selectPipeline(qint64 pipelineId);
    void setEngineState(const QString &state);
    void selectFirstPipeline();
    // Enables Tools ▸ Settings, which switches the REST server through `rest`.
    void setRestControl(RestControl *rest);
    // Enables the General part of Settings (database, name, language, theme, notifications).
    void setPreferences(PreferenceStore *preferences) {
        m_preferences = preferences;
        m_settings->setEnabled(true);
    }
    // Lets Settings ▸ Database test a team server and keep its password in the keyring.
    void setDatabaseConnector(DatabaseConnector connector) { m_databaseConnector = std::move(connector); }
    void setRestState(const QString &state);
    // Adds the approvals inbox, reached from the "Approvals (N)" entry above the tree.
    void addApprovalsPage(ApprovalInboxModel &inbox, ApprovalActions actions);
    void showApprovals();
    // Adds the Library (variable groups), reached from the "Library" entry above the tree (mainwindowlibrary.cpp).
    void addLibraryPage(VariableGroupListModel &groups, LibraryActions actions);
    void showLibrary();
    // Adds the Agents page (deployment agents and their pools), reached from "Agents" (mainwindowagents.cpp).
    void addAgentsPage(AgentActions actions);
    void showAgents();
    // History pages (issue: visual history): per-pipeline metrics and timeline, and what runs where.
    void showDashboard();
    void showWhatsWhere();
    // The dashboard computes through `source` (the app: on a worker thread).
    void setMetricsSource(MetricsSource source) { m_metricsSource = std::move(source); }
    void showStatusMessage(const QString &message);
    // Enables creating releases, deploying and canceling from the pipeline page.
    void setReleaseActions(ReleaseActions actions);
    // The release page: logs and history of one release.
    void openRelease(qint64 releaseId);
    void refreshOpenRelease(); // a deployment changed or logged
    // The open release page shows its tab `index` (Timeline, Logs… counted from 0).
    void showReleaseTab(int index);
    // Tools ▸ Settings: the dialog it opened, or nullptr when there is nothing to set.
    QDialog *openSettings();
    // The pipeline editor, for `pipelineId` or (0) a new pipeline; non-modal.
    PipelineEditorDialog *openPipelineEditor(qint64 pipelineId);
    // Help ▸ Documentation (F1) opens this file (the user guide).
    void setDocumentation(const QString &file) { m_documentation = file; }
    void setUrlOpener(UrlOpener open) { m_openUrl = std::move(open); }

    // Closing asks first while `count` is not 0 (B7); `ask` replaces the message box in tests.
    void setActiveWork(ActiveWorkCount count) { m_activeWork = std::move(count); }
    void setQuitQuestion(QuitQuestion ask) { m_askQuit = std::move(ask); }
    // File ▸ Quit and Ctrl+Q: the same question as closing the window.
    void requestQuit();
    // The question's own message box, with buttons quitKeepRunning, quitWait and quitStop.
    static QuitChoice askAboutActiveWork(QWidget *parent, int active);

    // A problem of the engine (the database cannot be written, say), shown in a banner above the pages
    // and in the status bar until cleared.
    void showEngineProblem(const QString &message);
    void clearEngineProblem();

    // Where the size, position, maximized state, splitter sizes and the last pipeline are kept (B37):
    // restored at once (then fitted into the screen; the last pipeline selected when it still exists),
    // saved when the window closes.
    void setLayoutStore(QSettings *settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    PipelineTreeModel &m_pipelines;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_engineState = nullptr;
    QLabel *m_restState = nullptr;
    QAction *m_settings = nullptr;
    RestControl *m_rest = nullptr;
    PreferenceStore *m_preferences = nullptr;
    DatabaseConnector m_databaseConnector;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_engineProblem = nullptr;
    QPushButton *m_approvalsButton = nullptr;
    ApprovalInboxModel *m_inbox = nullptr;
    ApprovalsPage *m_approvalsPage = nullptr;
    QPushButton *m_libraryButton = nullptr;
    LibraryPage *m_libraryPage = nullptr;
    QPushButton *m_agentsButton = nullptr;
    AgentsPage *m_agentsPage = nullptr;
    QPushButton *m_dashboardButton = nullptr;
    QPushButton *m_whatsWhereButton = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    WhatsWherePage *m_whatsWherePage = nullptr;
    MetricsSource m_metricsSource;
    std::optional<ReleaseActions> m_releaseActions;
    ReleasePage *m_releasePage = nullptr;
    bool m_followingRelease = false; // the tree is moving to an opened release's pipeline: stay on the release
    PipelinePage *m_pipelinePage = nullptr;

    QString m_documentation;
    UrlOpener m_openUrl;
    ActiveWorkCount m_activeWork;
    QuitQuestion m_askQuit;
    QSettings *m_layoutStore = nullptr;
    bool m_quitting = false; // the close was accepted for good: do not ask again
    QString m_engineStateText;
    QList<QAction *> m_releaseMenuActions; // enabled with release actions
    QList<QAction *> m_selectionActions;   // act on the grid's selection: only on the pipeline page
    QList<QAction *> m_adminActions;       // disabled for a team database's member (ReleaseActions::member)
    QAction *m_createRelease = nullptr;
    QAction *m_back = nullptr;

    QWidget *buildNavigation();
    void buildMenus();
    void buildReleaseMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void restoreLayout();
    void saveLayout() const;
    void openDocumentation();
    void createRelease();
    // F6 / Shift+F6: the tree, the page, the banner in turn.
    void focusNextPane(bool forward);
    // A page was shown: menus follow it, old messages go.
    void onPageChanged();
    // What a member may not do stays disabled, whatever else enabled it.
    void applyMemberLimits();
    void buildToolBar();
    void importDefinition();
    // An Azure release definition at `path`: its mapping report, imported on confirmation. False for another file.
    bool openAzureImport(const QString &path);
    // The tree and the pipeline page show a pipeline just saved.
    void pipelineSaved(qint64 pipelineId);
    void exportDefinition();
    void buildStatusBar(const StatusInfo &status);
    void onCurrentChanged(const QModelIndex &current);
    // A click or Enter on a pipeline: its releases grid, even when it was already selected (B1).
    void onPipelineActivated(const QModelIndex &index);
};

} // namespace slipway
