#pragma once

#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace slipway {

// The tray icon's notifications (docs/user-guide.md): an approval waits for the user, a deployment they requested
// ended. Clicking one asks to open its release. Where no tray exists (offscreen, some desktops) the
// notifications are still emitted as `notified`, and the status bar shows them.
// The icon's menu offers Show, Approvals and Quit; a left click shows the window.
class TrayNotifier final : public QObject {
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const QString &title, const QString &message, qint64 pipelineId, qint64 releaseId);
    // Settings ▸ Notifications: off keeps the tray quiet (the status bar still shows them).
    void setShowMessages(bool show) { m_showMessages = show; }
    // What clicking the last balloon does: open the release it is about.
    void openLastNotified();
    // The icon's context menu (also built where no tray exists, so that it can be tested).
    QMenu *menu() const { return m_menu.get(); }
    bool hasTrayIcon() const { return m_tray != nullptr; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    void openRelease(qint64 pipelineId, qint64 releaseId);
    void showWindowRequested();
    void approvalsRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastPipeline = 0;
    qint64 m_lastRelease = 0;
    bool m_showMessages = true;
};

class ApprovalInboxModel;

// Raises a notification for each approval that arrives in the inbox.
void notifyArrivingApprovals(ApprovalInboxModel &inbox, TrayNotifier &tray);

} // namespace slipway
