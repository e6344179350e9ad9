#pragma once

#include "core/result.h"
#include "definition/pipelinedefinition.h"
#include "rules/transitions.h"
#include "store/repositories.h"

namespace slipway {

// Stage triggers (after the release, after other stages, or manual), evaluated inside the transaction of the event that
// fires them, so a release created or a deployment completed queues its follow-ups exactly once, crash or not.
class StageTriggers final {
public:
    StageTriggers(Store &store, const PipelineDefinition &snapshot) : m_store(store), m_snapshot(snapshot) {}

    // The release became active (created, or a draft started): queue `afterRelease` stages.
    Status releaseStarted(qint64 releaseId, const QString &requestedBy, const QDateTime &now);
    // A deployment of `stage` ended: queue the `afterStages` stages whose join is now complete.
    Status stageCompleted(qint64 releaseId, const QString &stage, const QString &requestedBy, const QDateTime &now);

    // Whether the release's artifact versions pass every artifact filter of the stage.
    Result<bool> artifactFiltersPass(qint64 releaseId, const StageDefinition &stage);

private:
    Store &m_store;
    const PipelineDefinition &m_snapshot;

    Status queue(const ReleaseStageRecord &stage, const QString &requestedBy, const QDateTime &now);
    Status queueIfFiltersPass(const ReleaseStageRecord &stage, const StageDefinition &definition,
                              const QString &requestedBy, const QDateTime &now);
};

} // namespace slipway
