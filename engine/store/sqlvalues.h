#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace slipway::sql {

// LIMIT ? for "all rows" (SQLite reads -1 so, PostgreSQL refuses a negative limit).
inline constexpr qint64 noLimit = std::numeric_limits<qint64>::max();
// The value of a LIMIT ?: a negative one means all rows, as SQLite reads -1.
inline qint64 limit(qint64 rows) {
    return rows < 0 ? noLimit : rows;
}

// "?,?,?" for an IN list of `count` values.
inline QString placeholders(qsizetype count) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

// How values are written to columns: times as UTC epoch milliseconds, JSON as compact text.
inline QVariant time(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}
inline QDateTime time(const QVariant &column) {
    return column.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}
inline QString json(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
inline QString json(const QStringList &list) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
inline QJsonObject object(const QVariant &column) {
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}
inline QStringList strings(const QVariant &column) {
    QStringList list;
    if (column.toString() == QLatin1String("[]")) // the common case, without a JSON parse
        return list;
    for (const QJsonValue &value : QJsonDocument::fromJson(column.toString().toUtf8()).array())
        list << value.toString();
    return list;
}
inline QVariant optionalId(const std::optional<qint64> &id) {
    return id ? QVariant(*id) : QVariant();
}

} // namespace slipway::sql
