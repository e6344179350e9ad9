#pragma once

#include "domain/states.h"

#include <QColor>
#include <QString>

namespace slipway {

// How a stage status looks to a user (gui.md, "status chip"): a translated label and a colour family.
QString stageStatusLabel(StageStatus status);
QColor stageStatusColor(StageStatus status);

} // namespace slipway
