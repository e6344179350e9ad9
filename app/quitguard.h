#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace slipway {

class MainWindow;
class Services;

// Deployments the engine `engineOwner` still has to finish or that wait for an engine: not done, and
// claimed by it or by none yet (queued, deferred, waiting for approvals, gates or an intervention).
int activeDeployments(Services &services, const QString &engineOwner);

// What happens when the window closes (B7): the app quits, or, when the user chose "Keep running in the
// background", the engine goes on without a window until nothing is active, then the app quits. Showing
// the window again (the tray) leaves that mode. `activeWork` is asked again after each change (coalesced).
class QuitGuard final : public QObject {
    Q_OBJECT
public:
    QuitGuard(MainWindow &window, std::function<int()> activeWork, QObject *parent = nullptr);

    // Something changed that may change the count (a deployment, another process): checks soon.
    void recheck();
    bool inBackground() const { return m_background; }
    // The tray's Show: the window comes back, and closing it asks again.
    void showWindow();
    int active() const { return m_active; }

Q_SIGNALS:
    void quit();
    void activeChanged(int active); // after each check

private:
    MainWindow &m_window;
    std::function<int()> m_activeWork;
    QTimer m_check;
    bool m_background = false;
    int m_active = 0;

    void check();
};

} // namespace slipway
