#include "releasenameformat.h"

#include <QRegularExpression>

namespace slipway {

namespace {

const QRegularExpression &tokenPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\$\\(([^()]*)\\)"));
    return pattern;
}

const QRegularExpression &revPattern() {
    static const QRegularExpression pattern(QStringLiteral("^Rev:(r+)$"), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isDateToken(const QString &token) {
    return token.startsWith(QLatin1String("Date:"), Qt::CaseInsensitive);
}

QString datePart(QChar letter, qsizetype run, const QDateTime &time) {
    const QDate date = time.date();
    const QTime clock = time.time();
    auto padded = [run](int number, int width) {
        return QStringLiteral("%1").arg(number, run >= width ? width : 1, 10, QLatin1Char('0'));
    };
    switch (letter.toLatin1()) {
    case 'y':
        return run <= 2 ? QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'))
                        : QString::number(date.year());
    case 'M': return padded(date.month(), 2);
    case 'd': return padded(date.day(), 2);
    case 'H': return padded(clock.hour(), 2);
    case 'm': return padded(clock.minute(), 2);
    case 's': return padded(clock.second(), 2);
    default: return QString(run, letter);
    }
}

} // namespace

QString formatDotNetDate(const QString &format, const QDateTime &time) {
    static const QString specifiers = QStringLiteral("yMdHms");
    QString result;
    for (qsizetype i = 0; i < format.size();) {
        const QChar letter = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == letter)
            ++run;
        if (specifiers.contains(letter))
            result += datePart(letter, run, time);
        else
            result += QString(run, letter);
        i += run;
    }
    return result;
}

QStringList unknownReleaseNameTokens(const QString &format, const QStringList &variableNames) {
    static const QStringList predefined{QStringLiteral("Build.BuildNumber"), QStringLiteral("Build.DefinitionName"),
                                        QStringLiteral("Release.DefinitionName")};
    QStringList unknown;
    auto matches = tokenPattern().globalMatch(format);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString token = match.captured(1);
        const bool known = revPattern().match(token).hasMatch() || (isDateToken(token) && token.size() > 5) ||
                           predefined.contains(token, Qt::CaseInsensitive) ||
                           variableNames.contains(token, Qt::CaseInsensitive);
        if (!known)
            unknown << match.captured(0);
    }
    return unknown;
}

QStringList unclosedReleaseNameTokens(const QString &format) {
    QStringList unclosed;
    const QString open = QStringLiteral("$(");
    for (qsizetype at = format.indexOf(open); at >= 0;) {
        const qsizetype next = format.indexOf(open, at + 2);
        const qsizetype close = format.indexOf(QLatin1Char(')'), at + 2);
        if (close < 0 || (next >= 0 && next < close))
            unclosed << format.mid(at, (next < 0 ? format.size() : next) - at);
        at = next;
    }
    return unclosed;
}

QString renderReleaseName(const QString &format, const ReleaseNameContext &context) {
    QString result;
    qsizetype last = 0;
    auto matches = tokenPattern().globalMatch(format);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += format.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString token = match.captured(1);
        if (const QRegularExpressionMatch rev = revPattern().match(token); rev.hasMatch())
            result += QStringLiteral("%1").arg(context.revision, int(rev.capturedLength(1)), 10, QLatin1Char('0'));
        else if (isDateToken(token))
            result += formatDotNetDate(token.mid(5), context.localTime);
        else if (token.compare(QLatin1String("Build.BuildNumber"), Qt::CaseInsensitive) == 0)
            result += context.buildNumber;
        else if (token.compare(QLatin1String("Build.DefinitionName"), Qt::CaseInsensitive) == 0)
            result += context.buildDefinitionName;
        else if (token.compare(QLatin1String("Release.DefinitionName"), Qt::CaseInsensitive) == 0)
            result += context.pipelineName;
        else
            result += context.variables.value(token.toLower(), match.captured(0));
    }
    result += format.mid(last);
    return result;
}

} // namespace slipway
