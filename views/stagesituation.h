#pragma once

#include "releaseactions.h"
#include "services/releaseservice.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// What a user can decide on one stage of one release, as the card and the grid chip's menu offer it.
enum class StageDecision { Approve, Reject, Defer, Reassign, Resume, RejectIntervention, IgnoreGate, Cancel };

// One stage of one release as the engine has it now: its newest attempt, the pending approval of THAT
// attempt that the user would act on, a waiting manual intervention, and the gates that hold it.
struct StageDecisionContext final {
    qint64 releaseId = 0;
    QString releaseName;
    QString stage;
    std::optional<DeploymentRecord> latest;
    std::optional<ApprovalRecord> approval; // pending, of this release and stage only
    QString approvalRefusal;                // why the user may not act on it; empty when they may
    std::optional<TaskRunRecord> intervention;
    QStringList heldByGates; // gates of the newest round that neither passed nor were ignored

    QList<StageDecision> decisions() const;
};

StageDecisionContext stageDecisionContext(const ReleaseActions &actions, qint64 releaseId, const QString &stage);
StageDecisionContext stageDecisionContext(const ReleaseActions &actions, const ReleaseDetails &details,
                                          const QString &stage);

// "Approve…", "Resume…": the menu entry of a decision.
QString decisionMenuText(StageDecision decision);
// "approve", "resume": the stable part of object names.
QString decisionKey(StageDecision decision);

} // namespace slipway
