#pragma once

#include "store/records.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace slipway {

struct Distribution final {
    int count = 0;
    double medianSeconds = 0;
    double meanSeconds = 0;
    double p90Seconds = 0;
};

// The DORA figures of one stage over [from, to).
struct StageMetrics final {
    QString stage;
    int successful = 0; // succeeded + partially succeeded: the deployment frequency's count
    int failed = 0;
    int counted = 0;                         // successful + failed: the change failure rate's denominator
    double perDay = 0;                       // successful / days in the period
    std::optional<double> changeFailureRate; // none without counted deployments
    Distribution leadTime;
    Distribution timeToRestore;
    int unrestored = 0; // failure streaks in the period with no success after them yet
};

// One day (UTC) of one stage: what the charts plot.
struct DailyCounts final {
    QDate day;
    int successful = 0;
    int failed = 0;
    double medianLeadTimeSeconds = 0; // 0 without samples that day
    double meanDurationSeconds = 0;   // of the deployments that ran that day
};

bool isSuccess(DeploymentStatus status);
// Failed counts; canceled, interrupted and never-deployed (rejected before starting) do not.
bool countsForFailureRate(DeploymentStatus status);

// Over samples kept to the grid of quantizeSeconds() (docs/metrics.md#rollups), raw values quantized first: the
// figures from the rollups and from the raw rows are then the same.
Distribution distributionOf(const SampleCounts &seconds);
Distribution distributionOf(const QList<double> &seconds);

// `facts` of one stage, any order; those completed in [from, to) are measured, later ones only end
// failure streaks (time to restore).
StageMetrics stageMetrics(const QString &stage, std::span<const DeploymentFact> facts, const QDateTime &from,
                          const QDateTime &to);
QList<DailyCounts> dailyCounts(std::span<const DeploymentFact> facts, const QDateTime &from, const QDateTime &to);
// The figures from the store's daily rollups (docs/metrics.md#rollups): the whole UTC days inside [from, to) are
// read from the rollups, the partial days at its ends from their deployments' outcomes. Days since the epoch.
struct RollupSpan final {
    qint64 firstFullDay = 0;
    qint64 endFullDay = 0; // exclusive; equal to firstFullDay when the period holds no whole day
    // The parts of the period outside the whole days, [from, to) in UTC epoch ms: none, one or two.
    QList<std::pair<qint64, qint64>> edges;
};
RollupSpan rollupSpan(const QDateTime &from, const QDateTime &to);

struct StageFigures final {
    StageMetrics metrics;
    QList<DailyCounts> daily;
};
// One stage over [from, to): `days` its rollups (those outside the span's whole days are ignored), `edges` the
// outcomes completed in the span's edges.
StageFigures stageFigures(const QString &stage, std::span<const StageDayRollup> days,
                          std::span<const DeploymentOutcome> edges, const QDateTime &from, const QDateTime &to);

inline StageMetrics stageMetrics(const QString &stage, const QList<DeploymentFact> &facts, const QDateTime &from,
                                 const QDateTime &to) {
    return stageMetrics(stage, std::span<const DeploymentFact>(facts.cbegin(), facts.cend()), from, to);
}
inline QList<DailyCounts> dailyCounts(const QList<DeploymentFact> &facts, const QDateTime &from, const QDateTime &to) {
    return dailyCounts(std::span<const DeploymentFact>(facts.cbegin(), facts.cend()), from, to);
}

} // namespace slipway
