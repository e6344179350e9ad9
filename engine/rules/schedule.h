#pragma once

#include "definition/specs.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace slipway {

// A weekly schedule of the pipeline file (a release schedule or a stage schedule): days, a local time and
// an IANA time zone.
// Firings are computed in the schedule's zone, so they follow its DST changes:
//  - a time the clocks skip (spring forward) fires when the gap ends, e.g. 02:30 fires at 03:00;
//  - a time that happens twice (autumn) fires once, at the first occurrence.
struct ScheduleSpec final {
    QList<int> days; // Qt::Monday (1) .. Qt::Sunday (7)
    QTime time;
    QTimeZone zone;
    bool onlyIfChanged = false;

    static std::optional<ScheduleSpec> fromJson(const QJsonObject &schedule);
    // Empty when the schedule has no day, no valid time or an unknown zone.
    static std::optional<ScheduleSpec> of(const ScheduleDefinition &schedule);

    // The first firing strictly after `after`, in UTC; invalid when the schedule has no days.
    QDateTime nextAfter(const QDateTime &after) const;
    // The next `count` firings after `after`, for previews.
    QList<QDateTime> nextFirings(const QDateTime &after, int count) const;
    // How many firings fall in (from, to].
    int firingsBetween(const QDateTime &from, const QDateTime &to, int cap = 10000) const;
};

} // namespace slipway
