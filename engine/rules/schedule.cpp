#include "schedule.h"

#include "definition/specreader.h"

#include <algorithm>

namespace slipway {

namespace {

// The instants at which the zone's clock reads `date time`: none in a gap, two in an overlap.
QList<QDateTime> instantsOf(const QDate &date, const QTime &time, const QTimeZone &zone) {
    const QDateTime wall(date, time, Qt::UTC); // the wall-clock reading, as if it were UTC
    QList<int> offsets{zone.offsetFromUtc(wall.addDays(-1)), zone.offsetFromUtc(wall),
                       zone.offsetFromUtc(wall.addDays(1))};
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    QList<QDateTime> instants;
    for (int offset : std::as_const(offsets)) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            instants << candidate;
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

} // namespace

std::optional<ScheduleSpec> ScheduleSpec::fromJson(const QJsonObject &schedule) {
    return of(scheduleOf(schedule));
}

std::optional<ScheduleSpec> ScheduleSpec::of(const ScheduleDefinition &schedule) {
    ScheduleSpec spec;
    spec.days = schedule.days;
    spec.zone = QTimeZone(schedule.timeZone.toUtf8());
    if (spec.days.isEmpty() || !schedule.time.isValid() || !spec.zone.isValid())
        return std::nullopt;
    spec.time = schedule.time;
    spec.onlyIfChanged = schedule.onlyIfChanged;
    return spec;
}

QDateTime ScheduleSpec::nextAfter(const QDateTime &after) const {
    if (days.isEmpty())
        return {};
    const QDate start = after.toTimeZone(zone).date().addDays(-1);
    for (int i = 0; i < 16; ++i) {
        const QDate date = start.addDays(i);
        if (!days.contains(date.dayOfWeek()))
            continue;
        const QList<QDateTime> instants = instantsOf(date, time, zone);
        QDateTime firing;
        if (!instants.isEmpty()) {
            firing = instants.first();
        } else { // the clocks skip this time: fire when the gap ends
            const QTimeZone::OffsetData transition =
                zone.nextTransition(QDateTime(date, QTime(0, 0), Qt::UTC).addDays(-1));
            firing = transition.atUtc;
        }
        if (firing.isValid() && firing > after)
            return firing.toUTC();
    }
    return {};
}

QList<QDateTime> ScheduleSpec::nextFirings(const QDateTime &after, int count) const {
    QList<QDateTime> firings;
    QDateTime cursor = after;
    while (firings.size() < count) {
        cursor = nextAfter(cursor);
        if (!cursor.isValid())
            break;
        firings << cursor;
    }
    return firings;
}

int ScheduleSpec::firingsBetween(const QDateTime &from, const QDateTime &to, int cap) const {
    int count = 0;
    for (QDateTime cursor = nextAfter(from); cursor.isValid() && cursor <= to && count < cap;
         cursor = nextAfter(cursor))
        ++count;
    return count;
}

} // namespace slipway
