// The main window's menus, tool bar and keyboard (every action reachable by keyboard, its
// shortcut shown in the menu, F6 between the panes).
#include "mainwindow.h"

#include "messagebar.h"
#include "pipelinepage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

namespace slipway {

namespace {

QAction *newAction(QMenu *menu, const QString &name, const QString &text, const QString &tip,
                   const QKeySequence &shortcut = {}) {
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    action->setShortcut(shortcut);
    return action;
}

// The first widget inside `container` that Tab would reach.
QWidget *firstFocusableIn(QWidget *container) {
    if (!container || !container->isVisible())
        return nullptr;
    if (container->focusPolicy() & Qt::TabFocus)
        return container;
    for (QWidget *next = container->nextInFocusChain(); next && next != container; next = next->nextInFocusChain())
        if (container->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus))
            return next;
    return nullptr;
}

} // namespace

void MainWindow::buildMenus() {
    menuBar()->setAccessibleName(tr("Menu bar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPipeline =
        newAction(file, QStringLiteral("actionNewPipeline"), tr("&New pipeline…"), tr("Define a new release pipeline"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newPipeline, &QAction::triggered, this, [this] { openPipelineEditor(0); });
    QAction *import = newAction(file, QStringLiteral("actionImportDefinition"), tr("&Import definition…"),
                                tr("Open a pipeline JSON file in the editor"), QKeySequence::Open);
    connect(import, &QAction::triggered, this, &MainWindow::importDefinition);
    QAction *exportAction =
        newAction(file, QStringLiteral("actionExportDefinition"), tr("&Export definition…"),
                  tr("Save the selected pipeline as a JSON file"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDefinition);
    m_releaseMenuActions << newPipeline << import << exportAction;
    m_adminActions << newPipeline << import;
    file->addSeparator();
    // Ctrl+, on every platform: QKeySequence::Preferences is empty on most Linux desktops.
    m_settings =
        newAction(file, QStringLiteral("actionSettings"), tr("&Settings…"),
                  tr("The REST server, language, theme and other settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);
    m_settings->setEnabled(false);
    file->addSeparator();
    QAction *quit =
        newAction(file, QStringLiteral("actionQuit"), tr("&Quit"),
                  tr("Close Slipway (asks first while deployments are active)"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &MainWindow::requestQuit);
    buildReleaseMenu();
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::buildReleaseMenu() {
    QMenu *release = menuBar()->addMenu(tr("&Release"));
    m_createRelease = newAction(release, QStringLiteral("actionCreateRelease"), tr("&Create release…"),
                                tr("Create a release of the selected (or last shown) pipeline"), QKeySequence::New);
    connect(m_createRelease, &QAction::triggered, this, &MainWindow::createRelease);
    QAction *deploy =
        newAction(release, QStringLiteral("actionDeploy"), tr("&Deploy…"),
                  tr("Deploy the selected stage of the selected release"), QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(deploy, &QAction::triggered, m_pipelinePage, &PipelinePage::deploySelected);
    QAction *redeploy =
        newAction(release, QStringLiteral("actionRedeploy"), tr("&Redeploy…"),
                  tr("Deploy the selected stage again, as a new attempt"), QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(redeploy, &QAction::triggered, m_pipelinePage, &PipelinePage::deploySelected);
    QAction *cancel =
        newAction(release, QStringLiteral("actionCancelDeployment"), tr("C&ancel deployment"),
                  tr("Cancel the deployment of the selected stage"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(cancel, &QAction::triggered, m_pipelinePage, &PipelinePage::cancelSelected);
    release->addSeparator();
    QAction *abandon = newAction(release, QStringLiteral("actionAbandonRelease"), tr("A&bandon release…"),
                                 tr("Abandon the selected release"));
    connect(abandon, &QAction::triggered, m_pipelinePage, &PipelinePage::abandonSelected);
    QAction *edit = newAction(release, QStringLiteral("actionEditPipeline"), tr("&Edit pipeline…"),
                              tr("Edit the selected pipeline"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QAction::triggered, this, [this] {
        if (m_pipelinePage->pipelineId())
            openPipelineEditor(m_pipelinePage->pipelineId());
        else
            showStatusMessage(tr("Select a pipeline to edit."));
    });
    m_releaseMenuActions << m_createRelease << edit;
    m_adminActions << abandon << edit; // a member cancels through an engine, as they deploy
    // These act on the grid's selection, so only while the grid is shown (the release page has its own).
    m_selectionActions << deploy << redeploy << cancel << abandon;
    for (QAction *action : std::as_const(m_releaseMenuActions) + m_selectionActions)
        action->setEnabled(false);
}

void MainWindow::buildViewMenu() {
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *approvals =
        newAction(view, QStringLiteral("actionApprovals"), tr("&Approvals"), tr("Show the approvals waiting for you"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(approvals, &QAction::triggered, this, &MainWindow::showApprovals);
    QAction *dashboard = newAction(view, QStringLiteral("actionDashboard"), tr("&Dashboard"),
                                   tr("Metrics and the timeline of the selected pipeline"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    QAction *whatsWhere =
        newAction(view, QStringLiteral("actionWhatsWhere"), tr("&What's where"), tr("Which release each stage runs"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(whatsWhere, &QAction::triggered, this, &MainWindow::showWhatsWhere);
    m_releaseMenuActions << dashboard << whatsWhere;
    QAction *open = newAction(view, QStringLiteral("actionOpenRelease"), tr("Open selected &release"),
                              tr("Logs, approvals, variables and history of the selected release"),
                              QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 release = m_pipelinePage->selectedRelease())
            openRelease(release);
        else
            showStatusMessage(tr("Select a release in the grid to open it."));
    });
    m_selectionActions << open;
    m_back = newAction(view, QStringLiteral("actionBack"), tr("&Back to the pipeline"),
                       tr("Leave the release page for its pipeline's releases"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_pipelinePage); });
    view->addSeparator();
    QAction *nextPane = newAction(view, QStringLiteral("actionNextPane"), tr("&Next pane"),
                                  tr("Move the focus to the next pane: the tree, the page"), QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { focusNextPane(true); });
    QAction *previousPane = newAction(view, QStringLiteral("actionPreviousPane"), tr("&Previous pane"),
                                      tr("Move the focus to the previous pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { focusNextPane(false); });
}

void MainWindow::buildHelpMenu() {
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *documentation = newAction(help, QStringLiteral("actionDocumentation"), tr("&Documentation"),
                                       tr("Open the user guide"), QKeySequence(Qt::Key_F1));
    connect(documentation, &QAction::triggered, this, &MainWindow::openDocumentation);
    QAction *about =
        newAction(help, QStringLiteral("actionAbout"), tr("&About Slipway"), tr("Show the version of Slipway"));
    connect(about, &QAction::triggered, this, [this] {
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
    // Tool buttons are named after their action, for screen readers.
    for (QAction *action : toolBar->actions())
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
}

void MainWindow::createRelease() {
    if (!m_releaseActions)
        return;
    if (!m_pipelinePage->pipelineId()) {
        showStatusMessage(tr("Select a pipeline first: a release is created of a pipeline."));
        return;
    }
    m_pipelinePage->createRelease();
}

void MainWindow::focusNextPane(bool forward) {
    QList<QWidget *> panes{m_tree, m_pages->currentWidget()};
    if (m_engineProblem->isVisible())
        panes.prepend(m_engineProblem);
    QWidget *focused = focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focused && (panes[i] == focused || panes[i]->isAncestorOf(focused)))
            at = i;
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        const qsizetype next =
            ((at < 0 ? (forward ? -1 : 0) : at) + (forward ? step : -step) + panes.size() * 2) % panes.size();
        if (QWidget *target = firstFocusableIn(panes[next])) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::openDocumentation() {
    const QString guide = m_documentation;
    const bool opened =
        !guide.isEmpty() && QFileInfo::exists(guide) &&
        (m_openUrl ? m_openUrl(QUrl::fromLocalFile(guide)) : QDesktopServices::openUrl(QUrl::fromLocalFile(guide)));
    if (opened) {
        showStatusMessage(tr("Opened the user guide."));
        return;
    }
    // No viewer for Markdown (or no desktop at all): say where the guide is, so it can be opened by hand.
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Documentation"),
                        guide.isEmpty() || !QFileInfo::exists(guide)
                            ? tr("The user guide is not installed (looked for %1).").arg(guide)
                            : tr("No program could be started to show the user guide. It is here:\n%1").arg(guide),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("documentationMessage"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace slipway
