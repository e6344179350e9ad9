#include "restcontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace slipway::rest {

Result<qint64> RestRequest::id(const char *name) const {
    const QString text = param(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || value > (qint64(1) << 53))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 \"%2\" is not a valid id (a positive number)"),
                                 {QLatin1String(name), text});
    return value;
}

Result<qint64> RestRequest::queryId(const char *key, qint64 fallback) const {
    if (!has(key) || value(key).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 number = value(key).toLongLong(&ok);
    if (!ok || number <= 0)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 \"%2\" is not a valid id (a positive number)"),
                                 {QLatin1String(key), value(key)});
    return number;
}

Result<int> RestRequest::queryCount(const char *key, int fallback, int maximum) const {
    if (!has(key) || value(key).isEmpty())
        return fallback;
    bool ok = false;
    const int number = value(key).toInt(&ok);
    if (!ok || number <= 0)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 \"%2\" is not a positive number"),
                                 {QLatin1String(key), value(key)});
    return qMin(number, maximum);
}

Result<qint64> RestRequest::queryToken(const char *key) const {
    if (value(key).trimmed() == QLatin1String("0"))
        return qint64(0);
    return queryId(key, 0);
}

Result<QDateTime> RestRequest::queryTime(const char *key) const {
    const QString text = value(key).trimmed();
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) { // RFC 1123, as JavaScript's Date.toUTCString() writes it: "… GMT"
        QString rfc = text;
        if (rfc.endsWith(QLatin1String(" GMT")))
            rfc = rfc.chopped(4) + QStringLiteral(" +0000");
        at = QDateTime::fromString(rfc, Qt::RFC2822Date);
    }
    if (!at.isValid())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 \"%2\" is not a date (ISO 8601 or RFC 1123)"),
                                 {QLatin1String(key), text});
    return at;
}

Result<QList<qint64>> RestRequest::queryIds(const char *key) const {
    QList<qint64> ids;
    for (const QString &part : value(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "%1 holds \"%2\", which is not an id"),
                                     {QLatin1String(key), part});
        ids << id;
    }
    return ids;
}

namespace {
Result<QJsonDocument> parseBody(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the request needs a JSON body"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the body is not valid JSON: %1 at offset %2"),
                                 {error.errorString(), QString::number(error.offset)});
    return document;
}
} // namespace

Result<QJsonObject> RestRequest::object() const {
    Result<QJsonDocument> document = parseBody(body);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the body must be a JSON object"));
    return document->object();
}

Result<QJsonArray> RestRequest::array() const {
    Result<QJsonDocument> document = parseBody(body);
    if (!document)
        return document.error();
    if (!document->isArray())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the body must be a JSON array"));
    return document->array();
}

RestResponse RestResponse::json(const QJsonValue &value, int status) {
    RestResponse response;
    response.status = status;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

RestResponse RestResponse::text(QByteArray json, int status) {
    RestResponse response;
    response.status = status;
    response.body = std::move(json);
    return response;
}

RestResponse RestResponse::list(const QJsonArray &values) {
    return json(QJsonObject{{QStringLiteral("count"), values.size()}, {QStringLiteral("value"), values}});
}

RestResponse RestResponse::error(int status, const QString &typeKey, const QString &message) {
    RestResponse response =
        json(QJsonObject{{QStringLiteral("$id"), QStringLiteral("1")},
                         {QStringLiteral("innerException"), QJsonValue::Null},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("typeName"), QStringLiteral("Slipway.%1, Slipway").arg(typeKey)},
                         {QStringLiteral("typeKey"), typeKey},
                         {QStringLiteral("errorCode"), 0},
                         {QStringLiteral("eventId"), 3000}},
             status);
    if (status == 503) // busy (the database locked by another process, or every connection in use): soon free
        response.headers.append({QByteArray("Retry-After"), QByteArray("2")});
    return response;
}

std::optional<qint64> integerOf(const QJsonValue &value, qint64 minimum, qint64 maximum) {
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // 2^63 is exact as a double; every double in [-2^63, 2^63) converts to qint64.
    if (!std::isfinite(number) || std::trunc(number) != number || number < -0x1p63 || number >= 0x1p63)
        return std::nullopt;
    // The stored integer itself when the JSON held one (beyond 2^53 a double is not exact).
    const qint64 integer = value.toInteger(qint64(number));
    if (integer < minimum || integer > maximum)
        return std::nullopt;
    return integer;
}

Result<QString> stringField(const QJsonObject &object, const QString &field, bool required) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"%1\" is required"), {field});
        return QString();
    }
    if (!value.isString())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"%1\" must be a string"), {field});
    return value.toString();
}

Result<bool> boolField(const QJsonObject &object, const QString &field, bool fallback) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"%1\" must be true or false"), {field});
    return value.toBool();
}

Error memberRefusal(const Identity &user) {
    return Error::forbidden(QT_TRANSLATE_NOOP("Engine",
                                              "%1 is a member of this team database: a member's token creates "
                                              "releases, deploys, cancels and decides approvals and manual "
                                              "interventions; ask an admin for the rest"),
                            {user.userName});
}

QRegularExpression nameWildcard(const QString &filter) {
    QStringList parts = filter.split(QLatin1Char('*'));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral(".*")) + QLatin1Char('$'),
                              QRegularExpression::CaseInsensitiveOption);
}

} // namespace slipway::rest
