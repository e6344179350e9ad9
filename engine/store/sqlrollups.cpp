// The daily rollups of the dashboard's figures (docs/metrics.md#rollups): kept by each completion, back-filled
// by the schema upgrade, read a year at ~365 rows per stage.
#include "sqlrollups.h"

#include "sqldeploymentrepository.h"
#include "sqlvalues.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace slipway {

namespace {

constexpr qint64 msPerDay = 86'400'000;
const char *const countColumns[] = {"succeeded", "partially_succeeded", "failed",
                                    "canceled",  "interrupted",         "not_deployed"};

int countIndex(DeploymentStatus status) {
    switch (status) {
    case DeploymentStatus::Succeeded: return 0;
    case DeploymentStatus::PartiallySucceeded: return 1;
    case DeploymentStatus::Failed: return 2;
    case DeploymentStatus::Canceled: return 3;
    case DeploymentStatus::Interrupted: return 4;
    case DeploymentStatus::NotDeployed: return 5;
    case DeploymentStatus::InProgress: break;
    }
    return -1;
}

bool successful(DeploymentStatus status) {
    return status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded;
}

// What one or more deployments add to one stage's day.
struct DayDelta final {
    std::array<int, 6> counts{};
    qint64 durationSeconds = 0;
    int durations = 0;
    SampleCounts leadTimes;
    int streaks = 0;
    SampleCounts restores;
};

// A finished deployment's own contribution to the day it completed.
DayDelta ownDelta(DeploymentStatus status, const QVariant &startedAt, qint64 completedAt) {
    DayDelta delta;
    if (const int index = countIndex(status); index >= 0)
        ++delta.counts[std::size_t(index)];
    if (startedAt.isValid() && !startedAt.isNull()) {
        delta.durationSeconds = (completedAt - startedAt.toLongLong()) / 1000;
        delta.durations = 1;
    }
    return delta;
}

// The day's samples with the delta's merged in, as its row is to hold them: counted, so that a day's row stays a few
// hundred pairs however many deployments it has. Empty when the delta has none: the row keeps its own.
Status mergedSamples(SqlConnection &db, qint64 pipelineId, const QString &stage, qint64 day, const DayDelta &delta,
                     QByteArray &leadTimes, QByteArray &restores) {
    if (delta.leadTimes.empty() && delta.restores.empty())
        return {};
    Result<SqlCursor *> row = db.exec(QStringLiteral("SELECT lead_times, restores FROM stage_daily_rollups "
                                                     "WHERE pipeline_id = ? AND stage_name = ? AND day = ?"),
                                      {pipelineId, stage, day});
    if (!row)
        return row.error();
    SampleCounts lead, restore;
    if ((*row)->next()) {
        lead = decodeSampleCounts((*row)->bytes(0));
        restore = decodeSampleCounts((*row)->bytes(1));
    }
    (*row)->finish();
    addSamples(lead, delta.leadTimes);
    addSamples(restore, delta.restores);
    leadTimes = encodeSampleCounts(lead);
    restores = encodeSampleCounts(restore);
    return {};
}

Status upsertDay(SqlConnection &db, qint64 pipelineId, const QString &stage, qint64 day, const DayDelta &delta) {
    static const QString statement = [] {
        QStringList columns, updates;
        for (const char *column : countColumns)
            columns << QString::fromLatin1(column);
        columns << QStringLiteral("duration_sum") << QStringLiteral("duration_count") << QStringLiteral("lead_times")
                << QStringLiteral("streaks") << QStringLiteral("restores");
        for (const QString &column : std::as_const(columns))
            updates << (column == QLatin1String("lead_times") || column == QLatin1String("restores")
                            ? QStringLiteral("%1 = CASE WHEN excluded.%1 = '' THEN stage_daily_rollups.%1 "
                                             "ELSE excluded.%1 END")
                                  .arg(column)
                            : QStringLiteral("%1 = stage_daily_rollups.%1 + excluded.%1").arg(column));
        return QStringLiteral("INSERT INTO stage_daily_rollups (pipeline_id, stage_name, day, %1) VALUES (?, ?, ?, %2) "
                              "ON CONFLICT (pipeline_id, stage_name, day) DO UPDATE SET %3")
            .arg(columns.join(QStringLiteral(", ")), sql::placeholders(columns.size()),
                 updates.join(QStringLiteral(", ")));
    }();
    QByteArray leadTimes, restores;
    if (Status ok = mergedSamples(db, pipelineId, stage, day, delta, leadTimes, restores); !ok)
        return ok;
    QVariantList values{pipelineId, stage, day};
    for (const int count : delta.counts)
        values << count;
    values << delta.durationSeconds << delta.durations << QString::fromLatin1(leadTimes) << delta.streaks
           << QString::fromLatin1(restores);
    return db.execOnly(statement, values);
}

struct Finished final {
    qint64 pipelineId = 0;
    QString stage;
    qint64 releaseStageId = 0;
    qint64 releaseId = 0;
    DeploymentStatus status = DeploymentStatus::Failed;
    QVariant startedAt;
    qint64 completedAt = 0;
};

// The lead time of a release's first success on a stage: from its newest artifact version's first sighting.
Status rollUpLeadTime(SqlConnection &db, qint64 id, const Finished &f, DayDelta &delta) {
    Result<QVariant> earlier = db.scalar(
        QStringLiteral("SELECT 1 FROM deployments WHERE release_stage_id = ? AND id <> ? AND operation_status = 'done' "
                       "AND status IN ('succeeded', 'partiallySucceeded') LIMIT 1"),
        {f.releaseStageId, id});
    if (!earlier)
        return earlier.error();
    if (earlier->isValid())
        return {};
    Result<QVariant> seen =
        db.scalar(QStringLiteral("SELECT max(v.seen_at) FROM release_artifacts a JOIN artifact_versions v "
                                 "ON v.id = a.version_id WHERE a.release_id = ?"),
                  {f.releaseId});
    if (!seen)
        return seen.error();
    if (!seen->isValid() || seen->isNull())
        return {};
    const qint64 seconds = std::max<qint64>(0, f.completedAt - seen->toLongLong()) / 1000;
    addSample(delta.leadTimes, seconds);
    return db.execOnly(QStringLiteral("UPDATE deployments SET lead_time_s = ? WHERE id = ?"), {seconds, id});
}

// A success ends the stage's failure streak, if one is open: its sample goes to the day the streak began.
Status rollUpRestore(SqlConnection &db, const Finished &f) {
    Result<SqlCursor *> open = db.exec(QStringLiteral("DELETE FROM stage_failure_streaks WHERE pipeline_id = ? AND "
                                                      "stage_name = ? RETURNING deployment_id, failed_at"),
                                       {f.pipelineId, f.stage});
    if (!open)
        return open.error();
    if (!(*open)->next()) {
        (*open)->finish();
        return {};
    }
    const qint64 firstFailure = (*open)->int64(0);
    const qint64 failedAt = (*open)->int64(1);
    (*open)->finish();
    const qint64 seconds = (f.completedAt - failedAt) / 1000;
    if (Status ok =
            db.execOnly(QStringLiteral("UPDATE deployments SET restore_s = ? WHERE id = ?"), {seconds, firstFailure});
        !ok)
        return ok;
    DayDelta delta;
    addSample(delta.restores, seconds);
    return upsertDay(db, f.pipelineId, f.stage, failedAt / msPerDay, delta);
}

// A failure starts a streak unless one is open.
Status rollUpFailure(SqlConnection &db, qint64 id, const Finished &f, DayDelta &delta) {
    Result<SqlCursor *> started = db.exec(
        QStringLiteral("INSERT INTO stage_failure_streaks (pipeline_id, stage_name, deployment_id, failed_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (pipeline_id, stage_name) DO NOTHING RETURNING deployment_id"),
        {f.pipelineId, f.stage, id, f.completedAt});
    if (!started)
        return started.error();
    const bool starts = (*started)->next();
    (*started)->finish();
    if (!starts)
        return {};
    delta.streaks = 1;
    return db.execOnly(QStringLiteral("UPDATE deployments SET starts_streak = 1 WHERE id = ?"), {id});
}

// One stage's finished deployments in completion order, as the rebuild reads them.
struct Row final {
    qint64 id = 0;
    qint64 releaseStageId = 0;
    qint64 releaseId = 0;
    DeploymentStatus status = DeploymentStatus::Failed;
    QVariant startedAt;
    qint64 completedAt = 0;
};

void add(DayDelta &into, const DayDelta &delta) {
    for (std::size_t i = 0; i < into.counts.size(); ++i)
        into.counts[i] += delta.counts[i];
    into.durationSeconds += delta.durationSeconds;
    into.durations += delta.durations;
    addSamples(into.leadTimes, delta.leadTimes);
    into.streaks += delta.streaks;
    addSamples(into.restores, delta.restores);
}

// The same rules as rollUpCompletion, applied to a whole stage at once.
Status rebuildStage(SqlConnection &db, qint64 pipelineId, const QString &stage, const QHash<qint64, qint64> &seen) {
    Result<SqlCursor *> query = db.exec(
        QStringLiteral("SELECT id, release_stage_id, release_id, status, started_at, completed_at FROM deployments "
                       "WHERE pipeline_id = ? AND stage_name = ? AND operation_status = 'done' "
                       "AND completed_at IS NOT NULL ORDER BY completed_at, id"),
        {pipelineId, stage});
    if (!query)
        return query.error();
    std::vector<Row> rows;
    while ((*query)->next()) {
        SqlCursor &q = **query;
        rows.push_back({q.int64(0), q.int64(1), q.int64(2),
                        deploymentStatusFromBytes(q.bytes(3)).value_or(DeploymentStatus::Failed),
                        q.isNull(4) ? QVariant() : QVariant(q.int64(4)), q.int64(5)});
    }
    (*query)->finish();
    QSet<qint64> delivered;
    // The open streak's first failure (GCC's maybe-uninitialized warning misreads an optional pair here).
    bool open = false;
    qint64 openId = 0;
    qint64 openAt = 0;
    QMap<qint64, DayDelta> days;
    for (const Row &row : rows) {
        DayDelta delta = ownDelta(row.status, row.startedAt, row.completedAt);
        if (successful(row.status)) {
            if (!delivered.contains(row.releaseStageId)) {
                delivered.insert(row.releaseStageId);
                if (const auto at = seen.constFind(row.releaseId); at != seen.cend()) {
                    const qint64 seconds = std::max<qint64>(0, row.completedAt - *at) / 1000;
                    addSample(delta.leadTimes, seconds);
                    if (Status ok = db.execOnly(QStringLiteral("UPDATE deployments SET lead_time_s = ? WHERE id = ?"),
                                                {seconds, row.id});
                        !ok)
                        return ok;
                }
            }
            if (open) {
                const qint64 seconds = (row.completedAt - openAt) / 1000;
                addSample(days[openAt / msPerDay].restores, seconds);
                if (Status ok = db.execOnly(QStringLiteral("UPDATE deployments SET restore_s = ? WHERE id = ?"),
                                            {seconds, openId});
                    !ok)
                    return ok;
                open = false;
            }
        } else if (row.status == DeploymentStatus::Failed && !open) {
            open = true;
            openId = row.id;
            openAt = row.completedAt;
            delta.streaks = 1;
            if (Status ok =
                    db.execOnly(QStringLiteral("UPDATE deployments SET starts_streak = 1 WHERE id = ?"), {row.id});
                !ok)
                return ok;
        }
        add(days[row.completedAt / msPerDay], delta);
    }
    for (auto day = days.cbegin(); day != days.cend(); ++day)
        if (Status ok = upsertDay(db, pipelineId, stage, day.key(), day.value()); !ok)
            return ok;
    if (open)
        return db.execOnly(QStringLiteral("INSERT INTO stage_failure_streaks (pipeline_id, stage_name, deployment_id, "
                                          "failed_at) VALUES (?, ?, ?, ?)"),
                           {pipelineId, stage, openId, openAt});
    return {};
}

} // namespace

Status rollUpCompletion(SqlConnection &db, qint64 id) {
    Result<SqlCursor *> query = db.exec(
        QStringLiteral("SELECT pipeline_id, stage_name, release_stage_id, release_id, status, started_at, completed_at "
                       "FROM deployments WHERE id = ? AND operation_status = 'done' AND completed_at IS NOT NULL"),
        {id});
    if (!query)
        return query.error();
    SqlCursor &q = **query;
    if (!q.next()) {
        q.finish();
        return {};
    }
    const Finished f{q.int64(0),
                     QString::fromUtf8(q.bytes(1)),
                     q.int64(2),
                     q.int64(3),
                     deploymentStatusFromBytes(q.bytes(4)).value_or(DeploymentStatus::Failed),
                     q.isNull(5) ? QVariant() : QVariant(q.int64(5)),
                     q.int64(6)};
    q.finish();
    DayDelta delta = ownDelta(f.status, f.startedAt, f.completedAt);
    if (successful(f.status)) {
        if (Status ok = rollUpLeadTime(db, id, f, delta); !ok)
            return ok;
        if (Status ok = rollUpRestore(db, f); !ok)
            return ok;
    } else if (f.status == DeploymentStatus::Failed) {
        if (Status ok = rollUpFailure(db, id, f, delta); !ok)
            return ok;
    }
    return upsertDay(db, f.pipelineId, f.stage, f.completedAt / msPerDay, delta);
}

Status rebuildRollups(SqlConnection &db, std::optional<qint64> pipelineId) {
    // One pipeline's, or all.
    const QString only = pipelineId ? QStringLiteral("pipeline_id = %1").arg(*pipelineId) : QString();
    const QString where = pipelineId ? QStringLiteral(" WHERE ") + only : QString();
    const QStringList statements{
        QStringLiteral("DELETE FROM stage_daily_rollups") + where,
        QStringLiteral("DELETE FROM stage_failure_streaks") + where,
        QStringLiteral("UPDATE deployments SET lead_time_s = NULL, starts_streak = 0, restore_s = NULL "
                       "WHERE (lead_time_s IS NOT NULL OR starts_streak <> 0 OR restore_s IS NOT NULL)") +
            (pipelineId ? QStringLiteral(" AND ") + only : QString())};
    for (const QString &statement : statements)
        if (Status ok = db.execOnly(statement); !ok)
            return ok;
    QHash<qint64, qint64> seen; // release -> when its newest artifact version was first seen
    Result<SqlCursor *> versions =
        db.exec(QStringLiteral("SELECT a.release_id, max(v.seen_at) FROM release_artifacts a "
                               "JOIN artifact_versions v ON v.id = a.version_id GROUP BY a.release_id"));
    if (!versions)
        return versions.error();
    while ((*versions)->next())
        if (!(*versions)->isNull(1))
            seen.insert((*versions)->int64(0), (*versions)->int64(1));
    (*versions)->finish();
    QList<std::pair<qint64, QString>> stages;
    Result<SqlCursor *> pairs =
        db.exec(QStringLiteral("SELECT DISTINCT pipeline_id, stage_name FROM deployments WHERE operation_status = "
                               "'done'%1 ORDER BY pipeline_id, stage_name")
                    .arg(pipelineId ? QStringLiteral(" AND ") + only : QString()));
    if (!pairs)
        return pairs.error();
    while ((*pairs)->next())
        stages.append({(*pairs)->int64(0), QString::fromUtf8((*pairs)->bytes(1))});
    (*pairs)->finish();
    for (const auto &[pipelineId, stage] : std::as_const(stages))
        if (Status ok = rebuildStage(db, pipelineId, stage, seen); !ok)
            return ok;
    return {};
}

Status backfillRollupsIfPending(SqlConnection &db) {
    Result<QVariant> pending = db.scalar(QStringLiteral("SELECT id FROM rollup_backfill"));
    if (!pending)
        return pending.error();
    if (!pending->isValid())
        return {};
    return db.transaction([&]() -> Status {
        // The mark's row lock: a client that opened alongside finds it gone and leaves the work done.
        Result<SqlCursor *> taken = db.exec(QStringLiteral("DELETE FROM rollup_backfill RETURNING id"));
        if (!taken)
            return taken.error();
        const bool mine = (*taken)->next();
        (*taken)->finish();
        return mine ? rebuildRollups(db, std::nullopt) : Status{};
    });
}

Result<QList<StageDayRollup>> SqlDeploymentRepository::rollups(qint64 pipelineId, qint64 firstDay, qint64 endDay) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "SELECT stage_name, day, succeeded, partially_succeeded, failed, canceled, interrupted, "
            "not_deployed, duration_sum, duration_count, lead_times, streaks, restores "
            "FROM stage_daily_rollups WHERE pipeline_id = ? AND day >= ? AND day < ? ORDER BY stage_name, day"),
        {pipelineId, firstDay, endDay});
    if (!query)
        return query.error();
    QList<StageDayRollup> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        StageDayRollup r;
        r.stage = QString::fromUtf8(q.bytes(0));
        r.day = q.int64(1);
        r.succeeded = int(q.int64(2));
        r.partiallySucceeded = int(q.int64(3));
        r.failed = int(q.int64(4));
        r.canceled = int(q.int64(5));
        r.interrupted = int(q.int64(6));
        r.notDeployed = int(q.int64(7));
        r.durationSeconds = q.int64(8);
        r.durations = int(q.int64(9));
        r.leadTimes = decodeSampleCounts(q.bytes(10));
        r.streaks = int(q.int64(11));
        r.restores = decodeSampleCounts(q.bytes(12));
        rows.append(std::move(r));
    }
    q.finish();
    return rows;
}

Result<QStringList> SqlDeploymentRepository::rollupStages(qint64 pipelineId) {
    // A skip scan of the primary key: DISTINCT would read every row, samples and all.
    return stagesBySkipScan(m_db,
                            QStringLiteral("SELECT stage_name FROM stage_daily_rollups WHERE pipeline_id = ? AND "
                                           "stage_name > ? ORDER BY stage_name LIMIT 1"),
                            pipelineId);
}

Result<QList<DeploymentOutcome>> SqlDeploymentRepository::outcomes(qint64 pipelineId, const QString &stage, qint64 from,
                                                                   qint64 to) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral(
                      "SELECT status, started_at, completed_at, lead_time_s, starts_streak, restore_s FROM deployments "
                      "WHERE pipeline_id = ? AND stage_name = ? AND completed_at >= ? AND completed_at < ? "
                      "AND operation_status = 'done' ORDER BY completed_at, id"),
                  {pipelineId, stage, from, to});
    if (!query)
        return query.error();
    QList<DeploymentOutcome> rows;
    SqlCursor &q = **query;
    while (q.next()) {
        DeploymentOutcome o;
        o.stage = stage;
        o.status = deploymentStatusFromBytes(q.bytes(0)).value_or(DeploymentStatus::Failed);
        if (!q.isNull(1))
            o.startedAt = q.int64(1);
        o.completedAt = q.int64(2);
        if (!q.isNull(3))
            o.leadTimeSeconds = q.int64(3);
        o.startsStreak = q.int64(4) != 0;
        if (!q.isNull(5))
            o.restoreSeconds = q.int64(5);
        rows.append(std::move(o));
    }
    q.finish();
    return rows;
}

Status SqlDeploymentRepository::rebuildRollups(std::optional<qint64> pipelineId) {
    return slipway::rebuildRollups(m_db, pipelineId);
}

} // namespace slipway
