#include "statuspresentation.h"
#include "datetext.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QLocale>

namespace slipway {

namespace {

StageState stateOfStatus(StageStatus status) {
    switch (status) {
    case StageStatus::NotStarted: return StageState::NotStarted;
    case StageStatus::Queued: return StageState::Queued;
    case StageStatus::Scheduled: return StageState::Deferred;
    case StageStatus::InProgress: return StageState::InProgress;
    case StageStatus::Succeeded: return StageState::Succeeded;
    case StageStatus::PartiallySucceeded: return StageState::PartiallySucceeded;
    case StageStatus::Failed: return StageState::Failed;
    case StageStatus::Canceled: return StageState::Canceled;
    case StageStatus::Rejected: return StageState::Rejected;
    }
    return StageState::NotStarted;
}

QString longTime(const QDateTime &at) {
    return dateTimeText(at);
}

QString duration(qint64 seconds) {
    if (seconds < 60)
        return QCoreApplication::translate("StageStatus", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("StageStatus", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("StageStatus", "%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString approverName(const QString &approver) {
    return approver.startsWith(QLatin1String("group:"))
               ? QCoreApplication::translate("StageStatus", "group %1").arg(approver.mid(6))
               : approver;
}

} // namespace

StageSituation stageSituation(const ReleaseStageRecord &stage, const QList<DeploymentRecord> &deployments) {
    StageSituation situation{stage.status, stage.manual, std::nullopt};
    const DeploymentRecord *newest = nullptr;
    for (const DeploymentRecord &d : deployments)
        if (!newest || d.attempt > newest->attempt)
            newest = &d;
    if (newest)
        situation.latest = GridStageDeployment{newest->attempt,
                                               newest->status,
                                               newest->operationStatus,
                                               newest->requestedBy,
                                               newest->queuedAt,
                                               newest->startedAt,
                                               newest->completedAt,
                                               newest->scheduledFor,
                                               {},
                                               {},
                                               newest->message};
    return situation;
}

std::optional<StageSituation> stageSituation(const ReleaseGridRow &row, const QString &stage) {
    for (const auto &[name, status] : row.stages)
        if (name == stage) {
            const auto latest = row.latest.constFind(stage);
            return StageSituation{status, row.manualStages.contains(stage),
                                  latest == row.latest.cend() ? std::nullopt : std::optional(*latest)};
        }
    return std::nullopt;
}

StageState stageState(const StageSituation &s) {
    if (!s.latest)
        return s.status == StageStatus::NotStarted && s.manual ? StageState::Manual : stateOfStatus(s.status);
    if (s.latest->waitsForAgent())
        return StageState::WaitingForAgent;
    switch (s.latest->operation) {
    case OperationStatus::PendingApproval: return StageState::AwaitingApproval;
    case OperationStatus::EvaluatingGates: return StageState::EvaluatingGates;
    case OperationStatus::PendingIntervention: return StageState::AwaitingIntervention;
    case OperationStatus::Cancelling: return StageState::Cancelling;
    case OperationStatus::Running: return StageState::InProgress;
    case OperationStatus::Queued: return StageState::Queued;
    // Deferred to a later time, or due and about to start (the engine marks the stage scheduled only before).
    case OperationStatus::Deferred:
        return s.status == StageStatus::Scheduled ? StageState::Deferred : StageState::Queued;
    case OperationStatus::Done: break;
    }
    // The stage status says canceled after a crash too: the deployment knows it was interrupted.
    if (s.latest->status == DeploymentStatus::Interrupted)
        return StageState::Interrupted;
    return stateOfStatus(s.status);
}

QString stageStateLabel(StageState state) {
    switch (state) {
    case StageState::NotStarted: return QCoreApplication::translate("StageStatus", "Not started");
    case StageState::Manual: return QCoreApplication::translate("StageStatus", "Manual");
    case StageState::Queued: return QCoreApplication::translate("StageStatus", "Queued");
    case StageState::InProgress: return QCoreApplication::translate("StageStatus", "In progress");
    case StageState::Cancelling: return QCoreApplication::translate("StageStatus", "Canceling");
    case StageState::AwaitingApproval: return QCoreApplication::translate("StageStatus", "Awaiting approval");
    case StageState::EvaluatingGates: return QCoreApplication::translate("StageStatus", "Evaluating gates");
    case StageState::AwaitingIntervention: return QCoreApplication::translate("StageStatus", "Awaiting intervention");
    case StageState::Deferred: return QCoreApplication::translate("StageStatus", "Deferred");
    case StageState::WaitingForAgent: return QCoreApplication::translate("StageStatus", "Waiting for an agent");
    case StageState::Frozen: return QCoreApplication::translate("StageStatus", "Frozen");
    case StageState::Succeeded: return QCoreApplication::translate("StageStatus", "Succeeded");
    case StageState::PartiallySucceeded: return QCoreApplication::translate("StageStatus", "Partially succeeded");
    case StageState::Failed: return QCoreApplication::translate("StageStatus", "Failed");
    case StageState::Rejected: return QCoreApplication::translate("StageStatus", "Rejected");
    case StageState::Canceled: return QCoreApplication::translate("StageStatus", "Canceled");
    case StageState::Interrupted: return QCoreApplication::translate("StageStatus", "Interrupted");
    }
    return {};
}

bool isWaiting(StageState state) {
    return state == StageState::AwaitingApproval || state == StageState::EvaluatingGates ||
           state == StageState::AwaitingIntervention || state == StageState::Deferred ||
           state == StageState::WaitingForAgent;
}

bool isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor stageStateColour(StageState state, const QPalette &palette) {
    // {light, dark}: the dark variants are lighter and less saturated, to read on a dark window.
    struct Pair final {
        QRgb light;
        QRgb dark;
    };
    const auto pick = [&palette](Pair pair) {
        return QColor::fromRgb(isDarkPalette(palette) ? pair.dark : pair.light);
    };
    if (isWaiting(state))
        return pick({0xe0a01a, 0xf2b53a});
    switch (state) {
    case StageState::NotStarted: return pick({0xb0b4b8, 0x5f6368});
    case StageState::Manual: return pick({0xe6e8ea, 0x3c4043});
    case StageState::Queued:
    case StageState::InProgress: return pick({0x1e6fd9, 0x4c8df6});
    case StageState::Frozen: return pick({0x4f8fa8, 0x7fb7d0});
    case StageState::Succeeded: return pick({0x2e9d48, 0x3fb55c});
    case StageState::PartiallySucceeded: return pick({0x8fae1f, 0xaac94a});
    case StageState::Failed:
    case StageState::Rejected: return pick({0xd33a2f, 0xe8655a});
    case StageState::Cancelling:
    case StageState::Canceled: return pick({0x5f6368, 0x9aa0a6});
    case StageState::Interrupted: return pick({0x8d3b72, 0xc27bb4});
    default: return pick({0xb0b4b8, 0x5f6368});
    }
}

QColor textColourOn(const QColor &fill) {
    // Relative luminance, roughly: dark text on light fills, white on saturated or dark ones.
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
}

QStringList stageDetailLines(const StageSituation &s) {
    QStringList lines;
    if (s.manual)
        lines << QCoreApplication::translate("StageStatus", "Deployed only by hand for this release");
    if (!s.latest)
        return lines;
    const GridStageDeployment &d = *s.latest;
    if (d.waitsForAgent())
        lines << engineText(d.message); // which pool, and which demand no agent meets
    if (stageState(s) == StageState::Deferred && d.scheduledFor.isValid())
        lines << QCoreApplication::translate("StageStatus", "Deferred until %1").arg(longTime(d.scheduledFor));
    lines
        << QCoreApplication::translate("StageStatus", "Attempt %1, requested by %2").arg(d.attempt).arg(d.requestedBy);
    if (d.startedAt.isValid() && d.completedAt.isValid())
        lines << QCoreApplication::translate("StageStatus", "Started %1, took %2")
                     .arg(longTime(d.startedAt), duration(d.startedAt.secsTo(d.completedAt)));
    else if (d.startedAt.isValid())
        lines << QCoreApplication::translate("StageStatus", "Started %1").arg(longTime(d.startedAt));
    else if (d.completedAt.isValid())
        lines << QCoreApplication::translate("StageStatus", "Ended %1 without starting").arg(longTime(d.completedAt));
    else
        lines << QCoreApplication::translate("StageStatus", "Queued %1").arg(longTime(d.queuedAt));
    QStringList awaiting;
    for (const QString &approver : d.awaiting)
        awaiting << approverName(approver);
    if (!d.approvedBy.isEmpty())
        lines << QCoreApplication::translate("StageStatus", "Approved by %1")
                     .arg(d.approvedBy.join(QStringLiteral(", ")));
    if (!awaiting.isEmpty())
        lines << QCoreApplication::translate("StageStatus", "Waiting for %1").arg(awaiting.join(QStringLiteral(", ")));
    return lines;
}

StagePresentation presentStage(const QString &stage, const StageSituation &situation, const QPalette &palette) {
    StagePresentation p;
    p.state = stageState(situation);
    p.label = stageStateLabel(p.state);
    p.fill = stageStateColour(p.state, palette);
    p.text = textColourOn(p.fill);
    p.dashed = p.state == StageState::Manual;
    QStringList lines{QCoreApplication::translate("StageStatus", "%1: %2").arg(stage, p.label)};
    lines += stageDetailLines(situation);
    p.toolTip = lines.join(QLatin1Char('\n'));
    return p;
}

QString stageStatusLabel(StageStatus status) {
    if (status == StageStatus::Scheduled)
        return QCoreApplication::translate("StageStatus", "Scheduled");
    return stageStateLabel(stateOfStatus(status));
}

QColor stageStatusColor(StageStatus status) {
    return stageStateColour(stateOfStatus(status));
}

QString waitingLabel(OperationStatus operation) {
    switch (operation) {
    case OperationStatus::PendingApproval: return stageStateLabel(StageState::AwaitingApproval);
    case OperationStatus::EvaluatingGates: return stageStateLabel(StageState::EvaluatingGates);
    case OperationStatus::Deferred: return stageStateLabel(StageState::Deferred);
    case OperationStatus::PendingIntervention: return stageStateLabel(StageState::AwaitingIntervention);
    default: return {};
    }
}

QColor waitingColor() {
    return stageStateColour(StageState::AwaitingApproval);
}

} // namespace slipway
