#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// One line of what a stage of the pipeline file waits for, in order: its trigger, then the approvals
// and gates before it deploys, then those after, e.g.
// "Starts after Dev. Waits for: approval by group:release-managers, then 2 gates (every 5m, at most 6h)."
QString conditionsSummary(const QJsonObject &stage);

} // namespace slipway
