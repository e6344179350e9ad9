#include "releasecards.h"
#include "datetext.h"

#include "errortext.h"
#include "services/services.h"
#include "store/agentrecord.h"
#include "statuspresentation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace slipway {

namespace {

QString longTime(const QDateTime &utc) {
    return dateTimeText(utc);
}

// Tooltip of the card: attempt, requester, start, duration.
QString attemptDetails(const DeploymentRecord &d, const QDateTime &now) {
    QStringList lines;
    lines << QCoreApplication::translate("ReleaseCards", "Attempt %1, requested by %2")
                 .arg(d.attempt)
                 .arg(d.requestedBy.isEmpty() ? QCoreApplication::translate("ReleaseCards", "the system")
                                              : d.requestedBy);
    if (d.startedAt.isValid()) {
        lines << QCoreApplication::translate("ReleaseCards", "Started %1").arg(longTime(d.startedAt));
        const QDateTime end = d.completedAt.isValid() ? d.completedAt : now;
        lines << QCoreApplication::translate("ReleaseCards", "Duration %1").arg(durationText(d.startedAt.secsTo(end)));
    } else {
        lines << QCoreApplication::translate("ReleaseCards", "Queued %1").arg(longTime(d.queuedAt));
    }
    if (!d.comment.isEmpty())
        lines << QCoreApplication::translate("ReleaseCards", "Comment: %1").arg(d.comment);
    return lines.join(QLatin1Char('\n'));
}

// The pool a deployment waits for, short enough for its card; the whole reason (which demand no agent meets) is the
// tooltip. The message is the engine's (rules/agentmatch.cpp): "waiting for an agent of pool NAME[ with …]".
QString agentWait(const QString &message, const QString &waited) {
    static const QRegularExpression pool(QStringLiteral("^waiting for an agent of pool (\\S+)( with )?"));
    const QRegularExpressionMatch found = pool.match(message);
    if (!found.hasMatch())
        return engineText(message);
    return found.capturedLength(2) > 0 ? QCoreApplication::translate("ReleaseCards", "Pool %1, a demand unmet · %2")
                                             .arg(found.captured(1), waited)
                                       : QCoreApplication::translate("ReleaseCards", "Pool %1, no agent online · %2")
                                             .arg(found.captured(1), waited);
}

// What the stage waits on now, with who is awaited ("you", or which group) and since when.
QString waitingOn(const ReleaseActions &actions, const StageDecisionContext &s, const QList<ApprovalRecord> &approvals,
                  const QDateTime &now) {
    const DeploymentRecord &d = *s.latest;
    if (d.operationStatus == OperationStatus::Deferred && d.scheduledFor.isValid())
        return QCoreApplication::translate("ReleaseCards", "Deferred until %1").arg(longTime(d.scheduledFor));
    Result<DeploymentContext> context = actions.services.deployments.deployment(d.id);
    const QDateTime since = context && context->stepStartedAt.isValid() ? context->stepStartedAt : d.queuedAt;
    const QString waited = durationText(since.secsTo(now));
    if (d.operationStatus == OperationStatus::Queued && isAgentWait(d.message))
        return agentWait(d.message, waited);
    if (d.operationStatus == OperationStatus::PendingApproval) {
        QStringList awaited;
        for (const ApprovalRecord &a : approvals) {
            if (a.status != ApprovalStatus::Pending)
                continue;
            const bool mine = s.approval && s.approval->id == a.id && s.approvalRefusal.isEmpty();
            awaited << (!mine ? a.approver
                        : a.approver == actions.user.userName
                            ? QCoreApplication::translate("ReleaseCards", "you")
                            : QCoreApplication::translate("ReleaseCards", "you (%1)").arg(a.approver));
        }
        return QCoreApplication::translate("ReleaseCards", "Awaiting %1 · %2")
            .arg(awaited.join(QStringLiteral(", ")), waited);
    }
    if (d.operationStatus == OperationStatus::PendingIntervention && s.intervention)
        return QCoreApplication::translate("ReleaseCards", "Awaiting an intervention (%1) · %2")
            .arg(s.intervention->name, waited);
    if (d.operationStatus == OperationStatus::EvaluatingGates)
        return s.heldByGates.isEmpty()
                   ? QCoreApplication::translate("ReleaseCards", "Evaluating gates · %1").arg(waited)
                   : QCoreApplication::translate("ReleaseCards", "Held by %1 · %2")
                         .arg(s.heldByGates.join(QStringLiteral(", ")), waited);
    return {};
}

StageCard cardOf(const ReleaseActions &actions, const ReleaseDetails &details, const StageDetails &stage,
                 const StageDecisionContext &situation, const QString &earlier) {
    StageCard card;
    card.stage = stage.stage.name;
    card.status = stage.stage.status;
    // Interrupted, canceled, deferred…: the same words and colours as the graph and the grid's chips.
    const StagePresentation shown = presentStage(card.stage, stageSituation(stage.stage, stage.deployments));
    card.stateLabel = shown.label;
    card.stateFill = shown.fill;
    card.stateText = shown.text;
    const bool open = details.release.status == ReleaseStatus::Active;
    if (stage.deployments.isEmpty()) {
        card.action = open ? StageCard::Action::Deploy : StageCard::Action::None;
        return card;
    }
    const QDateTime now = actions.services.clock.now();
    const DeploymentRecord &latest = stage.deployments.last();
    card.attempt = latest.attempt;
    card.startedAt = latest.startedAt.isValid() ? latest.startedAt : latest.queuedAt;
    card.attemptDetails = attemptDetails(latest, now);
    const bool running = latest.operationStatus != OperationStatus::Done;
    if (running && latest.operationStatus != OperationStatus::Running &&
        latest.operationStatus != OperationStatus::Queued && latest.operationStatus != OperationStatus::Cancelling)
        card.waitingFor = waitingLabel(latest.operationStatus);
    // While the stage runs it offers Cancel, never a second (queued) Redeploy.
    card.action = running ? StageCard::Action::Cancel : (open ? StageCard::Action::Redeploy : StageCard::Action::None);
    card.actionEnabled = latest.operationStatus != OperationStatus::Cancelling;
    QList<ApprovalRecord> approvals;
    if (Result<QList<ApprovalRecord>> found = actions.services.approvals.ofDeployment(latest.id)) {
        approvals = *found;
        QStringList pre, post;
        for (const ApprovalRecord &a : std::as_const(approvals))
            (a.kind == ApprovalKind::PreDeploy ? pre : post) << approvalWords(a);
        card.preApprovals = pre.join(QStringLiteral(", "));
        card.postApprovals = post.join(QStringLiteral(", "));
    }
    if (Result<QList<GateEvaluationRecord>> rounds = actions.services.approvals.gateEvaluations(latest.id);
        rounds && !rounds->isEmpty())
        card.gates = rounds->last().passed ? QCoreApplication::translate("ReleaseCards", "passed")
                                           : QCoreApplication::translate("ReleaseCards", "not passed yet");
    if (running)
        card.waitingOn = waitingOn(actions, situation, approvals, now);
    if (running && latest.operationStatus == OperationStatus::Queued && isAgentWait(latest.message))
        card.waitingOnWhy = engineText(latest.message);
    if (situation.approval)
        card.earlier = earlier;
    return card;
}

} // namespace

QString durationText(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QCoreApplication::translate("ReleaseCards", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds >= 60)
        return QCoreApplication::translate("ReleaseCards", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("ReleaseCards", "%1 s").arg(seconds);
}

QString approvalWords(const ApprovalRecord &a) {
    const QString who = a.actedBy.isEmpty() ? a.approver : a.actedBy;
    switch (a.status) {
    case ApprovalStatus::Approved:
        return a.deferredUntil.isValid() ? QCoreApplication::translate("ReleaseCards", "approved by %1 for %2")
                                               .arg(who, longTime(a.deferredUntil))
                                         : QCoreApplication::translate("ReleaseCards", "approved by %1").arg(who);
    case ApprovalStatus::Rejected: return QCoreApplication::translate("ReleaseCards", "rejected by %1").arg(who);
    case ApprovalStatus::Pending: return QCoreApplication::translate("ReleaseCards", "waiting for %1").arg(a.approver);
    case ApprovalStatus::Reassigned: return QCoreApplication::translate("ReleaseCards", "%1 reassigned it").arg(who);
    case ApprovalStatus::Canceled: return QCoreApplication::translate("ReleaseCards", "%1: canceled").arg(a.approver);
    case ApprovalStatus::Skipped: return QCoreApplication::translate("ReleaseCards", "%1: skipped").arg(a.approver);
    }
    return {};
}

ReleaseCards releaseCardsOf(const ReleaseActions &actions, const ReleaseDetails &details) {
    ReleaseCards result;
    QStringList earlier; // the approvals of the stages ranked before, for the decision's context
    for (const StageDetails &stage : details.stages) {
        const StageDecisionContext situation = stageDecisionContext(actions, details, stage.stage.name);
        result.cards << cardOf(actions, details, stage, situation, earlier.join(QStringLiteral("; ")));
        result.situations.insert(stage.stage.name, situation);
        if (stage.deployments.isEmpty())
            continue;
        if (Result<QList<ApprovalRecord>> approvals =
                actions.services.approvals.ofDeployment(stage.deployments.last().id))
            for (const ApprovalRecord &a : std::as_const(*approvals))
                if (a.status != ApprovalStatus::Pending)
                    earlier << QStringLiteral("%1 %2").arg(stage.stage.name, approvalWords(a));
    }
    return result;
}

} // namespace slipway
