#include "traynotifier.h"

#include "approvalinboxmodel.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace slipway {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent), m_menu(std::make_unique<QMenu>()) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    auto add = [this](const QString &name, const QString &text, const QString &tip, auto signal) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, signal);
    };
    add(QStringLiteral("trayShow"), tr("&Show Slipway"), tr("Show the main window"),
        &TrayNotifier::showWindowRequested);
    add(QStringLiteral("trayApprovals"), tr("&Approvals"), tr("Show the approvals waiting for you"),
        &TrayNotifier::approvalsRequested);
    m_menu->addSeparator();
    add(QStringLiteral("trayQuit"), tr("&Quit"), tr("Close Slipway"), &TrayNotifier::quitRequested);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/slipway.svg")), this);
    m_tray->setToolTip(tr("Slipway"));
    m_tray->setContextMenu(m_menu.get());
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openLastNotified);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
}

TrayNotifier::~TrayNotifier() {
    if (m_tray)
        m_tray->setContextMenu(nullptr); // the menu goes first
}

void TrayNotifier::openLastNotified() {
    if (m_lastRelease)
        Q_EMIT openRelease(m_lastPipeline, m_lastRelease);
    else
        Q_EMIT showWindowRequested();
}

void TrayNotifier::notify(const QString &title, const QString &message, qint64 pipelineId, qint64 releaseId) {
    m_lastPipeline = pipelineId;
    m_lastRelease = releaseId;
    if (m_tray && m_showMessages)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    Q_EMIT notified(title, message);
}

void notifyArrivingApprovals(ApprovalInboxModel &inbox, TrayNotifier &tray) {
    QObject::connect(&inbox, &QAbstractItemModel::rowsInserted, &tray,
                     [&inbox, &tray](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             const ApprovalRecord a = inbox.approvalAt(row);
                             tray.notify(TrayNotifier::tr("An approval waits for you"),
                                         TrayNotifier::tr("%1 / %2 / %3, requested by %4")
                                             .arg(a.pipelineName, a.releaseName, a.stageName, a.requestedBy),
                                         a.pipelineId, a.releaseId);
                         }
                     });
}

} // namespace slipway
