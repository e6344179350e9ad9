#include "mainwindow.h"

#include "errortext.h"
#include "pipelinepage.h"
#include "approvalinboxmodel.h"
#include "pipelinetreemodel.h"
#include "settingsdialog.h"

#include "dashboardpage.h"
#include "pipelineeditor.h"
#include "whatswherepage.h"
#include "services/services.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QToolBar>
#include <QUrl>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

MainWindow::MainWindow(PipelineTreeModel &pipelines, GridModelFactory makeGrid, const StatusInfo &status,
                       QWidget *parent)
    : QMainWindow(parent), m_pipelines(pipelines) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setModel(&m_pipelines);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->expandAll();
    m_tree->setToolTip(tr("Pipelines, grouped by folder"));
    connect(&m_pipelines, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);

    m_welcome =
        new QLabel(tr("Select a pipeline on the left, or import one with \"slipway pipeline import FILE\"."), this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_pipelinePage = new PipelinePage(std::move(makeGrid), this);
    connect(m_pipelinePage, &PipelinePage::openRelease, this, &MainWindow::openRelease);
    connect(m_pipelinePage, &PipelinePage::editPipeline, this, &MainWindow::openPipelineEditor);
    connect(m_pipelinePage, &PipelinePage::approvalsRequested, this, &MainWindow::showApprovals);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_pipelinePage);

    // "Approvals (N)" above the pipelines: what waits for this user, one click away.
    m_approvalsButton = new QPushButton(tr("Approvals"), this);
    m_approvalsButton->setObjectName(QStringLiteral("approvalsButton"));
    m_approvalsButton->setToolTip(tr("Approvals waiting for you"));
    m_approvalsButton->setFlat(true);
    m_approvalsButton->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    m_approvalsButton->hide();
    connect(m_approvalsButton, &QPushButton::clicked, this, &MainWindow::showApprovals);
    auto flatButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        button->hide();
        return button;
    };
    m_dashboardButton = flatButton(QStringLiteral("dashboardButton"), tr("Dashboard"),
                                   tr("Deployment frequency, lead time, failure rate, time to restore, timeline"));
    m_whatsWhereButton = flatButton(QStringLiteral("whatsWhereButton"), tr("What's where"),
                                    tr("Which release each stage runs, at any time"));
    connect(m_dashboardButton, &QPushButton::clicked, this, &MainWindow::showDashboard);
    connect(m_whatsWhereButton, &QPushButton::clicked, this, &MainWindow::showWhatsWhere);
    auto *navigation = new QWidget(this);
    auto *navigationLayout = new QVBoxLayout(navigation);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->setSpacing(0);
    navigationLayout->addWidget(m_approvalsButton);
    navigationLayout->addWidget(m_dashboardButton);
    navigationLayout->addWidget(m_whatsWhereButton);
    navigationLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    setCentralWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    buildMenus();
    buildToolBar();
    buildStatusBar(status);
    resize(1100, 640);
}

void MainWindow::buildMenus() {
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QString &tip, auto slot,
                      const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        action->setShortcut(shortcut);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_releaseMenuActions << add(
        file, QStringLiteral("actionNewPipeline"), tr("&New pipeline…"), tr("Define a new release pipeline"),
        [this] { openPipelineEditor(0); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_releaseMenuActions << add(
        file, QStringLiteral("actionImportDefinition"), tr("&Import definition…"),
        tr("Open a pipeline JSON file in the editor"), [this] { importDefinition(); }, QKeySequence::Open);
    m_releaseMenuActions << add(file, QStringLiteral("actionExportDefinition"), tr("&Export definition…"),
                                tr("Save the selected pipeline as a JSON file"), [this] { exportDefinition(); });
    file->addSeparator();
    m_settings = add(
        file, QStringLiteral("actionSettings"), tr("&Settings…"),
        tr("The REST server, language, theme and other settings"), [this] { openSettings(); },
        QKeySequence::Preferences);
    m_settings->setEnabled(false);
    file->addSeparator();
    add(
        file, QStringLiteral("actionQuit"), tr("&Quit"), tr("Close Slipway"), [] { QApplication::quit(); },
        QKeySequence::Quit);

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    m_releaseMenuActions << add(release, QStringLiteral("actionCreateRelease"), tr("&Create release…"),
                                tr("Create a release of the selected pipeline"),
                                [this] { m_pipelinePage->createRelease(); });
    m_releaseMenuActions << add(
        release, QStringLiteral("actionDeploy"), tr("&Deploy…"),
        tr("Deploy the selected stage of the selected release"), [this] { m_pipelinePage->deploySelected(); },
        QKeySequence(Qt::CTRL | Qt::Key_D));
    m_releaseMenuActions << add(release, QStringLiteral("actionRedeploy"), tr("&Redeploy…"),
                                tr("Deploy the selected stage again, as a new attempt"),
                                [this] { m_pipelinePage->deploySelected(); });
    m_releaseMenuActions << add(release, QStringLiteral("actionCancelDeployment"), tr("C&ancel deployment"),
                                tr("Cancel the deployment of the selected stage"),
                                [this] { m_pipelinePage->cancelSelected(); });
    release->addSeparator();
    m_releaseMenuActions << add(release, QStringLiteral("actionAbandonRelease"), tr("A&bandon release…"),
                                tr("Abandon the selected release"), [this] { m_pipelinePage->abandonSelected(); });
    m_releaseMenuActions << add(release, QStringLiteral("actionEditPipeline"), tr("&Edit pipeline…"),
                                tr("Edit the selected pipeline"),
                                [this] { openPipelineEditor(m_pipelinePage->pipelineId()); });
    for (QAction *action : std::as_const(m_releaseMenuActions))
        action->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(
        view, QStringLiteral("actionApprovals"), tr("&Approvals"), tr("Show the approvals waiting for you"),
        [this] { showApprovals(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_releaseMenuActions << add(
        view, QStringLiteral("actionDashboard"), tr("&Dashboard"),
        tr("Metrics and the timeline of the selected pipeline"), [this] { showDashboard(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_releaseMenuActions << add(
        view, QStringLiteral("actionWhatsWhere"), tr("&What's where"), tr("Which release each stage runs"),
        [this] { showWhatsWhere(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    add(
        view, QStringLiteral("actionOpenRelease"), tr("Open selected &release"),
        tr("Logs, approvals, variables and history of the selected release"),
        [this] {
            if (const qint64 release = m_pipelinePage->selectedRelease())
                openRelease(release);
        },
        QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(
        help, QStringLiteral("actionDocumentation"), tr("&Documentation"), tr("Open the user guide and references"),
        [this] {
            if (!m_documentation.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(m_documentation));
        },
        QKeySequence::HelpContents);
    add(help, QStringLiteral("actionAbout"), tr("&About Slipway"), tr("Show the version of Slipway"), [this] {
        QMessageBox::about(this, tr("About Slipway"),
                           tr("<b>Slipway</b> %1<br>A local-first desktop release manager.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildToolBar() {
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    const struct {
        const char *action;
        const char *icon;
    } shown[] = {{"actionNewPipeline", "create"}, {"actionImportDefinition", "folder"}, {"actionApprovals", "approve"}};
    for (const auto &entry : shown) {
        QAction *action = findChild<QAction *>(QString::fromLatin1(entry.action));
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(entry.icon))));
        toolBar->addAction(action);
    }
}

PipelineEditorDialog *MainWindow::openPipelineEditor(qint64 pipelineId) {
    if (!m_releaseActions)
        return nullptr;
    auto *editor = new PipelineEditorDialog(*m_releaseActions, pipelineId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PipelineEditorDialog::saved, this, [this](qint64 saved) {
        m_pipelines.refresh();
        selectPipeline(saved);
        if (m_pipelinePage->pipelineId() == saved)
            m_pipelinePage->showPipeline(saved, m_pipelines.indexOfPipeline(saved).data().toString());
        showStatusMessage(tr("Pipeline saved."));
    });
    editor->show();
    return editor;
}

void MainWindow::importDefinition() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import definition"), {}, tr("Pipeline JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (PipelineEditorDialog *editor = openPipelineEditor(0))
        editor->importFile(path);
}

void MainWindow::exportDefinition() {
    const qint64 pipelineId = m_pipelinePage->pipelineId();
    if (!m_releaseActions || !pipelineId) {
        showStatusMessage(tr("Select a pipeline to export."));
        return;
    }
    const Result<QByteArray> json = m_releaseActions->services.pipelines.exportCurrent(QString::number(pipelineId));
    if (!json) {
        QMessageBox::warning(this, tr("Export definition"), errorText(json.error()));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export definition"), {}, tr("Pipeline JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*json) != json->size())
        QMessageBox::warning(this, tr("Export definition"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    else
        showStatusMessage(tr("Exported to %1.").arg(path));
}

void MainWindow::addApprovalsPage(ApprovalInboxModel &inbox, ApprovalActions actions) {
    m_inbox = &inbox;
    m_approvalsPage = new ApprovalsPage(inbox, std::move(actions), this);
    m_pages->addWidget(m_approvalsPage);
    auto showCount = [this](int count) {
        m_approvalsButton->setText(count ? tr("Approvals (%1)").arg(count) : tr("Approvals"));
        QFont font = m_approvalsButton->font();
        font.setBold(count > 0);
        m_approvalsButton->setFont(font);
    };
    connect(&inbox, &ApprovalInboxModel::pendingCountChanged, this, showCount);
    showCount(inbox.rowCount());
    m_approvalsButton->show();
}

void MainWindow::showApprovals() {
    if (!m_approvalsPage)
        return;
    m_inbox->refresh();
    m_tree->clearSelection();
    m_pages->setCurrentWidget(m_approvalsPage);
}

void MainWindow::showDashboard() {
    if (!m_releaseActions)
        return;
    if (!m_dashboardPage) {
        m_dashboardPage = new DashboardPage(*m_releaseActions, m_metricsSource, this);
        connect(m_dashboardPage, &DashboardPage::openRelease, this, &MainWindow::openRelease);
        m_pages->addWidget(m_dashboardPage);
    }
    m_pages->setCurrentWidget(m_dashboardPage);
    m_dashboardPage->showPipeline(m_pipelinePage->pipelineId());
}

void MainWindow::showWhatsWhere() {
    if (!m_releaseActions)
        return;
    if (!m_whatsWherePage) {
        m_whatsWherePage = new WhatsWherePage(*m_releaseActions, this);
        connect(m_whatsWherePage, &WhatsWherePage::openRelease, this, &MainWindow::openRelease);
        m_pages->addWidget(m_whatsWherePage);
    }
    m_whatsWherePage->showNow();
    m_pages->setCurrentWidget(m_whatsWherePage);
}

void MainWindow::setReleaseActions(ReleaseActions actions) {
    m_releaseActions.emplace(actions);
    m_pipelinePage->setActions(std::move(actions));
    for (QAction *action : std::as_const(m_releaseMenuActions))
        action->setEnabled(true);
    m_dashboardButton->show();
    m_whatsWhereButton->show();
}

void MainWindow::openRelease(qint64 releaseId) {
    if (!m_releaseActions)
        return;
    if (m_releasePage) {
        m_pages->removeWidget(m_releasePage);
        m_releasePage->deleteLater();
    }
    m_releasePage = new ReleasePage(*m_releaseActions, releaseId, this);
    connect(m_releasePage, &ReleasePage::back, this, [this] { m_pages->setCurrentWidget(m_pipelinePage); });
    m_pages->addWidget(m_releasePage);
    // The tree follows the release to its pipeline (opened from the dashboard, say), and Back returns there.
    m_followingRelease = true;
    selectPipeline(m_releasePage->pipelineId());
    m_followingRelease = false;
    m_pages->setCurrentWidget(m_releasePage);
}

void MainWindow::refreshOpenRelease() {
    if (m_releasePage && m_pages->currentWidget() == m_releasePage)
        m_releasePage->refresh();
}

void MainWindow::showStatusMessage(const QString &message) {
    statusBar()->showMessage(message, 15000);
}

void MainWindow::setRestControl(RestControl *rest) {
    m_rest = rest;
    m_settings->setEnabled(m_rest || m_preferences);
}

void MainWindow::setRestState(const QString &state) {
    m_restState->setText(state);
}

void MainWindow::openSettings() {
    if (!m_rest && !m_preferences)
        return;
    auto *dialog = new SettingsDialog(m_rest, m_preferences, m_releaseActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restStateChanged, this, &MainWindow::setRestState);
    connect(dialog, &SettingsDialog::preferencesChanged, this, &MainWindow::preferencesChanged);
    dialog->open();
}

void MainWindow::buildStatusBar(const StatusInfo &status) {
    auto addLabel = [this](const QString &name, const QString &text, const QString &tip) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setToolTip(tip);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    addLabel(QStringLiteral("statusDatabase"), tr("Database: %1").arg(status.database), tr("The database in use"));
    m_engineState =
        addLabel(QStringLiteral("statusEngine"), status.engineState, tr("The state of the deployment engine"));
    m_restState =
        addLabel(QStringLiteral("statusRest"), status.restState.isEmpty() ? restStateText({}) : status.restState,
                 tr("The REST API for scripts and CI systems"));
    addLabel(QStringLiteral("statusUser"), tr("User: %1").arg(status.user), tr("You act as this user"));
}

void MainWindow::onCurrentChanged(const QModelIndex &current) {
    const qint64 pipelineId = m_pipelines.pipelineIdAt(current);
    if (pipelineId <= 0) {
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    m_pipelinePage->showPipeline(pipelineId, current.data(Qt::DisplayRole).toString());
    if (!m_followingRelease)
        m_pages->setCurrentWidget(m_pipelinePage);
}

void MainWindow::setEngineState(const QString &state) {
    m_engineState->setText(state);
}

void MainWindow::refreshFromDatabase() {
    m_pipelines.refresh();
    m_pipelinePage->refresh();
    if (m_inbox)
        m_inbox->refresh();
    refreshOpenRelease();
}

void MainWindow::selectPipeline(qint64 pipelineId) {
    const QModelIndex index = m_pipelines.indexOfPipeline(pipelineId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::selectFirstPipeline() {
    std::function<QModelIndex(const QModelIndex &)> first = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_pipelines.rowCount(parent); ++row) {
            const QModelIndex child = m_pipelines.index(row, 0, parent);
            if (m_pipelines.pipelineIdAt(child) > 0)
                return child;
            if (const QModelIndex inner = first(child); inner.isValid())
                return inner;
        }
        return {};
    };
    if (const QModelIndex index = first({}); index.isValid())
        m_tree->setCurrentIndex(index);
}

} // namespace slipway
