#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace slipway {

// Release name tokens: $(Rev:r…), $(Date:FORMAT), $(Build.BuildNumber),
// $(Build.DefinitionName), $(Release.DefinitionName) and any pipeline variable.
struct ReleaseNameContext final {
    qint64 revision = 1;
    QDateTime localTime;
    QString pipelineName;
    QString buildNumber;               // primary artifact version
    QString buildDefinitionName;       // primary artifact source alias
    QHash<QString, QString> variables; // keyed by lower-case name; secrets already masked
};

inline const QString defaultReleaseNameFormat = QStringLiteral("Release-$(Rev:r)");

// The tokens of `format` that name nothing known, as written ("$(Foo)").
QStringList unknownReleaseNameTokens(const QString &format, const QStringList &variableNames);

// The tokens of `format` opened with "$(" but never closed, as written ("$(Foo"); they render literally.
QStringList unclosedReleaseNameTokens(const QString &format);

QString renderReleaseName(const QString &format, const ReleaseNameContext &context);

// .NET-style date format: yyyy yy MM M dd d HH H mm ss; other characters are literal.
QString formatDotNetDate(const QString &format, const QDateTime &time);

} // namespace slipway
