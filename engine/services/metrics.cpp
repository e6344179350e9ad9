#include "metrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace slipway {

namespace {

// The facts in completion order, without copying them: the store already returns them so.
QList<const DeploymentFact *> byCompletion(std::span<const DeploymentFact> facts) {
    QList<const DeploymentFact *> ordered;
    ordered.reserve(qsizetype(facts.size()));
    for (const DeploymentFact &fact : facts)
        ordered << &fact;
    const auto earlier = [](const DeploymentFact *a, const DeploymentFact *b) {
        return a->completedAt != b->completedAt ? a->completedAt < b->completedAt : a->id < b->id;
    };
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), earlier))
        std::sort(ordered.begin(), ordered.end(), earlier);
    return ordered;
}

bool inPeriod(const DeploymentFact &fact, const QDateTime &from, const QDateTime &to) {
    return fact.completedAt >= from && fact.completedAt < to;
}

double percentile(const QList<double> &sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(sorted.size()))));
    return sorted.at(std::min(rank, sorted.size()) - 1);
}

// Lead time counts a release's first success on the stage only (docs/metrics.md). Fed every fact in
// completion order, it answers the sample each one adds, if any.
class LeadTimeSamples final {
public:
    explicit LeadTimeSamples(const QList<const DeploymentFact *> &facts) {
        for (const DeploymentFact *fact : facts)
            if (fact->deliveredEarlier)
                m_delivered.insert(fact->releaseId);
    }

    std::optional<double> take(const DeploymentFact &fact) {
        if (!isSuccess(fact.status))
            return std::nullopt;
        const bool first = !m_delivered.contains(fact.releaseId);
        m_delivered.insert(fact.releaseId);
        if (!first || !fact.changeSeenAt.isValid())
            return std::nullopt;
        return double(std::max<qint64>(0, fact.changeSeenAt.secsTo(fact.completedAt)));
    }

private:
    QSet<qint64> m_delivered;
};

} // namespace

bool isSuccess(DeploymentStatus status) {
    return status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded;
}

bool countsForFailureRate(DeploymentStatus status) {
    return isSuccess(status) || status == DeploymentStatus::Failed;
}

Distribution distributionOf(QList<double> seconds) {
    Distribution d;
    d.count = int(seconds.size());
    if (seconds.isEmpty())
        return d;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    d.medianSeconds = n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
    d.meanSeconds = std::accumulate(seconds.cbegin(), seconds.cend(), 0.0) / double(n);
    d.p90Seconds = percentile(seconds, 0.9);
    return d;
}

StageMetrics stageMetrics(const QString &stage, std::span<const DeploymentFact> all, const QDateTime &from,
                          const QDateTime &to) {
    const QList<const DeploymentFact *> facts = byCompletion(all);
    StageMetrics m;
    m.stage = stage;
    QList<double> leadTimes;
    QList<double> restores;
    LeadTimeSamples samples(facts);
    QDateTime streakStart; // the first failure of the current failure streak
    bool streakInPeriod = false;
    for (const DeploymentFact *each : facts) {
        const DeploymentFact &fact = *each;
        const bool measured = inPeriod(fact, from, to);
        const std::optional<double> leadTime = samples.take(fact);
        if (isSuccess(fact.status)) {
            if (streakStart.isValid()) {
                if (streakInPeriod)
                    restores << double(streakStart.secsTo(fact.completedAt));
                streakStart = {};
            }
            if (!measured)
                continue;
            ++m.successful;
            if (leadTime)
                leadTimes << *leadTime;
        } else if (fact.status == DeploymentStatus::Failed) {
            if (!streakStart.isValid()) {
                streakStart = fact.completedAt;
                streakInPeriod = measured;
            }
            if (measured)
                ++m.failed;
        }
    }
    if (streakStart.isValid() && streakInPeriod)
        ++m.unrestored;
    m.counted = m.successful + m.failed;
    const double days = std::max(1.0, double(from.secsTo(to)) / 86400.0);
    m.perDay = double(m.successful) / days;
    if (m.counted > 0)
        m.changeFailureRate = double(m.failed) / double(m.counted);
    m.leadTime = distributionOf(leadTimes);
    m.timeToRestore = distributionOf(restores);
    return m;
}

QList<DailyCounts> dailyCounts(std::span<const DeploymentFact> all, const QDateTime &from, const QDateTime &to) {
    const QList<const DeploymentFact *> facts = byCompletion(all);
    QList<DailyCounts> days;
    QHash<QDate, qsizetype> indexOf;
    for (QDate day = from.toUTC().date(); QDateTime(day, QTime(0, 0), Qt::UTC) < to; day = day.addDays(1)) {
        indexOf.insert(day, days.size());
        days.append({day});
    }
    QHash<QDate, QList<double>> leadTimes;
    QHash<QDate, QList<double>> durations;
    LeadTimeSamples samples(facts);
    for (const DeploymentFact *each : facts) {
        const DeploymentFact &fact = *each;
        const std::optional<double> leadTime = samples.take(fact);
        if (!inPeriod(fact, from, to))
            continue;
        const QDate day = fact.completedAt.toUTC().date();
        DailyCounts &counts = days[indexOf.value(day)];
        if (isSuccess(fact.status))
            ++counts.successful;
        else if (fact.status == DeploymentStatus::Failed)
            ++counts.failed;
        if (leadTime)
            leadTimes[day] << *leadTime;
        if (fact.startedAt.isValid())
            durations[day] << double(fact.startedAt.secsTo(fact.completedAt));
    }
    for (DailyCounts &counts : days) {
        counts.medianLeadTimeSeconds = distributionOf(leadTimes.value(counts.day)).medianSeconds;
        counts.meanDurationSeconds = distributionOf(durations.value(counts.day)).meanSeconds;
    }
    return days;
}

} // namespace slipway
