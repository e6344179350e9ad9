#pragma once

#include "services/enginecontext.h"
#include "services/metrics.h"

#include <QHash>

namespace slipway {

class PipelineService;
class ReleaseService;

struct PipelineMetrics final {
    QDateTime from;
    QDateTime to;
    QList<StageMetrics> stages;               // in the pipeline's stage order
    QHash<QString, QList<DailyCounts>> daily; // by stage
    QList<DeploymentFact> deployments;        // completed from `from` on: the timeline's bars
};

struct ValueDifference final {
    QString name;   // an artifact alias, or a variable ("region", "Prod/url" for a stage's)
    QString before; // empty when the first release has none; "***" for secrets
    QString after;
    bool changed = false;
};

// Two releases side by side (docs/user-guide.md, "Compare with…"; the redeploy drift warning uses the same diff).
struct ReleaseComparison final {
    ReleaseRecord before;
    ReleaseRecord after;
    QList<ValueDifference> artifacts;
    QList<ValueDifference> variables;
    QString snapshotDiff; // the line diff of the two snapshots; empty when they are the same revision
};

// History for the dashboard, the timeline, What's where and Compare, read through the store's
// history queries; the figures follow docs/metrics.md.
class HistoryService final {
public:
    HistoryService(EngineContext context, PipelineService &pipelines, ReleaseService &releases)
        : m_context(context), m_pipelines(pipelines), m_releases(releases) {}
    Q_DISABLE_COPY_MOVE(HistoryService)

    // The figures (stages, daily) from the store's rollups, and the timeline's bars from the deployments.
    Result<PipelineMetrics> metrics(qint64 pipelineId, const QDateTime &from, const QDateTime &to);
    // The figures alone, without the timeline's bars: a year at ~365 rollup rows per stage whatever the history.
    Result<PipelineMetrics> figures(qint64 pipelineId, const QDateTime &from, const QDateTime &to);
    // The timeline's bars alone (`deployments`; no stages or daily counts): one row per deployment of the period.
    Result<PipelineMetrics> timeline(qint64 pipelineId, const QDateTime &from, const QDateTime &to);
    Result<QList<DeployedRelease>> whatsWhere(const QDateTime &at);
    Result<ReleaseComparison> compare(qint64 beforeReleaseId, qint64 afterReleaseId);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;
    ReleaseService &m_releases;
};

} // namespace slipway
