#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace slipway {

// The tray icon's notifications (gui.md): an approval waits for the user, a deployment they requested
// ended. Clicking one asks to open its release. Where no tray exists (offscreen, some desktops) the
// notifications are still emitted as `notified`, and the status bar shows them.
class TrayNotifier final : public QObject {
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &message, qint64 pipelineId, qint64 releaseId);
    // Settings ▸ Notifications: off keeps the tray quiet (the status bar still shows them).
    void setShowMessages(bool show) { m_showMessages = show; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    void openRelease(qint64 pipelineId, qint64 releaseId);

private:
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastPipeline = 0;
    qint64 m_lastRelease = 0;
    bool m_showMessages = true;
};

class ApprovalInboxModel;

// Raises a notification for each approval that arrives in the inbox.
void notifyArrivingApprovals(ApprovalInboxModel &inbox, TrayNotifier &tray);

} // namespace slipway
