#pragma once

#include "core/identity.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace slipway::rest {

// One request as the controllers see it: decoded path values and query, the body, and who asks.
struct RestRequest final {
    QString method;                 // GET, POST, …
    QStringList segments;           // percent-decoded, after the collection
    QHash<QString, QString> params; // route values by name
    QHash<QString, QString> query;  // keys percent-decoded and lower-cased ($top stays "$top")
    QByteArray body;
    QString apiVersion;
    Identity user;
    // The token's user is a member of the team database (docs/rest-api.md#team-roles): reads, and of the writes only
    // what a member may do (Router::Route::forMembers).
    bool member = false;
    QString baseUrl; // http://host:port/collection

    QString param(const char *name) const { return params.value(QString::fromLatin1(name)); }
    bool has(const char *key) const { return query.contains(QString::fromLatin1(key).toLower()); }
    QString value(const char *key) const { return query.value(QString::fromLatin1(key).toLower()); }
    // A positive id route value or query value; a 400 naming it otherwise.
    Result<qint64> id(const char *name) const;
    Result<qint64> queryId(const char *key, qint64 fallback) const;
    Result<int> queryCount(const char *key, int fallback, int maximum) const;
    // A continuation token: an id, or 0 and absent for "from the start" (the Node client sends 0).
    Result<qint64> queryToken(const char *key) const;
    // A time in the query: ISO 8601 or RFC 1123 (what the Node client sends); invalid when absent.
    Result<QDateTime> queryTime(const char *key) const;
    // A comma list of positive ids (empty when absent).
    Result<QList<qint64>> queryIds(const char *key) const;
    // The body as a JSON object (or array), with a 400 naming what is wrong.
    Result<QJsonObject> object() const;
    Result<QJsonArray> array() const;
};

struct RestResponse final {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static RestResponse json(const QJsonValue &value, int status = 200);
    // A body that is JSON text already (JsonWriter).
    static RestResponse text(QByteArray json, int status = 200);
    // Azure's collection wrapper {count, value}.
    static RestResponse list(const QJsonArray &values);
    // Azure's error body; a 503 also says when to retry.
    static RestResponse error(int status, const QString &typeKey, const QString &message);
};

using Handler = std::function<Result<RestResponse>(const RestRequest &)>;

// A field of a body read with its type checked; the error names the field.
Result<QString> stringField(const QJsonObject &object, const QString &field, bool required);
// What a member's token may not do on a team database (RestRequest::member), said with whose token it is.
Error memberRefusal(const Identity &user);

// A name filter as Azure's list routes take it: `*` matches any run of characters, the rest is literal, any case.
QRegularExpression nameWildcard(const QString &filter);
Result<bool> boolField(const QJsonObject &object, const QString &field, bool fallback);
// A JSON number that is an integer within [minimum, maximum]: never a NaN, an infinity, a fraction or a value
// beyond the range (converting those to an integer is undefined behaviour).
std::optional<qint64> integerOf(const QJsonValue &value, qint64 minimum, qint64 maximum);

} // namespace slipway::rest
