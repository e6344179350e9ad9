#pragma once

#include "runtime/busyretry.h"
#include "runtime/deadline.h"
#include "rules/schedule.h"
#include "services/services.h"

#include <queue>
#include <vector>

namespace slipway {

// Fires the pipelines' release and stage schedules and the engine's daily retention run.
//  - Release schedules create a release (reason `schedule`); with onlyIfChanged only when some source
//    has a version newer than the last release's.
//  - Stage schedules deploy the most recent active release that passes the stage's artifact filters.
// Due times wait in a priority queue, so a tick with nothing due is one comparison. Each firing is
// recorded in schedule_state in the transaction of what it does; an engine that finds a slot already
// recorded (by another engine sharing the database) skips it. Slots missed while no engine ran fire
// once on start, not once per slot, and say so in the audit trail.
class Scheduler final : public QObject {
    Q_OBJECT
public:
    Scheduler(Services &services, QString workRoot, QObject *parent = nullptr);

    void start();
    // How its firings wait out another process's write lock (the engine's BusyRetry).
    void setBusyRetry(BusyRetry busy) { m_busy = std::move(busy); }
    // Pipelines were created or revised (here or by another process): reread the schedules.
    void reloadIfChanged();
    // Fires whatever is due. Cheap when nothing is.
    void tick();
    int jobCount() const { return int(m_jobs.size()); }
    QDateTime nextDue() const { return m_queue.empty() ? QDateTime() : m_queue.top().due; }

    static constexpr auto retentionKey = "retention";

Q_SIGNALS:
    void fired(qint64 pipelineId, const QString &key, const QDateTime &due);

private:
    enum class Kind { Release, Stage, Retention };
    struct Job final {
        qint64 pipelineId = 0;
        QString key;
        Kind kind = Kind::Release;
        QString stage;
        ScheduleSpec spec;
        QString specText; // to tell an edited schedule from an unchanged one
        quint64 generation = 0;
    };
    struct Entry final {
        QDateTime due;
        QString id;
        quint64 generation = 0;
    };
    struct Later final {
        bool operator()(const Entry &a, const Entry &b) const { return a.due > b.due; }
    };

    Services &m_services;
    QString m_workRoot;
    BusyRetry m_busy;
    QHash<QString, Job> m_jobs; // by "pipelineId/key"
    std::priority_queue<Entry, std::vector<Entry>, Later> m_queue;
    QString m_definitionsVersion;
    quint64 m_generation = 0;
    Deadline *m_wake = nullptr;
    QDateTime m_wakeAt;

    static Job retentionJob(); // the daily retention run, 03:00 local time
    void load(bool onStart);
    void arm();
    void fire(const Job &job, const QDateTime &due, const QString &note);
    Status fireRelease(const Job &job, const QDateTime &now, QJsonObject &details);
    Status fireStage(const Job &job, const QDateTime &now, QJsonObject &details);
    Result<bool> sourcesChangedSinceLastRelease(qint64 pipelineId);
};

} // namespace slipway
