#include "datetext.h"

#include <QLocale>

namespace slipway {

namespace {

// "dd.MM.yy" → "dd.MM.yyyy", "d/M/yy" → "d/M/yyyy": the century is never dropped.
QString fullYearDateFormat() {
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString dateTimeText(const QDateTime &at) {
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

QString compactDateTimeText(const QDateTime &at) {
    const QLocale locale;
    return locale.toString(at.toLocalTime(), fullYearDateFormat() + QLatin1Char(' ') +
                                                 locale.timeFormat(QLocale::LongFormat).remove(QLatin1String(" t")));
}

QString dateTimeEditFormat() {
    return fullYearDateFormat() + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat);
}

} // namespace slipway
