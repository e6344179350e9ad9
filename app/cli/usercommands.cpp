// user add|remove|list: the directory of a database file; on a team database, its logins and their roles
// (docs/cli.md, docs/team-setup.md#who-acts).
#include "clioutput.h"
#include "commands.h"

#include "appsession.h"
#include "store/storefactory.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace slipway::cli {

namespace {

bool onTeamDatabase(const Invocation &call) {
    return isServerLocation(call.session.location());
}

// --admin, --engine or --member (the default); more than one is refused.
Result<QString> roleOf(const Invocation &call) {
    QStringList chosen;
    for (const char *role : {"admin", "engine", "member"})
        if (call.options.isSet(QString::fromLatin1(role)))
            chosen << QString::fromLatin1(role);
    if (chosen.size() > 1)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "give one role: --%1"),
                                 {chosen.join(QStringLiteral(" or --"))});
    return chosen.isEmpty() ? QStringLiteral("member") : chosen.first();
}

// The password on standard input, without the line end a pipe or a terminal adds; never an argument, which other
// users of the machine could read.
Result<QByteArray> passwordFromStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "cannot read the password from standard input"));
    QByteArray password = in.read(4096);
    if (password.endsWith('\n'))
        password.chop(password.endsWith("\r\n") ? 2 : 1);
    if (password.isEmpty())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "--password-stdin: standard input holds no password"));
    return password;
}

} // namespace

Status userAdd(const Invocation &call) {
    if (Status ok = needWords(call, 1,
                              QStringLiteral("user add NAME [--display-name TEXT] [--admin|--engine|--member] "
                                             "[--password-stdin]"));
        !ok)
        return ok;
    const QString name = call.words.first();
    const QString displayName = call.options.value(QStringLiteral("display-name"));
    Result<qint64> id = qint64(0);
    QString role = call.options.isSet(QStringLiteral("admin")) ? QStringLiteral("admin") : QString();
    if (onTeamDatabase(call)) {
        Result<QString> chosen = roleOf(call);
        if (!chosen)
            return chosen.error();
        role = *chosen;
        QByteArray password;
        if (call.options.isSet(QStringLiteral("password-stdin"))) {
            Result<QByteArray> given = passwordFromStdin();
            if (!given)
                return given.error();
            password = *given;
        }
        id = call.session.services().directory.addLogin(name, displayName, role, password, call.session.identity());
        password.fill('\0');
    } else {
        if (call.options.isSet(QStringLiteral("engine")) || call.options.isSet(QStringLiteral("member")) ||
            call.options.isSet(QStringLiteral("password-stdin")))
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "logins and roles belong to a team database; a "
                                                                 "database file has one account (docs/team-setup.md)"));
        id = call.session.services().directory.addUser(name, displayName, call.session.identity(), !role.isEmpty());
    }
    if (!id)
        return id.error();
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("id"), *id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("role"), role.isEmpty() ? QStringLiteral("member") : role}});
    else
        call.out << "Added user " << name << (role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(role)) << "\n";
    return {};
}

Status userRemove(const Invocation &call) {
    if (Status ok = needWords(call, 1, QStringLiteral("user remove NAME")); !ok)
        return ok;
    if (Status removed = call.session.services().directory.removeLogin(call.words.first(), call.session.identity());
        !removed)
        return removed;
    if (call.json)
        printJson(call.out,
                  QJsonObject{{QStringLiteral("name"), call.words.first()}, {QStringLiteral("removed"), true}});
    else
        call.out << "Removed login " << call.words.first() << "\n";
    return {};
}

Status userList(const Invocation &call) {
    DirectoryService &directory = call.session.services().directory;
    QList<TeamLogin> users;
    if (onTeamDatabase(call)) {
        Result<QList<TeamLogin>> logins = directory.logins();
        if (!logins)
            return logins.error();
        users = *logins;
    } else {
        Result<QStringList> names = directory.users();
        if (!names)
            return names.error();
        for (const QString &name : *names) {
            Result<bool> admin = directory.isAdmin(name);
            if (!admin)
                return admin.error();
            users << TeamLogin{name, *admin ? QStringLiteral("admin") : QStringLiteral("member")};
        }
    }
    if (call.json) {
        QJsonArray rows;
        for (const TeamLogin &user : users)
            rows << QJsonObject{{QStringLiteral("name"), user.name}, {QStringLiteral("role"), user.role}};
        printJson(call.out, rows);
        return {};
    }
    for (const TeamLogin &user : users)
        call.out << user.name << "\t" << user.role << "\n";
    return {};
}

} // namespace slipway::cli
