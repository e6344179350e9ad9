#pragma once

#include "domain/states.h"
#include "store/records.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace slipway {

// What a user should see of one stage of one release (the status chip of docs/user-guide.md).
// One list for the grid's chips, the graph's boxes, the release page's cards, their tooltips and the tray.
enum class StageState {
    NotStarted,
    Manual, // not started, and only deployed by hand for this release
    Queued,
    InProgress,
    Cancelling,
    AwaitingApproval,
    EvaluatingGates,
    AwaitingIntervention,
    Deferred,        // waits for a time (an approver's deferral, or "deploy at")
    WaitingForAgent, // due, but no engine has taken it yet
    Frozen,          // held by a freeze window
    Succeeded,
    PartiallySucceeded,
    Failed,
    Rejected,
    Canceled,
    Interrupted, // its engine stopped while it ran
};

// The facts a stage's state is read from: its stored status, manual or not, and its newest deployment.
struct StageSituation final {
    StageStatus status = StageStatus::NotStarted;
    bool manual = false;
    std::optional<GridStageDeployment> latest;
};

// The same facts from the release page's records (ReleaseService::details): the newest of `deployments`.
StageSituation stageSituation(const ReleaseStageRecord &stage, const QList<DeploymentRecord> &deployments);
// The same from a releases-grid row; empty when the release has no such stage.
std::optional<StageSituation> stageSituation(const ReleaseGridRow &row, const QString &stage);

StageState stageState(const StageSituation &situation);
QString stageStateLabel(StageState state);
// True for the amber family: the deployment waits for someone or something.
bool isWaiting(StageState state);

// The state colours, light or dark as the palette's window is: one palette for every view.
bool isDarkPalette(const QPalette &palette);
QColor stageStateColour(StageState state, const QPalette &palette = QGuiApplication::palette());
// Readable text on a fill of that colour.
QColor textColourOn(const QColor &fill);

struct StagePresentation final {
    StageState state = StageState::NotStarted;
    QString label;   // short, for a chip or a box: "Deferred", "Interrupted"
    QString toolTip; // the full story: state, deferral time, attempt, times, requester, approvers
    QColor fill;
    QColor text;
    bool dashed = false; // a manual stage
};

// Label, colours and tooltip of a stage as a user should see it. `stage` names it in the tooltip.
StagePresentation presentStage(const QString &stage, const StageSituation &situation,
                               const QPalette &palette = QGuiApplication::palette());
// "Attempt 2, requested by alice" and the rest of the tooltip lines, without the state line.
QStringList stageDetailLines(const StageSituation &situation);

// Older helpers kept for the timeline and the dashboard: a stored stage status alone.
QString stageStatusLabel(StageStatus status);
QColor stageStatusColor(StageStatus status);
QString waitingLabel(OperationStatus operation);
QColor waitingColor();

} // namespace slipway
