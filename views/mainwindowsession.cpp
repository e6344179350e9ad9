// The main window across runs and problems: asking before a quit leaves deployments behind, the engine's
// problems, and the remembered layout.
#include "mainwindow.h"

#include "messagebar.h"
#include "pipelinepage.h"
#include "pipelinetreemodel.h"
#include "screenfit.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>

namespace slipway {

namespace {
const QString layoutGroup = QStringLiteral("window");
}

void MainWindow::requestQuit() {
    close();
}

QuitChoice MainWindow::askAboutActiveWork(QWidget *parent, int active) {
    QMessageBox box(QMessageBox::Question, tr("Deployments are active"),
                    tr("%n deployment(s) of this window are running, queued or waiting.", nullptr, active),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("quitQuestion"));
    box.setInformativeText(
        tr("Keep running in the background: the window closes and Slipway goes on without it until nothing is "
           "active any more (the tray icon, where there is one, brings the window back).\n"
           "Wait: keep the window open.\n"
           "Stop: quit now; running deployments are interrupted."));
    QPushButton *keep = box.addButton(tr("&Keep running in the background"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("quitKeepRunning"));
    QPushButton *wait = box.addButton(tr("&Wait"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("quitWait"));
    QPushButton *stop = box.addButton(tr("&Stop"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("quitStop"));
    box.setDefaultButton(wait);
    box.setEscapeButton(wait);
    box.exec();
    if (box.clickedButton() == keep)
        return QuitChoice::KeepRunning;
    if (box.clickedButton() == stop)
        return QuitChoice::Stop;
    return QuitChoice::Wait;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    const int active = m_quitting || !m_activeWork ? 0 : m_activeWork();
    QuitChoice choice = QuitChoice::Stop;
    if (active > 0)
        choice = m_askQuit ? m_askQuit(this, active) : askAboutActiveWork(this, active);
    if (choice == QuitChoice::Wait) {
        event->ignore();
        showStatusMessage(tr("Slipway stays open: %n deployment(s) active.", nullptr, active));
        return;
    }
    saveLayout();
    m_quitting = choice == QuitChoice::Stop;
    event->accept();
    Q_EMIT quitRequested(choice == QuitChoice::KeepRunning);
}

void MainWindow::setEngineState(const QString &state) {
    m_engineStateText = state;
    if (m_engineProblem->isHidden())
        m_engineState->setText(state);
}

void MainWindow::showEngineProblem(const QString &message) {
    m_engineProblem->showMessage(MessageBar::Level::Error, tr("The engine has a problem: %1").arg(message));
    m_engineState->setText(tr("Engine: problem"));
    m_engineState->setToolTip(message);
}

void MainWindow::clearEngineProblem() {
    m_engineProblem->clearMessage();
    m_engineState->setText(m_engineStateText);
    m_engineState->setToolTip(tr("The state of the deployment engine"));
}

void MainWindow::setLayoutStore(QSettings *settings) {
    m_layoutStore = settings;
    restoreLayout();
}

void MainWindow::restoreLayout() {
    if (!m_layoutStore)
        return;
    m_layoutStore->beginGroup(layoutGroup);
    const QByteArray geometry = m_layoutStore->value(QStringLiteral("geometry")).toByteArray();
    const QByteArray splitter = m_layoutStore->value(QStringLiteral("splitter")).toByteArray();
    const qint64 last = m_layoutStore->value(QStringLiteral("lastPipeline")).toLongLong();
    m_layoutStore->endGroup();
    if (!geometry.isEmpty())
        restoreGeometry(geometry); // with the maximized state
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (!isMaximized())
        fitIntoScreen(this); // saved at another scale or on a larger screen
    if (last > 0 && m_pipelines.indexOfPipeline(last).isValid())
        selectPipeline(last);
}

void MainWindow::saveLayout() const {
    if (!m_layoutStore)
        return;
    m_layoutStore->beginGroup(layoutGroup);
    m_layoutStore->setValue(QStringLiteral("geometry"), saveGeometry());
    m_layoutStore->setValue(QStringLiteral("maximized"), isMaximized());
    m_layoutStore->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_layoutStore->setValue(QStringLiteral("lastPipeline"), m_pipelinePage->pipelineId());
    m_layoutStore->endGroup();
    m_layoutStore->sync();
}

} // namespace slipway
