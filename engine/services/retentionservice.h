#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

namespace slipway {

class PipelineService;

// One release as retention judged it, with the reason.
struct RetentionVerdict final {
    qint64 releaseId = 0;
    QString release;
    QString pipeline;
    bool remove = false;
    QString reason;
};

struct RetentionReport final {
    QDateTime evaluatedAt;
    QList<RetentionVerdict> verdicts; // by pipeline, newest release first
    int removed() const;
};

// Retention (docs/domain.md#retention). Per stage: `daysToKeep` counts from the release's latest deployment to
// that stage, and `minReleasesToKeep` keeps that many of the releases most recently deployed there. A
// release goes only when every stage it was deployed to lets it go; keepForever releases and releases
// with a deployment under way stay. A release never deployed anywhere stays until it is older than the
// longest `daysToKeep` of its stages. Deleting removes the release's logs, approvals and workspaces,
// and keeps its audit events. The dry run is the same evaluation without the deleting.
class RetentionService final {
public:
    RetentionService(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}
    Q_DISABLE_COPY_MOVE(RetentionService)

    Result<RetentionReport> evaluate();
    // Evaluates and deletes in one transaction; `workRoot` holds the deployments' workspaces.
    Result<RetentionReport> run(const QString &workRoot, const Identity &actor);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;

    Result<QList<RetentionVerdict>> evaluatePipeline(const PipelineRecord &pipeline, const QDateTime &now);
};

} // namespace slipway
