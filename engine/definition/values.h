#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace slipway {

// Scalar formats of the pipeline file (docs/pipeline-format.md, "Rules for the values").

// "30s", "5m", "2h", "30d" -> seconds.
std::optional<qint64> parseDuration(const QString &text);
QString formatDuration(qint64 seconds);

// "HH:MM", 24-hour clock.
std::optional<QTime> parseTimeOfDay(const QString &text);

// mon..sun -> 1..7 (Qt::Monday..Qt::Sunday).
std::optional<int> parseDay(const QString &text);

bool isKnownTimeZone(const QString &ianaId);

// "200" or "200-299".
struct StatusRange final {
    int low = 200;
    int high = 299;
    bool contains(int status) const { return status >= low && status <= high; }
};
std::optional<StatusRange> parseStatusRange(const QString &text);

// `*` wildcard match used by branch and tag filters.
bool wildcardMatch(const QString &pattern, const QString &text);

} // namespace slipway
