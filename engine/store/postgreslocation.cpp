#include "postgreslocation.h"

#include <QUrl>

namespace slipway {

namespace {

// Each refusal is a whole sentence, so that a view translates it as one.
Error badUri(const char *sentence) {
    return Error::validation(sentence);
}

QString decoded(const QString &part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// Values of libpq parameters are single-quoted, with \ and ' escaped.
QString quotedOption(const QString &value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Status readHostPort(const QString &hostPort, PostgresLocation &location) {
    QString host = hostPort;
    QString port;
    if (host.startsWith(QLatin1Char('['))) { // an IPv6 address
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return badUri(QT_TRANSLATE_NOOP(
                "Engine", "the database URI is not valid: an IPv6 address lacks its closing bracket"));
        port = host.mid(close + 1).startsWith(QLatin1Char(':')) ? host.mid(close + 2) : QString();
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    location.host = decoded(host);
    if (!port.isEmpty()) {
        bool ok = false;
        location.port = port.toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            return badUri(QT_TRANSLATE_NOOP(
                "Engine", "the database URI is not valid: the port must be a number from 1 to 65535"));
    }
    return {};
}

Status readParameters(const QString &query, PostgresLocation &location) {
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return badUri(QT_TRANSLATE_NOOP(
                "Engine", "the database URI is not valid: each parameter after ? must be name=value"));
        const QString key = decoded(pair.left(equals));
        const QString value = decoded(pair.mid(equals + 1));
        if (key == QLatin1String("host"))
            location.host = value;
        else if (key == QLatin1String("port"))
            location.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            location.database = value;
        else if (key == QLatin1String("user"))
            location.user = value;
        else if (key == QLatin1String("password"))
            location.password = value;
        else if (key.contains(QLatin1Char(';')) || key.contains(QLatin1Char(' ')))
            return badUri(QT_TRANSLATE_NOOP(
                "Engine", "the database URI is not valid: a parameter name has a space or a semicolon"));
        else
            location.options << key + QLatin1Char('=') + value;
    }
    return {};
}

} // namespace

bool isPostgresUri(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<PostgresLocation> parsePostgresUri(const QString &uri) {
    if (!isPostgresUri(uri))
        return badUri(QT_TRANSLATE_NOOP("Engine", "the database URI is not valid: it must start with postgresql://"));
    if (uri.size() > 4096)
        return badUri(QT_TRANSLATE_NOOP("Engine", "the database URI is not valid: it is longer than 4096 characters"));
    PostgresLocation location;
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        location.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        location.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            location.password = decoded(userInfo.mid(colon + 1));
    }
    if (Status read = readHostPort(authority, location); !read)
        return read.error();
    if (Status read = readParameters(query, location); !read)
        return read.error();
    return location;
}

QString PostgresLocation::display() const {
    return composed(false);
}

QString PostgresLocation::uri() const {
    return composed(true);
}

QString PostgresLocation::composed(bool withPassword) const {
    QString text = QStringLiteral("postgresql://");
    const bool secret = withPassword && !password.isEmpty();
    if (!user.isEmpty() || secret)
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) +
                (secret ? QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password)) : QString()) +
                QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList parameters;
    if (host.startsWith(QLatin1Char('/')))
        parameters << QStringLiteral("host=") + host;
    parameters << options;
    return parameters.isEmpty() ? text : text + QLatin1Char('?') + parameters.join(QLatin1Char('&'));
}

QString PostgresLocation::connectOptions() const {
    QStringList parts;
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        parts << option.left(equals) + QLatin1Char('=') + quotedOption(option.mid(equals + 1));
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace slipway
