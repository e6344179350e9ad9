#pragma once

#include "domain/states.h"

#include <QColor>
#include <QString>

namespace slipway {

// How a stage status looks to a user (gui.md, "status chip"): a translated label and a colour family.
QString stageStatusLabel(StageStatus status);
QColor stageStatusColor(StageStatus status);
// What a stage's deployment waits for (approval, gates, a deferral, an intervention), and its amber.
QString waitingLabel(OperationStatus operation);
QColor waitingColor();

} // namespace slipway
