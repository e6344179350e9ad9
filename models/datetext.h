#pragma once

#include <QDateTime>
#include <QString>

namespace slipway {

// Times are stored in UTC and shown in local time, in the user's locale.
// A full date where there is room (headers, tooltips, sentences): the locale's long format, with seconds.
QString dateTimeText(const QDateTime &at);
// A full date in a dense table cell: the locale's short date with a four-digit year, and seconds.
QString compactDateTimeText(const QDateTime &at);
// The display format for a date-time editor: the locale's short date with a four-digit year, HH:mm.
QString dateTimeEditFormat();

} // namespace slipway
