#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

namespace slipway {

class PipelineService;

// A deployment waiting for a manual intervention, as an inbox lists it.
struct PendingIntervention final {
    qint64 deploymentId = 0;
    qint64 taskRunId = 0;
    qint64 releaseId = 0;
    QString releaseName;
    qint64 pipelineId = 0;
    QString pipelineName;
    QString stageName;
    int attempt = 1;
    QString taskName;
    QString instructions;  // as written in the task (variables not expanded), secret values masked
    QStringList approvers; // the task's approvers; empty: anyone may answer
    QString requestedBy;
    QDateTime waitingSince;
};

// One artifact of a release beside the version the stage runs now.
struct ArtifactChange final {
    QString alias;
    QString version;  // of this release; empty when the source had none
    QString deployed; // in the stage now; empty when the stage never ran it
};

// What a person needs to decide on one stage of one release (docs/user-guide.md, the inbox's details).
struct DecisionContext final {
    QList<ApprovalRecord> approvals; // the release's decided approvals, oldest first
    QString deployedRelease;         // the release the stage runs now; empty when none
    QList<ArtifactChange> artifacts;
    QDateTime deferredUntil; // an earlier approver deferred this deployment's start
};

// Read-only queries behind the approver's inbox that span services: interventions a user may answer
// (the rule of DeploymentService::decideIntervention) and the context of a decision.
class InboxQueries final {
public:
    InboxQueries(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}
    Q_DISABLE_COPY_MOVE(InboxQueries)

    Result<QList<PendingIntervention>> interventions(const Identity &user);
    Result<DecisionContext> context(qint64 releaseId, const QString &stage, qint64 deploymentId);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;
};

} // namespace slipway
