#include "enginehost.h"

#include "runtime/artifactwatcher.h"
#include "runtime/deploymentengine.h"
#include "runtime/scheduler.h"

#include <QDateTime>
#include <QEventLoop>

namespace slipway {

// Lives on the engine thread and owns everything the engine touches there.
class EngineWorker final : public QObject {
    Q_OBJECT
public:
    EngineWorker(EngineHost::StoreFactory openStore, EngineConfig config)
        : m_openStore(std::move(openStore)), m_config(std::move(config)) {}

    void init() {
        Result<std::unique_ptr<Store>> store = m_openStore();
        if (!store) {
            Q_EMIT failed(store.error());
            return;
        }
        m_store = std::move(*store);
        m_services = std::make_unique<Services>(*m_store, m_clock);
        m_engine = std::make_unique<DeploymentEngine>(*m_services, m_config);
        connect(m_engine.get(), &DeploymentEngine::deploymentChanged, this, &EngineWorker::deploymentChanged);
        connect(m_engine.get(), &DeploymentEngine::logAppended, this, &EngineWorker::logAppended);
        connect(m_engine.get(), &DeploymentEngine::activeCountChanged, this, &EngineWorker::activeCountChanged);
        connect(m_engine.get(), &DeploymentEngine::externalChange, this, &EngineWorker::externalChange);
        connect(m_engine.get(), &DeploymentEngine::problemOccurred, this, &EngineWorker::problem);
        connect(m_engine.get(), &DeploymentEngine::problemCleared, this, &EngineWorker::problemCleared);
        // Queued: the engine is deleted in release(), not inside its own signal.
        connect(m_engine.get(), &DeploymentEngine::stopped, this, &EngineWorker::release, Qt::QueuedConnection);
        // Schedules and artifact triggers write: on a member's desktop the team's engines keep them.
        if (m_store->role() != TeamRole::Member) {
            m_scheduler = std::make_unique<Scheduler>(*m_services, m_config.workRoot);
            m_scheduler->setBusyRetry(m_config.busy);
            m_watcher = std::make_unique<ArtifactWatcher>(*m_services, m_config.gitPollMs);
            // Pipelines saved by other processes reach this engine as external changes.
            connect(m_engine.get(), &DeploymentEngine::externalChange, m_scheduler.get(), &Scheduler::reloadIfChanged);
            connect(m_engine.get(), &DeploymentEngine::externalChange, m_watcher.get(),
                    &ArtifactWatcher::reloadIfChanged);
        }
        if (Status announced = m_engine->announceAgent(); !announced) {
            Q_EMIT failed(announced.error());
            return;
        }
        m_engine->start();
        if (m_scheduler) {
            m_scheduler->start();
            m_watcher->start();
        }
        Q_EMIT started();
    }

    void shutdown(int graceMs) {
        m_watcher.reset(); // nothing new starts while shutting down
        m_scheduler.reset();
        if (m_engine)
            m_engine->shutdown(graceMs);
        else
            release();
    }

Q_SIGNALS:
    void started();
    void failed(const slipway::Error &error);
    void deploymentChanged(qint64 pipelineId, qint64 releaseId, qint64 deploymentId);
    void logAppended(qint64 deploymentId);
    void activeCountChanged(int active);
    void externalChange();
    void problem(const QString &message);
    void problemCleared();
    void stopped();

private:
    EngineHost::StoreFactory m_openStore;
    EngineConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<DeploymentEngine> m_engine;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<ArtifactWatcher> m_watcher;

    // Everything is torn down on the engine thread, where it was made.
    void release() {
        m_watcher.reset();
        m_scheduler.reset();
        if (m_engine)
            if (Status left = m_engine->leaveAsAgent(); !left)
                qWarning("slipway: agent: %s", qPrintable(left.error().message));
        m_engine.reset();
        m_services.reset();
        m_store.reset();
        Q_EMIT stopped();
    }
};

EngineHost::EngineHost(StoreFactory openStore, EngineConfig config, QObject *parent)
    : QObject(parent), m_giveUpAt(config.busy.giveUpAt) {
    m_thread.setObjectName(QStringLiteral("slipway-engine"));
    m_worker = new EngineWorker(std::move(openStore), std::move(config));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::started, this, &EngineHost::started);
    connect(m_worker, &EngineWorker::failed, this, &EngineHost::failed);
    connect(m_worker, &EngineWorker::deploymentChanged, this, &EngineHost::deploymentChanged);
    connect(m_worker, &EngineWorker::logAppended, this, &EngineHost::logAppended);
    connect(m_worker, &EngineWorker::activeCountChanged, this, &EngineHost::activeCountChanged);
    connect(m_worker, &EngineWorker::externalChange, this, &EngineHost::externalChange);
    connect(m_worker, &EngineWorker::problem, this, &EngineHost::problem);
    connect(m_worker, &EngineWorker::problemCleared, this, &EngineHost::problemCleared);
    // Direct: the host's thread is blocked in stop() waiting for exactly this.
    connect(m_worker, &EngineWorker::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
}

EngineHost::~EngineHost() {
    stop(0);
    if (!m_started) // never started (a --screenshot run): its thread never finishes, so it never deletes it
        delete m_worker;
}

void EngineHost::start() {
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &EngineWorker::init, Qt::QueuedConnection);
}

void EngineHost::stop(int graceMs) {
    if (!m_thread.isRunning())
        return;
    // The engine thread may be waiting for another process's write lock: it stops waiting at this time.
    m_giveUpAt->store(QDateTime::currentMSecsSinceEpoch() + graceMs + shutdownBusyMs);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, graceMs] { worker->shutdown(graceMs); }, Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace slipway

#include "enginehost.moc"
