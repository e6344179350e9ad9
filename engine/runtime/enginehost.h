#pragma once

#include "core/result.h"
#include "runtime/deploymentrun.h"

#include <QThread>

#include <functional>
#include <memory>

namespace slipway {

class EngineWorker;

// Runs a DeploymentEngine on its own thread with its own store connection (the GUI and
// `slipway --headless` both use it). Signals arrive queued on the host's thread.
class EngineHost final : public QObject {
    Q_OBJECT
public:
    using StoreFactory = std::function<Result<std::unique_ptr<Store>>()>;

    EngineHost(StoreFactory openStore, EngineConfig config, QObject *parent = nullptr);
    ~EngineHost() override;

    // Starts the thread; `started` or `failed` follows.
    void start();
    // Waits for running deployments up to graceMs, interrupts the rest, and stops the thread. Writes waiting for a
    // busy database give up shutdownBusyMs after the grace (the next engine recovers what they leave).
    void stop(int graceMs);
    static constexpr int shutdownBusyMs = 10000;
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void started();
    void failed(const slipway::Error &error); // its template lets the window say it in the user's language
    void deploymentChanged(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void logAppended(qint64 deploymentId);
    void activeCountChanged(int active);
    void externalChange(); // another connection committed (another process, or the GUI's own)
    // The engine cannot use its database (damaged, read-only, disk full, locked): a specific message in the
    // user's language, once per cause; it backs off and retries, and problemCleared follows when it works again.
    void problem(const QString &message);
    void problemCleared();

private:
    QThread m_thread;
    std::shared_ptr<std::atomic<qint64>> m_giveUpAt; // shared with the engine's BusyRetry
    EngineWorker *m_worker = nullptr;                // deleted by its thread once that ran, else by the destructor
    bool m_started = false;
};

} // namespace slipway
