#include "scheduler.h"

#include "definition/specreader.h"
#include "rules/stagetriggers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slipway {

namespace {
const Identity scheduleActor{QStringLiteral("slipway")};

QString jobId(qint64 pipelineId, const QString &key) {
    return QString::number(pipelineId) + QLatin1Char('/') + key;
}
QString textOf(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Scheduler::Scheduler(Services &services, QString workRoot, QObject *parent)
    : QObject(parent), m_services(services), m_workRoot(std::move(workRoot)) {
    connect(&m_services.notifier, &ChangeNotifier::pipelineSaved, this, &Scheduler::reloadIfChanged);
}

void Scheduler::start() {
    load(true);
}

void Scheduler::reloadIfChanged() {
    Result<QString> version = m_services.store.pipelines().definitionsVersion();
    if (version && *version != m_definitionsVersion)
        load(false);
}

Scheduler::Job Scheduler::retentionJob() {
    Job retention;
    retention.key = QString::fromLatin1(retentionKey);
    retention.kind = Kind::Retention;
    retention.spec.days = {1, 2, 3, 4, 5, 6, 7};
    retention.spec.time = QTime(3, 0);
    retention.spec.zone = QTimeZone::systemTimeZone();
    return retention;
}

void Scheduler::load(bool onStart) {
    Store &store = m_services.store;
    const QDateTime now = m_services.clock.now();
    if (Result<QString> version = store.pipelines().definitionsVersion())
        m_definitionsVersion = *version;
    QHash<QString, QDateTime> lastFired;
    if (Result<QList<ScheduleStateRecord>> states = store.pipelines().scheduleStates())
        for (const ScheduleStateRecord &state : std::as_const(*states))
            lastFired.insert(jobId(state.pipelineId, state.key), state.lastFiredAt);

    QList<Job> jobs{retentionJob()};
    Result<QList<PipelineRecord>> pipelines = store.pipelines().pipelines();
    for (const PipelineRecord &pipeline : pipelines ? *pipelines : QList<PipelineRecord>()) {
        Result<std::shared_ptr<const PipelineDefinition>> definition =
            m_services.pipelines.definitionOfRevision(pipeline.revisionId);
        if (!definition)
            continue;
        const QList<ScheduleDefinition> &schedules = (*definition)->schedules;
        for (qsizetype i = 0; i < schedules.size(); ++i)
            if (const std::optional<ScheduleSpec> spec = ScheduleSpec::of(schedules.at(i)))
                jobs.append({pipeline.id,
                             QStringLiteral("release:%1").arg(i),
                             Kind::Release,
                             {},
                             *spec,
                             textOf(scheduleJson(schedules.at(i))),
                             0});
        for (const StageDefinition &stage : (*definition)->stages) {
            const std::optional<ScheduleSpec> spec = stage.schedule ? ScheduleSpec::of(*stage.schedule) : std::nullopt;
            if (spec)
                jobs.append({pipeline.id, QStringLiteral("stage:") + stage.name, Kind::Stage, stage.name, *spec,
                             textOf(scheduleJson(*stage.schedule)), 0});
        }
    }

    const quint64 generation = ++m_generation;
    QHash<QString, Job> previous = std::exchange(m_jobs, {});
    m_queue = {};
    QList<std::pair<std::pair<Job, QDateTime>, QString>> missed; // the job, its first missed slot, the note
    QList<Job> fresh;
    for (Job &job : jobs) {
        job.generation = generation;
        const QString id = jobId(job.pipelineId, job.key);
        const bool known = lastFired.contains(id);
        const bool edited = previous.contains(id) && previous.value(id).specText != job.specText;
        QDateTime next;
        if (!known) {
            fresh << job; // counts from now: a new schedule does not fire for the past
            next = job.spec.nextAfter(now);
        } else if (edited) {
            next = job.spec.nextAfter(qMax(now, lastFired.value(id)));
        } else {
            next = job.spec.nextAfter(lastFired.value(id));
            if (onStart && next.isValid() && next <= now) {
                const int slots = job.spec.firingsBetween(lastFired.value(id), now);
                // Due at the first missed slot: an engine starting beside this one that fired them already has
                // recorded a later time, and this one skips them (fire() re-checks under the write lock).
                missed.append({{job, next},
                               QStringLiteral("%1 firing(s) missed since %2 while no engine ran; fired once on start")
                                   .arg(slots)
                                   .arg(lastFired.value(id).toString(Qt::ISODate))});
                next = job.spec.nextAfter(now);
            }
        }
        m_jobs.insert(id, job);
        if (next.isValid())
            m_queue.push({next, id, generation});
    }
    if (!fresh.isEmpty())
        (void)commitWhenFree(
            store,
            [&]() -> Status {
                for (const Job &job : std::as_const(fresh))
                    if (Status ok = store.pipelines().setScheduleFired(job.pipelineId, job.key, now); !ok)
                        return ok;
                return {};
            },
            m_busy);
    for (const auto &[missedJob, note] : std::as_const(missed))
        fire(missedJob.first, missedJob.second, note);
    m_wakeAt = {};
    arm();
}

void Scheduler::arm() {
    const QDateTime next = nextDue();
    if (next == m_wakeAt && m_wake)
        return;
    delete m_wake;
    m_wake = nullptr;
    m_wakeAt = next;
    if (!next.isValid())
        return;
    m_wake = new Deadline(m_services.clock, next, this);
    connect(m_wake, &Deadline::fired, this, &Scheduler::tick, Qt::QueuedConnection);
}

void Scheduler::tick() {
    const QDateTime now = m_services.clock.now();
    while (!m_queue.empty() && m_queue.top().due <= now) {
        const Entry entry = m_queue.top();
        m_queue.pop();
        const auto job = m_jobs.constFind(entry.id);
        if (job == m_jobs.cend() || job->generation != entry.generation)
            continue; // a schedule since edited or removed
        fire(*job, entry.due, {});
        const QDateTime next = job->spec.nextAfter(qMax(entry.due, now));
        if (next.isValid())
            m_queue.push({next, entry.id, entry.generation});
    }
    if (nextDue() != m_wakeAt || (m_wake && m_wake->reached()))
        arm();
}

void Scheduler::fire(const Job &job, const QDateTime &due, const QString &note) {
    Store &store = m_services.store;
    const QDateTime now = m_services.clock.now();
    bool done = false;
    const Status written = commitWhenFree(
        store,
        [&]() -> Status {
            // Another engine on this database may have fired this slot already.
            Result<QList<ScheduleStateRecord>> states = store.pipelines().scheduleStates();
            if (!states)
                return states.error();
            for (const ScheduleStateRecord &state : std::as_const(*states))
                if (state.pipelineId == job.pipelineId && state.key == job.key && state.lastFiredAt >= due)
                    return {};
            if (Status ok = store.pipelines().setScheduleFired(job.pipelineId, job.key, qMax(due, now)); !ok)
                return ok;
            QJsonObject details{{QStringLiteral("schedule"), job.key},
                                {QStringLiteral("due"), due.toString(Qt::ISODate)}};
            if (!note.isEmpty())
                details.insert(QStringLiteral("note"), note);
            Status outcome;
            if (job.kind == Kind::Release)
                outcome = fireRelease(job, now, details);
            else if (job.kind == Kind::Stage)
                outcome = fireStage(job, now, details);
            else if (Result<RetentionReport> report = m_services.retention.run(m_workRoot, scheduleActor))
                details.insert(QStringLiteral("releasesDeleted"), report->removed());
            else
                details.insert(QStringLiteral("error"), report.error().message);
            if (!outcome) // what the firing could not do is recorded, and the slot still counts as fired
                details.insert(QStringLiteral("error"), outcome.error().message);
            done = true;
            return recordAudit(store.audit(), {0, now, scheduleActor.userName,
                                               note.isEmpty() ? QStringLiteral("schedule.fired")
                                                              : QStringLiteral("schedule.firedAfterMissing"),
                                               QStringLiteral("pipeline"), job.pipelineId, details});
        },
        m_busy);
    if (!written)
        qWarning("slipway: schedule %s of pipeline %lld: %s", qPrintable(job.key), job.pipelineId,
                 qPrintable(written.error().message));
    if (done)
        Q_EMIT fired(job.pipelineId, job.key, due);
}

Result<bool> Scheduler::sourcesChangedSinceLastRelease(qint64 pipelineId) {
    Store &store = m_services.store;
    Result<QList<ReleaseRecord>> last = store.releases().releases(pipelineId, 1);
    if (!last)
        return last.error();
    if (last->isEmpty())
        return true;
    Result<QList<ReleaseArtifactRecord>> used = store.releases().releaseArtifacts(last->first().id);
    if (!used)
        return used.error();
    Result<QList<ArtifactSourceRecord>> sources = store.pipelines().artifactSources(pipelineId);
    if (!sources)
        return sources.error();
    for (const ArtifactSourceRecord &source : std::as_const(*sources)) {
        Result<std::optional<ArtifactVersionRecord>> latest = store.artifacts().latestVersion(source.id);
        if (!latest)
            return latest.error();
        if (!latest->has_value())
            continue;
        const auto previous = std::find_if(used->cbegin(), used->cend(),
                                           [&](const ReleaseArtifactRecord &a) { return a.alias == source.alias; });
        if (previous == used->cend() || !previous->version || previous->version->id < (*latest)->id)
            return true;
    }
    return false;
}

Status Scheduler::fireRelease(const Job &job, const QDateTime &, QJsonObject &details) {
    if (job.spec.onlyIfChanged) {
        Result<bool> changed = sourcesChangedSinceLastRelease(job.pipelineId);
        if (!changed)
            return changed.error();
        if (!*changed) {
            details.insert(QStringLiteral("skipped"),
                           QStringLiteral("no source has a version newer than the last release's"));
            return {};
        }
    }
    CreateReleaseRequest request;
    request.pipeline = QString::number(job.pipelineId);
    request.reason = ReleaseReason::Schedule;
    Result<ReleaseRecord> release = m_services.releases.create(request, scheduleActor);
    if (!release)
        return release.error();
    details.insert(QStringLiteral("releaseId"), release->id);
    return {};
}

Status Scheduler::fireStage(const Job &job, const QDateTime &, QJsonObject &details) {
    Store &store = m_services.store;
    Result<QList<ReleaseRecord>> releases = store.releases().releases(job.pipelineId, 50);
    if (!releases)
        return releases.error();
    for (const ReleaseRecord &release : std::as_const(*releases)) {
        if (release.status != ReleaseStatus::Active)
            continue;
        Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_services.pipelines.definitionOfRevision(release.revisionId);
        if (!snapshot || !(*snapshot)->stage(job.stage))
            continue;
        Result<bool> passes =
            StageTriggers(store, **snapshot).artifactFiltersPass(release.id, *(*snapshot)->stage(job.stage));
        if (!passes)
            return passes.error();
        if (!*passes)
            continue;
        DeployRequest request{release.id, job.stage, QStringLiteral("scheduled deployment"), {}};
        request.reason = DeploymentReason::Scheduled;
        Result<DeploymentRecord> deployment = m_services.deployments.deploy(request, scheduleActor);
        if (!deployment)
            return deployment.error();
        details.insert(QStringLiteral("releaseId"), release.id);
        details.insert(QStringLiteral("deploymentId"), deployment->id);
        return {};
    }
    details.insert(QStringLiteral("skipped"), QStringLiteral("no active release passes the stage's artifact filters"));
    return {};
}

} // namespace slipway
