#pragma once

#include "core/identity.h"
#include "rules/approvalpolicy.h"
#include "services/enginecontext.h"

namespace slipway {

class DirectoryService;
class PipelineService;

struct ApprovalDecision final {
    QString comment;
    QString credential;   // a token of the acting user, for "revalidate identity"
    QDateTime deferUntil; // defer: approve, but start no earlier than this
};

// Approvals and gates as users act on them. Every rule is checked here, in the
// transaction of the decision, so the GUI, the CLI and REST get the same answers; the deployment
// moves on in that same transaction when the decision completes its step.
class ApprovalService final {
public:
    ApprovalService(EngineContext context, PipelineService &pipelines, DirectoryService &directory)
        : m_context(context), m_pipelines(pipelines), m_directory(directory) {}
    Q_DISABLE_COPY_MOVE(ApprovalService)

    // Pending approvals the user may act on (as themselves or through a group); all of them with `all`.
    Result<QList<ApprovalRecord>> pending(const Identity &user, bool all = false, int limit = 0);
    Result<ApprovalRecord> approval(qint64 id);
    Result<QList<ApprovalHistoryRecord>> history(qint64 approvalId);
    Result<QList<ApprovalRecord>> ofDeployment(qint64 deploymentId);
    // Why the user may not act on this approval now (empty Status when they may).
    Status mayAct(qint64 approvalId, ApprovalAction action, const Identity &user, const QString &credential = {});

    Result<ApprovalRecord> approve(qint64 id, const ApprovalDecision &decision, const Identity &actor);
    Result<ApprovalRecord> reject(qint64 id, const ApprovalDecision &decision, const Identity &actor);
    // Accepted only while the approval is pending, for a time in the future.
    Result<ApprovalRecord> defer(qint64 id, const ApprovalDecision &decision, const Identity &actor);
    Result<ApprovalRecord> reassign(qint64 id, const QString &toUser, const QString &comment, const Identity &actor);
    // Administrators only: approves the whole step the approval belongs to, on everyone's behalf.
    Result<ApprovalRecord> override(qint64 id, const QString &comment, const Identity &actor);

    Status ignoreGate(qint64 deploymentId, const QString &gate, const QString &comment, const Identity &actor);
    Result<QList<GateEvaluationRecord>> gateEvaluations(qint64 deploymentId);
    Result<QList<GateIgnoreRecord>> ignoredGates(qint64 deploymentId);

private:
    struct Subject;

    EngineContext m_context;
    Result<ApprovalRecord> byEngine(const QString &kind, QJsonObject asked); // a member's, on a team database
    PipelineService &m_pipelines;
    DirectoryService &m_directory;

    Result<Subject> load(qint64 approvalId);
    Result<ApprovalActor> actorOf(const Identity &user, const QString &credential);
    Status check(const Subject &subject, ApprovalAction action, const ApprovalActor &actor);
    Result<ApprovalRecord> act(qint64 id, ApprovalAction action, const ApprovalDecision &decision,
                               const Identity &actor);
    Result<ApprovalRecord> afterWrite(const Status &written, qint64 id, qint64 pipelineId, qint64 releaseId);
};

} // namespace slipway
