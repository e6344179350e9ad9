// The figures of docs/metrics.md from the daily rollups: the same numbers as stageMetrics() and dailyCounts()
// compute from every fact, at ~365 rows per stage and year (tests/engine/tst_rollups.cpp compares them).
#include "metrics.h"

#include <algorithm>
#include <vector>

namespace slipway {

namespace {

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 epochJulianDay = 2'440'588; // 1970-01-01

qint64 dayNumber(const QDate &date) {
    return date.toJulianDay() - epochJulianDay;
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

// What one day of the period adds up to.
struct Day final {
    int successful = 0;
    int failed = 0;
    qint64 durationSeconds = 0;
    int durations = 0;
    // A day's samples: its rollup row's, read in place (most days have nothing else), and those of the partial
    // days' deployments.
    const SampleCounts *rolledLeadTimes = nullptr;
    const SampleCounts *rolledRestores = nullptr;
    SampleCounts leadTimes;
    int streaks = 0;
    SampleCounts restores;
};

// The day's lead times as one set: its row's alone when it has nothing else.
double medianOf(const SampleCounts *rolled, const SampleCounts &own) {
    if (own.empty())
        return rolled ? distributionOf(*rolled).medianSeconds : 0;
    if (!rolled)
        return distributionOf(own).medianSeconds;
    SampleCounts both = *rolled;
    addSamples(both, own);
    return distributionOf(both).medianSeconds;
}

void add(Day &day, const StageDayRollup &r) {
    day.successful += r.succeeded + r.partiallySucceeded;
    day.failed += r.failed;
    day.durationSeconds += r.durationSeconds;
    day.durations += r.durations;
    day.rolledLeadTimes = &r.leadTimes; // one row per stage and day
    day.streaks += r.streaks;
    day.rolledRestores = &r.restores;
}

void add(Day &day, const DeploymentOutcome &o) {
    if (isSuccess(o.status))
        ++day.successful;
    else if (o.status == DeploymentStatus::Failed)
        ++day.failed;
    if (o.startedAt) {
        day.durationSeconds += (o.completedAt - *o.startedAt) / 1000;
        ++day.durations;
    }
    if (o.leadTimeSeconds)
        addSample(day.leadTimes, *o.leadTimeSeconds);
    if (o.startsStreak)
        ++day.streaks;
    if (o.restoreSeconds)
        addSample(day.restores, *o.restoreSeconds);
}

} // namespace

RollupSpan rollupSpan(const QDateTime &from, const QDateTime &to) {
    const qint64 f = from.toMSecsSinceEpoch();
    const qint64 t = to.toMSecsSinceEpoch();
    RollupSpan span;
    span.firstFullDay = -floorDiv(-f, msPerDay); // the first day starting at or after `from`
    span.endFullDay = std::max(span.firstFullDay, floorDiv(t, msPerDay));
    if (span.endFullDay == span.firstFullDay) {
        if (f < t)
            span.edges.append({f, t});
        return span;
    }
    if (f < span.firstFullDay * msPerDay)
        span.edges.append({f, span.firstFullDay * msPerDay});
    if (span.endFullDay * msPerDay < t)
        span.edges.append({span.endFullDay * msPerDay, t});
    return span;
}

StageFigures stageFigures(const QString &stage, std::span<const StageDayRollup> rollups,
                          std::span<const DeploymentOutcome> edges, const QDateTime &from, const QDateTime &to) {
    const RollupSpan span = rollupSpan(from, to);
    const QDate firstDate = from.toUTC().date();
    const qint64 firstDay = dayNumber(firstDate);
    StageFigures figures;
    for (QDate day = firstDate; QDateTime(day, QTime(0, 0), Qt::UTC) < to; day = day.addDays(1))
        figures.daily.append({day});
    std::vector<Day> days(std::size_t(figures.daily.size()));
    const auto dayOf = [&](qint64 number) -> Day * {
        const qint64 index = number - firstDay;
        return index >= 0 && index < qint64(days.size()) ? &days[std::size_t(index)] : nullptr;
    };
    for (const StageDayRollup &r : rollups)
        if (r.day >= span.firstFullDay && r.day < span.endFullDay)
            if (Day *day = dayOf(r.day))
                add(*day, r);
    for (const DeploymentOutcome &o : edges)
        if (Day *day = dayOf(floorDiv(o.completedAt, msPerDay)))
            add(*day, o);

    StageMetrics &m = figures.metrics;
    m.stage = stage;
    SampleHistogram leadTimes;
    SampleHistogram restores;
    int streaks = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        Day &day = days[i];
        DailyCounts &counts = figures.daily[qsizetype(i)];
        counts.successful = day.successful;
        counts.failed = day.failed;
        if (day.durations > 0)
            counts.meanDurationSeconds = double(day.durationSeconds) / day.durations;
        m.successful += day.successful;
        m.failed += day.failed;
        streaks += day.streaks;
        if (day.rolledLeadTimes)
            leadTimes.add(*day.rolledLeadTimes);
        leadTimes.add(day.leadTimes);
        if (day.rolledRestores)
            restores.add(*day.rolledRestores);
        restores.add(day.restores);
        counts.medianLeadTimeSeconds = medianOf(day.rolledLeadTimes, day.leadTimes);
    }
    const SampleCounts restoreCounts = restores.counts();
    m.unrestored = streaks - int(sampleCount(restoreCounts));
    m.counted = m.successful + m.failed;
    const double periodDays = std::max(1.0, double(from.secsTo(to)) / 86400.0);
    m.perDay = double(m.successful) / periodDays;
    if (m.counted > 0)
        m.changeFailureRate = double(m.failed) / double(m.counted);
    m.leadTime = distributionOf(leadTimes.counts());
    m.timeToRestore = distributionOf(restoreCounts);
    return figures;
}

} // namespace slipway
