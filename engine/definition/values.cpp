#include "values.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace slipway {

std::optional<qint64> parseDuration(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 's': return amount;
    case 'm': return amount * 60;
    case 'h': return amount * 3600;
    default: return amount * 86400;
    }
}

QString formatDuration(qint64 seconds) {
    if (seconds != 0 && seconds % 86400 == 0)
        return QString::number(seconds / 86400) + QLatin1Char('d');
    if (seconds != 0 && seconds % 3600 == 0)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    if (seconds != 0 && seconds % 60 == 0)
        return QString::number(seconds / 60) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

std::optional<QTime> parseTimeOfDay(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<int> parseDay(const QString &text) {
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    const qsizetype index = days.indexOf(text);
    if (index < 0)
        return std::nullopt;
    return int(index) + 1;
}

bool isKnownTimeZone(const QString &ianaId) {
    if (ianaId.isEmpty())
        return false;
    return QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8());
}

std::optional<StatusRange> parseStatusRange(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^([1-5]\\d\\d)(?:-([1-5]\\d\\d))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    StatusRange range;
    range.low = match.captured(1).toInt();
    range.high = match.captured(2).isEmpty() ? range.low : match.captured(2).toInt();
    if (range.high < range.low)
        return std::nullopt;
    return range;
}

bool wildcardMatch(const QString &pattern, const QString &text) {
    const QString regex = QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    const QRegularExpression expression(QRegularExpression::anchoredPattern(regex));
    return expression.match(text).hasMatch();
}

} // namespace slipway
