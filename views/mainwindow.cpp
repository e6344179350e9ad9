#include "mainwindow.h"

#include "approvalinboxmodel.h"
#include "dashboardpage.h"
#include "errortext.h"
#include "messagebar.h"
#include "pipelineeditor.h"
#include "pipelinepage.h"
#include "pipelinetreemodel.h"
#include "screenfit.h"
#include "settingsdialog.h"
#include "whatswherepage.h"
#include "services/services.h"

#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

namespace {

// The pipeline page's line under the grid that reports what an action did.
void clearPipelineMessage(PipelinePage *page) {
    if (auto *message = page->findChild<QLabel *>(QStringLiteral("pipelineProblem")))
        message->clear();
}

} // namespace

MainWindow::MainWindow(PipelineTreeModel &pipelines, GridModelFactory makeGrid, const StatusInfo &status,
                       QWidget *parent)
    : QMainWindow(parent), m_pipelines(pipelines) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));
    m_welcome = new QLabel(tr("Select a pipeline on the left, or define one with File ▸ New pipeline… or "
                              "File ▸ Import definition…."),
                           this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_pipelinePage = new PipelinePage(std::move(makeGrid), this);
    connect(m_pipelinePage, &PipelinePage::openRelease, this, &MainWindow::openRelease);
    connect(m_pipelinePage, &PipelinePage::editPipeline, this, &MainWindow::openPipelineEditor);
    connect(m_pipelinePage, &PipelinePage::approvalsRequested, this, &MainWindow::showApprovals);
    // Release ▸ Create release and Edit pipeline hold Ctrl+N and Ctrl+E on every page; the page's buttons
    // keep their mnemonics only, or the two shortcuts would be ambiguous and neither would fire.
    for (const char *name : {"createReleaseButton", "editPipelineButton"})
        if (auto *button = m_pipelinePage->findChild<QPushButton *>(QLatin1String(name)))
            button->setShortcut(QKeySequence::mnemonic(button->text()));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_pipelinePage);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    m_engineProblem = new MessageBar(QStringLiteral("engineProblemBanner"), MessageBar::Closing::Dismissable, this);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_engineProblem);
    contentLayout->addWidget(m_pages, 1);

    // The tree pane is narrow and can be collapsed (drag the handle): the grid's stages need the width.
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(buildNavigation());
    m_splitter->addWidget(content);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({170, 830});
    setCentralWidget(m_splitter);

    buildMenus();
    buildToolBar();
    buildStatusBar(status);
    setMinimumSize(QSize(640, 480).boundedTo(minimumSizeHint().expandedTo(QSize(480, 360))));
    resize(1100, 640);
}

QWidget *MainWindow::buildNavigation() {
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setAccessibleName(tr("Pipelines"));
    m_tree->setModel(&m_pipelines);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->expandAll();
    m_tree->setMinimumWidth(0);
    m_tree->setToolTip(tr("Pipelines, grouped by folder (F6 moves between the tree and the page)"));
    connect(&m_pipelines, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::onPipelineActivated);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onPipelineActivated);

    // "Approvals (N)" above the pipelines: what waits for this user, one click away.
    auto flatButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        button->hide();
        return button;
    };
    m_approvalsButton =
        flatButton(QStringLiteral("approvalsButton"), tr("Approvals"), tr("Approvals waiting for you (Ctrl+Shift+A)"));
    m_dashboardButton =
        flatButton(QStringLiteral("dashboardButton"), tr("Dashboard"),
                   tr("Deployment frequency, lead time, failure rate, time to restore, timeline (Ctrl+Shift+D)"));
    m_whatsWhereButton = flatButton(QStringLiteral("whatsWhereButton"), tr("What's where"),
                                    tr("Which release each stage runs, at any time (Ctrl+Shift+W)"));
    connect(m_approvalsButton, &QPushButton::clicked, this, &MainWindow::showApprovals);
    connect(m_dashboardButton, &QPushButton::clicked, this, &MainWindow::showDashboard);
    connect(m_whatsWhereButton, &QPushButton::clicked, this, &MainWindow::showWhatsWhere);
    auto *navigation = new QWidget(this);
    navigation->setObjectName(QStringLiteral("navigationPane"));
    auto *navigationLayout = new QVBoxLayout(navigation);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->setSpacing(0);
    navigationLayout->addWidget(m_approvalsButton);
    navigationLayout->addWidget(m_dashboardButton);
    navigationLayout->addWidget(m_whatsWhereButton);
    navigationLayout->addWidget(m_tree, 1);
    return navigation;
}

PipelineEditorDialog *MainWindow::openPipelineEditor(qint64 pipelineId) {
    if (!m_releaseActions)
        return nullptr;
    auto *editor = new PipelineEditorDialog(*m_releaseActions, pipelineId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PipelineEditorDialog::saved, this, [this](qint64 saved) {
        pipelineSaved(saved);
        showStatusMessage(tr("Pipeline saved."));
    });
    editor->show();
    fitIntoScreen(editor);
    return editor;
}

void MainWindow::exportDefinition() {
    const qint64 pipelineId = m_pipelinePage->pipelineId();
    if (!m_releaseActions || !pipelineId) {
        showStatusMessage(tr("Select a pipeline to export."));
        return;
    }
    // Without secret values: an administrator exports them from the command line (--include-secrets).
    const Result<QByteArray> json =
        m_releaseActions->services.pipelines.exportDefinition(QString::number(pipelineId), m_releaseActions->user);
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
    connect(m_approvalsPage, &ApprovalsPage::openRelease, this, &MainWindow::openRelease);
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
        connect(m_dashboardPage, &DashboardPage::pipelineChosen, this, [this](qint64 pipelineId) {
            const QModelIndex index = m_pipelines.indexOfPipeline(pipelineId);
            if (!index.isValid())
                return;
            m_followingRelease = true; // the tree follows, the dashboard stays
            m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_followingRelease = false;
        });
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
    onPageChanged();
}

void MainWindow::applyMemberLimits() {
    if (!m_releaseActions || !m_releaseActions->member)
        return;
    for (QAction *action : std::as_const(m_adminActions))
        limitForMember(action);
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
    // View ▸ Back holds Alt+Left; a second binding in the page would make both ambiguous (neither fires).
    for (QShortcut *shortcut : m_releasePage->findChildren<QShortcut *>())
        if (shortcut->key() == m_back->shortcut())
            shortcut->setEnabled(false);
    for (QAction *action : m_releasePage->findChildren<QAction *>())
        if (action->shortcut() == m_back->shortcut())
            action->setShortcut({});
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

QDialog *MainWindow::openSettings() {
    if (!m_rest && !m_preferences)
        return nullptr;
    auto *dialog = new SettingsDialog(m_rest, m_preferences, m_releaseActions, m_databaseConnector, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restStateChanged, this, &MainWindow::setRestState);
    connect(dialog, &SettingsDialog::preferencesChanged, this, &MainWindow::preferencesChanged);
    dialog->open();
    fitIntoScreen(dialog);
    return dialog;
}

void MainWindow::showReleaseTab(int index) {
    if (m_releasePage)
        m_releasePage->showTab(index);
}

void MainWindow::buildStatusBar(const StatusInfo &status) {
    auto addLabel = [this](const QString &name, const QString &text, const QString &tip) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setToolTip(tip);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    // A long path is shortened in the middle (the tooltip has it whole): it must not widen the window.
    const QString database = tr("Database: %1").arg(status.database);
    QLabel *databaseLabel = addLabel(QStringLiteral("statusDatabase"), database, database);
    databaseLabel->setText(databaseLabel->fontMetrics().elidedText(database, Qt::ElideMiddle, 240));
    m_engineStateText = status.engineState;
    m_engineState =
        addLabel(QStringLiteral("statusEngine"), status.engineState, tr("The state of the deployment engine"));
    m_restState =
        addLabel(QStringLiteral("statusRest"), status.restState.isEmpty() ? restStateText({}) : status.restState,
                 tr("The REST API for scripts and CI systems"));
    const QString role = status.role == QLatin1String("admin")    ? tr("admin")
                         : status.role == QLatin1String("member") ? tr("member")
                         : status.role == QLatin1String("engine") ? tr("engine")
                                                                  : QString();
    addLabel(QStringLiteral("statusUser"),
             role.isEmpty() ? tr("User: %1").arg(status.user) : tr("User: %1 (%2)").arg(status.user, role),
             status.role == QLatin1String("member")
                 ? tr("You act as this database login; as a member, your actions run on the team's engines")
                 : tr("You act as this user"));
}

void MainWindow::onCurrentChanged(const QModelIndex &current) {
    const qint64 pipelineId = m_pipelines.pipelineIdAt(current);
    if (pipelineId <= 0) {
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    // What an action said about the previous pipeline is not about this one (B20).
    if (pipelineId != m_pipelinePage->pipelineId())
        clearPipelineMessage(m_pipelinePage);
    m_pipelinePage->showPipeline(pipelineId, current.data(Qt::DisplayRole).toString());
    if (!m_followingRelease)
        m_pages->setCurrentWidget(m_pipelinePage);
}

void MainWindow::onPipelineActivated(const QModelIndex &index) {
    const qint64 pipelineId = m_pipelines.pipelineIdAt(index);
    if (pipelineId <= 0 || m_pages->currentWidget() == m_pipelinePage)
        return;
    if (pipelineId != m_pipelinePage->pipelineId())
        m_pipelinePage->showPipeline(pipelineId, index.data(Qt::DisplayRole).toString());
    m_tree->setCurrentIndex(index);
    m_pages->setCurrentWidget(m_pipelinePage);
}

void MainWindow::onPageChanged() {
    QWidget *page = m_pages->currentWidget();
    const bool onPipeline = page == m_pipelinePage;
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(onPipeline && m_releaseActions);
    applyMemberLimits();
    if (m_back)
        m_back->setEnabled(m_releasePage && page == m_releasePage);
    if (!onPipeline)
        clearPipelineMessage(m_pipelinePage);
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
