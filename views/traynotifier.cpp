#include "traynotifier.h"

#include "approvalinboxmodel.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace slipway {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/slipway.svg")), this);
    m_tray->setToolTip(tr("Slipway"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastRelease)
            Q_EMIT openRelease(m_lastPipeline, m_lastRelease);
    });
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
