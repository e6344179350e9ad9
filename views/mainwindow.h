#pragma once

#include "approvalspage.h"
#include "pipelinepage.h"
#include "dashboardpage.h"
#include "preferences.h"
#include "releasepage.h"

#include <optional>

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace slipway {

class PipelineEditorDialog;
class WhatsWherePage;
class PipelineTreeModel;
class RestControl;
class ReleaseGridModel;

struct StatusInfo final {
    QString database;
    QString user;
    QString engineState;
    QString restState; // the REST server's address, or that it is off
};

// The main window: navigation tree on the left, the selected page in the centre, status bar below.
class MainWindow final : public QMainWindow {
    Q_OBJECT
Q_SIGNALS:
    void preferencesChanged(const Preferences &preferences);

public:
    MainWindow(PipelineTreeModel &pipelines, GridModelFactory makeGrid, const StatusInfo &status,
               QWidget *parent = nullptr);

    void selectPipeline(qint64 pipelineId);
    void setEngineState(const QString &state);
    // Another process changed the database: refresh what is shown, row by row.
    void refreshFromDatabase();
    void selectFirstPipeline();
    // Enables Tools ▸ Settings, which switches the REST server through `rest`.
    void setRestControl(RestControl *rest);
    // Enables the General part of Settings (database, name, language, theme, notifications).
    void setPreferences(PreferenceStore *preferences) {
        m_preferences = preferences;
        m_settings->setEnabled(true);
    }
    void setRestState(const QString &state);
    // Adds the approvals inbox, reached from the "Approvals (N)" entry above the tree.
    void addApprovalsPage(ApprovalInboxModel &inbox, ApprovalActions actions);
    void showApprovals();
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
    // The pipeline editor, for `pipelineId` or (0) a new pipeline; non-modal.
    PipelineEditorDialog *openPipelineEditor(qint64 pipelineId);
    // Help ▸ Documentation opens this folder.
    void setDocumentation(const QString &folder) { m_documentation = folder; }

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
    QPushButton *m_approvalsButton = nullptr;
    ApprovalInboxModel *m_inbox = nullptr;
    ApprovalsPage *m_approvalsPage = nullptr;
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
    QList<QAction *> m_releaseMenuActions; // enabled with release actions

    void buildMenus();
    void buildToolBar();
    void importDefinition();
    void exportDefinition();
    void openSettings();
    void buildStatusBar(const StatusInfo &status);
    void onCurrentChanged(const QModelIndex &current);
};

} // namespace slipway
