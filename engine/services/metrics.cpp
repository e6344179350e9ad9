#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace slipway {

namespace {

constexpr qint64 msPerDay = 86'400'000;

// The facts in completion order, without copying them: the store already returns them so.
std::vector<const DeploymentFact *> byCompletion(std::span<const DeploymentFact> facts) {
    std::vector<const DeploymentFact *> ordered;
    ordered.reserve(facts.size());
    for (const DeploymentFact &fact : facts)
        ordered.push_back(&fact);
    const auto earlier = [](const DeploymentFact *a, const DeploymentFact *b) {
        return a->completedAt != b->completedAt ? a->completedAt < b->completedAt : a->id < b->id;
    };
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), earlier))
        std::sort(ordered.begin(), ordered.end(), earlier);
    return ordered;
}

// [from, to) in UTC milliseconds.
struct Period final {
    qint64 from;
    qint64 to;
    bool contains(const DeploymentFact &fact) const { return fact.completedAt >= from && fact.completedAt < to; }
};

// The value at `index` (0-based) of the samples in ascending order.
double valueAt(const SampleCounts &counts, qint64 index) {
    for (const auto &[value, times] : counts) {
        if (index < times)
            return double(value);
        index -= times;
    }
    return counts.empty() ? 0 : double(counts.rbegin()->first);
}

// Lead time counts a release's first success on the stage only (docs/metrics.md). Fed every fact in
// completion order, it answers the sample each one adds, if any. Releases are marked in a bitmap over
// the range of their ids: a hash set per lookup would cost more than the rest of the computation.
class LeadTimeSamples final {
public:
    explicit LeadTimeSamples(const std::vector<const DeploymentFact *> &facts) {
        if (facts.empty())
            return;
        const auto [lowest, highest] = std::minmax_element(
            facts.cbegin(), facts.cend(), [](const auto *a, const auto *b) { return a->releaseId < b->releaseId; });
        m_first = (*lowest)->releaseId;
        m_delivered.assign(std::size_t((*highest)->releaseId - m_first + 1), false);
        for (const DeploymentFact *fact : facts)
            if (fact->deliveredEarlier)
                m_delivered[std::size_t(fact->releaseId - m_first)] = true;
    }

    std::optional<double> take(const DeploymentFact &fact) {
        if (!isSuccess(fact.status))
            return std::nullopt;
        auto delivered = m_delivered[std::size_t(fact.releaseId - m_first)];
        const bool first = !delivered;
        delivered = true;
        if (!first || !fact.changeSeenAt)
            return std::nullopt;
        return double(std::max<qint64>(0, fact.completedAt - *fact.changeSeenAt) / 1000);
    }

private:
    qint64 m_first = 0;
    std::vector<bool> m_delivered;
};

} // namespace

bool isSuccess(DeploymentStatus status) {
    return status == DeploymentStatus::Succeeded || status == DeploymentStatus::PartiallySucceeded;
}

bool countsForFailureRate(DeploymentStatus status) {
    return isSuccess(status) || status == DeploymentStatus::Failed;
}

Distribution distributionOf(const SampleCounts &seconds) {
    Distribution d;
    const qint64 n = sampleCount(seconds);
    d.count = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    if (n == 0)
        return d;
    d.medianSeconds = n % 2 ? valueAt(seconds, n / 2) : (valueAt(seconds, n / 2 - 1) + valueAt(seconds, n / 2)) / 2;
    double sum = 0;
    for (const auto &[value, times] : seconds)
        sum += double(value) * double(times);
    d.meanSeconds = sum / double(n);
    // Nearest rank: the smallest value with at least 90 % of the samples at or below it.
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(0.9 * double(n))));
    d.p90Seconds = valueAt(seconds, std::min(rank, n) - 1);
    return d;
}

Distribution distributionOf(const QList<double> &seconds) {
    SampleCounts counts;
    for (const double s : seconds)
        addSample(counts, qint64(std::llround(s)));
    return distributionOf(counts);
}

StageMetrics stageMetrics(const QString &stage, std::span<const DeploymentFact> all, const QDateTime &from,
                          const QDateTime &to) {
    const std::vector<const DeploymentFact *> facts = byCompletion(all);
    const Period period{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    StageMetrics m;
    m.stage = stage;
    QList<double> leadTimes;
    QList<double> restores;
    LeadTimeSamples samples(facts);
    std::optional<qint64> streakStart; // the first failure of the current failure streak
    bool streakInPeriod = false;
    for (const DeploymentFact *each : facts) {
        const DeploymentFact &fact = *each;
        const bool measured = period.contains(fact);
        const std::optional<double> leadTime = samples.take(fact);
        if (isSuccess(fact.status)) {
            if (streakStart) {
                if (streakInPeriod)
                    restores << double((fact.completedAt - *streakStart) / 1000);
                streakStart.reset();
            }
            if (!measured)
                continue;
            ++m.successful;
            if (leadTime)
                leadTimes << *leadTime;
        } else if (fact.status == DeploymentStatus::Failed) {
            if (!streakStart) {
                streakStart = fact.completedAt;
                streakInPeriod = measured;
            }
            if (measured)
                ++m.failed;
        }
    }
    if (streakStart && streakInPeriod)
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
    const std::vector<const DeploymentFact *> facts = byCompletion(all);
    const Period period{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    const QDate firstDay = from.toUTC().date();
    const qint64 firstDayStart = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<DailyCounts> days;
    for (QDate day = firstDay; QDateTime(day, QTime(0, 0), Qt::UTC) < to; day = day.addDays(1))
        days.append({day});
    std::vector<QList<double>> leadTimes(std::size_t(days.size()));
    std::vector<std::pair<double, int>> durations(std::size_t(days.size())); // sum and count
    LeadTimeSamples samples(facts);
    for (const DeploymentFact *each : facts) {
        const DeploymentFact &fact = *each;
        const std::optional<double> leadTime = samples.take(fact);
        if (!period.contains(fact))
            continue;
        const auto day = std::size_t((fact.completedAt - firstDayStart) / msPerDay);
        DailyCounts &counts = days[qsizetype(day)];
        if (isSuccess(fact.status))
            ++counts.successful;
        else if (fact.status == DeploymentStatus::Failed)
            ++counts.failed;
        if (leadTime)
            leadTimes[day] << *leadTime;
        if (fact.startedAt) {
            durations[day].first += double((fact.completedAt - *fact.startedAt) / 1000);
            ++durations[day].second;
        }
    }
    for (std::size_t day = 0; day < durations.size(); ++day) {
        DailyCounts &counts = days[qsizetype(day)];
        counts.medianLeadTimeSeconds = distributionOf(leadTimes[day]).medianSeconds;
        if (durations[day].second > 0)
            counts.meanDurationSeconds = durations[day].first / durations[day].second;
    }
    return days;
}

} // namespace slipway
