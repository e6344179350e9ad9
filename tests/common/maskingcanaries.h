#pragma once

#include "approvalpipelines.h"

#include <QJsonDocument>

namespace slipway::testing {

// Secret values built to break naive masking: regex and shell metacharacters, Unicode beyond the BMP with
// combining-sensitive letters, and a three-line value whose lines are printed on their own.
inline const QString metaCanary = QStringLiteral("a.b*c$(rm -rf)|\\1");
inline const QString unicodeCanary = QString::fromUtf8("p\xc3\xa4ssw\xc3\xb6rd\xe2\x9c\x93\xf0\x9d\x84\x9e");
inline const QString pemCanary =
    QStringLiteral("-----BEGIN CANARY KEY-----\nTUFTS0lORy1saW5lLXR3by1vZi10aHJlZQ==\n-----END CANARY KEY-----");

// What must never show: each canary, and each line of the multi-line one.
inline QStringList canaryFragments() {
    QStringList fragments{metaCanary, unicodeCanary, unicodeCanary.normalized(QString::NormalizationForm_D)};
    fragments << pemCanary.split(QLatin1Char('\n'));
    return fragments;
}

// The first fragment of a canary found in `text`, empty when none.
inline QString leakIn(const QString &text) {
    for (const QString &fragment : canaryFragments())
        if (text.contains(fragment))
            return fragment;
    return {};
}
inline QString leakIn(const QByteArray &bytes) {
    return leakIn(QString::fromUtf8(bytes));
}

// Every string of a JSON answer, decoded (the raw body escapes the canary's backslash), and the raw body itself.
inline void collectStrings(const QJsonValue &value, QString &into) {
    if (value.isString())
        into += value.toString() + QLatin1Char('\n');
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{};
    for (const QJsonValue &item : items)
        collectStrings(item, into);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            into += it.key() + QLatin1Char('\n');
            collectStrings(it.value(), into);
        }
    }
}
inline QString leakInJson(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString strings = QString::fromUtf8(body) + QLatin1Char('\n');
    collectStrings(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), strings);
    return leakIn(strings);
}

// The variables holding the canaries, and the env mapping that hands them to a script.
inline QJsonObject canaryVariables() {
    auto secret = [](const QString &value) {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("secret"), true}};
    };
    return {{QStringLiteral("meta"), secret(metaCanary)},
            {QStringLiteral("uni"), secret(unicodeCanary)},
            {QStringLiteral("pem"), secret(pemCanary)}};
}
inline QJsonObject canaryEnv() {
    return {{QStringLiteral("S1"), QStringLiteral("$(meta)")},
            {QStringLiteral("S2"), QStringLiteral("$(uni)")},
            {QStringLiteral("S3"), QStringLiteral("$(pem)")}};
}

// Prints every canary whole, the multi-line one line by line, and inside other text.
inline const QString leakingScript =
    QStringLiteral("printf '%s\\n' \"$S1\" \"$S2\" \"$S3\"; printf 'token=[%s] user=%s.\\n' \"$S1\" \"$S2\"; "
                   "printf '%s' \"$S3\" | sed -n 2p");

// A stage "Prod" whose pre-deployment script gate prints the canaries (its last line is the PEM's middle one),
// then a task printing them, then a manual intervention whose instructions quote one literally.
inline QByteArray canaryPipeline(const QString &name = QStringLiteral("Leaky")) {
    const QJsonObject gate{
        {QStringLiteral("name"), QStringLiteral("Probe")},
        {QStringLiteral("type"), QStringLiteral("script")},
        {QStringLiteral("script"), QString(leakingScript + QStringLiteral("; printf '%s' \"$S3\" | sed -n 2p"))},
        {QStringLiteral("env"), canaryEnv()}};
    const QJsonObject gates{{QStringLiteral("delay"), QStringLiteral("0s")},
                            {QStringLiteral("samplingInterval"), QStringLiteral("10s")},
                            {QStringLiteral("timeout"), QStringLiteral("5m")},
                            {QStringLiteral("minSuccessDuration"), QStringLiteral("0s")},
                            {QStringLiteral("gates"), QJsonArray{gate}}};
    const QJsonObject leak{{QStringLiteral("name"), QStringLiteral("Leak")},
                           {QStringLiteral("type"), QStringLiteral("script")},
                           {QStringLiteral("script"), leakingScript},
                           {QStringLiteral("env"), canaryEnv()}};
    const QJsonObject intervention{{QStringLiteral("name"), QStringLiteral("Sign-off")},
                                   {QStringLiteral("type"), QStringLiteral("manualIntervention")},
                                   {QStringLiteral("instructions"), QString(QStringLiteral("Rotate ") + metaCanary)}};
    QJsonObject prod =
        approvalStage(QStringLiteral("Prod"), triggerAfterRelease(), {{QStringLiteral("preGates"), gates}});
    prod.insert(QStringLiteral("tasks"), QJsonArray{leak, intervention});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("variables"), canaryVariables()},
                                     {QStringLiteral("stages"), QJsonArray{prod}}})
        .toJson();
}

} // namespace slipway::testing
