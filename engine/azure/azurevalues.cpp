#include "azurereport.h"

#include "definition/values.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace slipway::azure::detail {

namespace {

// An IANA zone for a Windows zone id ("W. Europe Standard Time"), or an IANA id as is; empty when neither.
QString ianaZoneOf(const QString &zone) {
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(zone.toUtf8());
    if (!iana.isEmpty() && isKnownTimeZone(QString::fromUtf8(iana)))
        return QString::fromUtf8(iana);
    return isKnownTimeZone(zone) ? zone : QString();
}

QString variableNameFor(const QString &connection) {
    QString name = QStringLiteral("serviceConnectionUrl");
    for (const QChar c : connection)
        if (c.isLetterOrNumber())
            name += c;
    return name;
}

} // namespace

QJsonObject mapVariables(const QJsonObject &variables, const QString &path, Report &report) {
    QJsonObject mapped;
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const QJsonObject variable = it.value().toObject();
        const QString variablePath = member(path, it.key());
        const bool secret = flag(variable.value(QLatin1String("isSecret")));
        const bool settable = flag(variable.value(QLatin1String("allowOverride")));
        const QString value = text(variable.value(QLatin1String("value")));
        if (!secret && !settable) {
            mapped.insert(it.key(), value);
        } else {
            QJsonObject full{{QStringLiteral("value"), secret && value.isEmpty() ? QJsonValue() : QJsonValue(value)}};
            if (secret)
                full.insert(QStringLiteral("secret"), true);
            if (settable)
                full.insert(QStringLiteral("settableAtRelease"), true);
            mapped.insert(it.key(), full);
        }
        if (secret && value.isEmpty() && !report.secrets.contains(it.key()))
            report.secrets << it.key();
        report.mapped(variablePath,
                      secret ? (value.isEmpty() ? QT_TRANSLATE_NOOP("Engine", "→ secret variable; it needs a value")
                                                : QT_TRANSLATE_NOOP("Engine", "→ secret variable, value kept"))
                      : settable ? QT_TRANSLATE_NOOP("Engine", "→ variable, settable at release")
                                 : QT_TRANSLATE_NOOP("Engine", "→ variable"));
        report.rest(variable, variablePath, {"value", "isSecret", "allowOverride"});
    }
    return mapped;
}

QJsonArray mapVariableGroups(const QJsonValue &ids, const QString &path, Report &report) {
    QJsonArray names;
    const QJsonArray list = ids.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString name = QStringLiteral("azure-variable-group-%1").arg(text(list.at(i)));
        if (names.contains(name)) {
            report.mapped(element(path, i), QT_TRANSLATE_NOOP("Engine", "variable group %1 is already linked"),
                          {text(list.at(i))});
            continue;
        }
        names.append(name);
        report.mapped(element(path, i),
                      QT_TRANSLATE_NOOP("Engine", "variable group %1 → linked group \"%2\" (created empty on import "
                                                  "when the Library has none of that name: fill in its variables)"),
                      {text(list.at(i)), name});
    }
    return names;
}

QJsonObject mapSchedule(const QJsonObject &schedule, const QString &path, bool release, Report &report) {
    static const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                      QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                      QStringLiteral("sun")};
    const qint64 bits = flagsValue(schedule.value(QLatin1String("daysToRelease")), {{"none", 0},
                                                                                    {"monday", 1},
                                                                                    {"tuesday", 2},
                                                                                    {"wednesday", 4},
                                                                                    {"thursday", 8},
                                                                                    {"friday", 16},
                                                                                    {"saturday", 32},
                                                                                    {"sunday", 64},
                                                                                    {"all", 127}});
    QJsonArray days;
    for (int day = 0; day < 7; ++day)
        if (bits & (qint64(1) << day))
            days.append(dayNames.at(day));
    if (days.isEmpty()) {
        report.unmapped(path, QT_TRANSLATE_NOOP("Engine", "the schedule names no day; left out"));
        return {};
    }
    const qint64 hours = number(schedule.value(QLatin1String("startHours")));
    const qint64 minutes = number(schedule.value(QLatin1String("startMinutes")));
    const QTime time(int(std::clamp<qint64>(hours, 0, 23)), int(std::clamp<qint64>(minutes, 0, 59)));
    const QString azureZone = text(schedule.value(QLatin1String("timeZoneId")));
    QString zone = ianaZoneOf(azureZone);
    if (zone.isEmpty()) {
        zone = QStringLiteral("UTC");
        if (!azureZone.isEmpty())
            report.unmapped(member(path, "timeZoneId"),
                            QT_TRANSLATE_NOOP("Engine", "unknown time zone \"%1\"; UTC is used"), {azureZone});
    } else {
        report.mapped(member(path, "timeZoneId"), QT_TRANSLATE_NOOP("Engine", "→ time zone %1"), {zone});
    }
    QJsonObject mapped{{QStringLiteral("days"), days},
                       {QStringLiteral("time"), time.toString(QStringLiteral("HH:mm"))},
                       {QStringLiteral("timeZone"), zone}};
    if (release && flag(schedule.value(QLatin1String("scheduleOnlyWithChanges"))))
        mapped.insert(QStringLiteral("onlyIfChanged"), true);
    report.mapped(member(path, "daysToRelease"), QT_TRANSLATE_NOOP("Engine", "→ days"));
    report.mapped(member(path, "startHours"), QT_TRANSLATE_NOOP("Engine", "→ time %1"),
                  {time.toString(QStringLiteral("HH:mm"))});
    report.mapped(member(path, "startMinutes"), QT_TRANSLATE_NOOP("Engine", "→ time"));
    if (release)
        report.mapped(member(path, "scheduleOnlyWithChanges"), QT_TRANSLATE_NOOP("Engine", "→ onlyIfChanged"));
    report.rest(schedule, path,
                {"daysToRelease", "startHours", "startMinutes", "timeZoneId",
                 release ? "scheduleOnlyWithChanges" : "daysToRelease"});
    return mapped;
}

QJsonObject mapRestCall(const QJsonObject &inputs, const QString &path, QJsonObject &pipelineVariables,
                        Report &report) {
    static const QStringList methods{QStringLiteral("GET"),   QStringLiteral("POST"),   QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")};
    QString method = text(inputs.value(QLatin1String("method"))).toUpper();
    if (!methods.contains(method)) {
        report.unmapped(member(path, "method"),
                        QT_TRANSLATE_NOOP("Engine", "method \"%1\" is not supported; GET is used"), {method});
        method = QStringLiteral("GET");
    }
    const QString suffix = text(inputs.value(QLatin1String("urlSuffix")));
    QJsonObject call{{QStringLiteral("method"), method}};
    if (suffix.startsWith(QLatin1String("http://")) || suffix.startsWith(QLatin1String("https://"))) {
        call.insert(QStringLiteral("url"), suffix);
    } else {
        // The base URL lives in an Azure service connection, which Slipway cannot read: a variable stands in.
        const QString selector = text(inputs.value(QLatin1String("connectedServiceNameSelector")));
        const QString connection =
            text(inputs.value(selector.isEmpty() ? QStringLiteral("connectedServiceName") : selector));
        const QString variable = variableNameFor(connection);
        if (!pipelineVariables.contains(variable))
            pipelineVariables.insert(variable, QJsonObject{{QStringLiteral("value"), QString()},
                                                           {QStringLiteral("settableAtRelease"), true}});
        call.insert(QStringLiteral("url"), QStringLiteral("$(%1)%2").arg(variable, suffix));
        report.unmapped(member(path, "connectedServiceName"),
                        QT_TRANSLATE_NOOP("Engine", "service connection \"%1\": set the variable %2 to its URL"),
                        {connection, variable});
    }
    const QJsonObject headers = QJsonDocument::fromJson(text(inputs.value(QLatin1String("headers"))).toUtf8()).object();
    QJsonObject headerMap;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        headerMap.insert(it.key(), text(it.value()));
    if (!headerMap.isEmpty())
        call.insert(QStringLiteral("headers"), headerMap);
    const QString body = text(inputs.value(QLatin1String("body")));
    if (!body.isEmpty() && method != QLatin1String("GET") && method != QLatin1String("HEAD"))
        call.insert(QStringLiteral("body"), body);
    const QString criteria = text(inputs.value(QLatin1String("successCriteria")));
    QString jsonPath, equals;
    if (parseSuccessCriteria(criteria, jsonPath, equals)) {
        call.insert(QStringLiteral("jsonPath"), jsonPath);
        call.insert(QStringLiteral("equals"), equals);
        report.mapped(member(path, "successCriteria"), QT_TRANSLATE_NOOP("Engine", "→ jsonPath \"%1\" equals \"%2\""),
                      {jsonPath, equals});
    } else if (!criteria.isEmpty()) {
        report.unmapped(member(path, "successCriteria"),
                        QT_TRANSLATE_NOOP("Engine", "the expression \"%1\" is not mapped: any 2xx answer passes"),
                        {criteria});
    }
    if (flag(inputs.value(QLatin1String("waitForCompletion"))))
        report.unmapped(member(path, "waitForCompletion"),
                        QT_TRANSLATE_NOOP("Engine", "callback completion is not supported"));
    report.mapped(member(path, "method"), QT_TRANSLATE_NOOP("Engine", "→ method, url, headers and body"));
    report.mapped(member(path, "urlSuffix"), QT_TRANSLATE_NOOP("Engine", "→ url"));
    report.mapped(member(path, "connectedServiceNameSelector"),
                  QT_TRANSLATE_NOOP("Engine", "the kind of service connection"));
    report.mapped(member(path, "headers"), QT_TRANSLATE_NOOP("Engine", "→ headers"));
    report.mapped(member(path, "body"), QT_TRANSLATE_NOOP("Engine", "→ body"));
    report.rest(inputs, path,
                {"method", "urlSuffix", "headers", "body", "successCriteria", "waitForCompletion",
                 "connectedServiceNameSelector", "connectedServiceName"});
    return call;
}

} // namespace slipway::azure::detail
