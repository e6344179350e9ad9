#include "appsession.h"
#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>
#include <QProcessEnvironment>

namespace slipway::cli {

namespace {

Result<qint64> approvalId(const QString &word) {
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(QStringLiteral("\"%1\" is not an approval id (a positive number)").arg(word));
    return id;
}

// --token, else $SLIPWAY_TOKEN: what "revalidate identity" asks for.
QString credentialOf(const Invocation &call) {
    if (call.options.isSet(QStringLiteral("token")))
        return call.options.value(QStringLiteral("token"));
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("SLIPWAY_TOKEN"));
}

void printApprovalText(QTextStream &out, const ApprovalRecord &a) {
    out << a.id << "\t" << toString(a.kind) << "\t" << a.approver << "\t" << toString(a.status) << "\t"
        << a.pipelineName << " / " << a.releaseName << " / " << a.stageName;
    if (a.deferredUntil.isValid())
        out << "\tdeferred until " << a.deferredUntil.toLocalTime().toString(Qt::ISODate);
    out << "\n";
}

// Runs one decision per id; every id is tried, and the first failure decides the exit code.
Status decideEach(const Invocation &call, const QString &usage,
                  const std::function<Result<ApprovalRecord>(qint64)> &decide) {
    if (call.words.isEmpty())
        return Error::validation(QStringLiteral("usage: slipway ") + usage);
    QJsonArray decided;
    std::optional<Error> firstError;
    for (const QString &word : call.words) {
        Result<qint64> id = approvalId(word);
        Result<ApprovalRecord> result = id ? decide(*id) : Result<ApprovalRecord>(id.error());
        if (!result) {
            if (!firstError)
                firstError = result.error();
            else
                call.err << result.error().message << "\n";
            continue;
        }
        decided.append(approvalJson(*result));
        if (!call.json)
            printApprovalText(call.out, *result);
    }
    if (call.json)
        printJson(call.out, decided);
    if (firstError)
        return *firstError;
    return {};
}

} // namespace

Status approvals(const Invocation &call) {
    const bool all = call.options.isSet(QStringLiteral("all"));
    Result<QList<ApprovalRecord>> pending = call.session.services().approvals.pending(call.session.identity(), all);
    if (!pending)
        return pending.error();
    if (call.json) {
        QJsonArray list;
        for (const ApprovalRecord &a : std::as_const(*pending))
            list.append(approvalJson(a));
        printJson(call.out, list);
        return {};
    }
    if (pending->isEmpty())
        call.out << (all ? "No pending approvals\n" : "Nothing waits for your approval\n");
    for (const ApprovalRecord &a : std::as_const(*pending))
        printApprovalText(call.out, a);
    return {};
}

Status approve(const Invocation &call) {
    ApprovalService &service = call.session.services().approvals;
    const ApprovalDecision decision{call.options.value(QStringLiteral("comment")), credentialOf(call), {}};
    const bool override = call.options.isSet(QStringLiteral("override"));
    return decideEach(call, QStringLiteral("approve APPROVAL... [--comment TEXT] [--token TOKEN] [--override]"),
                      [&](qint64 id) {
                          return override ? service.override(id, decision.comment, call.session.identity())
                                          : service.approve(id, decision, call.session.identity());
                      });
}

Status reject(const Invocation &call) {
    ApprovalService &service = call.session.services().approvals;
    const ApprovalDecision decision{call.options.value(QStringLiteral("comment")), credentialOf(call), {}};
    return decideEach(call, QStringLiteral("reject APPROVAL... [--comment TEXT] [--token TOKEN]"),
                      [&](qint64 id) { return service.reject(id, decision, call.session.identity()); });
}

Status defer(const Invocation &call) {
    const QString usage = QStringLiteral("defer APPROVAL --until ISO-8601 [--comment TEXT]");
    if (call.words.size() != 1 || !call.options.isSet(QStringLiteral("until")))
        return Error::validation(QStringLiteral("usage: slipway ") + usage);
    const QDateTime until = QDateTime::fromString(call.options.value(QStringLiteral("until")), Qt::ISODateWithMs);
    if (!until.isValid())
        return Error::validation(
            QStringLiteral("--until takes an ISO 8601 time such as 2026-12-01T18:00:00Z, not \"%1\"")
                .arg(call.options.value(QStringLiteral("until"))));
    ApprovalService &service = call.session.services().approvals;
    const ApprovalDecision decision{call.options.value(QStringLiteral("comment")), credentialOf(call), until};
    return decideEach(call, usage, [&](qint64 id) { return service.defer(id, decision, call.session.identity()); });
}

Status reassign(const Invocation &call) {
    if (call.words.size() != 2)
        return Error::validation(QStringLiteral("usage: slipway reassign APPROVAL USER [--comment TEXT]"));
    Result<qint64> id = approvalId(call.words.first());
    if (!id)
        return id.error();
    Result<ApprovalRecord> reassigned = call.session.services().approvals.reassign(
        *id, call.words.at(1), call.options.value(QStringLiteral("comment")), call.session.identity());
    if (!reassigned)
        return reassigned.error();
    if (call.json)
        printJson(call.out, approvalJson(*reassigned));
    else
        call.out << "Approval " << *id << " reassigned to " << call.words.at(1) << " as approval " << reassigned->id
                 << "\n";
    return {};
}

Status gateIgnore(const Invocation &call) {
    if (call.words.size() != 2)
        return Error::validation(QStringLiteral("usage: slipway gate ignore DEPLOYMENT GATE --comment TEXT"));
    bool ok = false;
    const qint64 deployment = call.words.first().toLongLong(&ok);
    if (!ok || deployment <= 0)
        return Error::validation(
            QStringLiteral("\"%1\" is not a deployment id (a positive number)").arg(call.words.first()));
    if (Status ignored = call.session.services().approvals.ignoreGate(
            deployment, call.words.at(1), call.options.value(QStringLiteral("comment")), call.session.identity());
        !ignored)
        return ignored;
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("deployment"), deployment},
                                        {QStringLiteral("ignoredGate"), call.words.at(1)}});
    else
        call.out << "Gate \"" << call.words.at(1) << "\" is ignored for deployment " << deployment << "\n";
    return {};
}

Status groupAdd(const Invocation &call) {
    if (call.words.isEmpty())
        return Error::validation(QStringLiteral("usage: slipway group add NAME [MEMBER]..."));
    const QString name = call.words.first();
    const QStringList members = call.words.mid(1);
    DirectoryService &directory = call.session.services().directory;
    if (Status added = directory.addGroup(name, members, call.session.identity()); !added)
        return added;
    Result<QStringList> all = directory.groupMembers(name);
    if (!all)
        return all.error();
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("members"), QJsonArray::fromStringList(*all)}});
    else
        call.out << "Group " << name << ": "
                 << (all->isEmpty() ? QStringLiteral("(no members)") : all->join(QStringLiteral(", "))) << "\n";
    return {};
}

Status tokenCreate(const Invocation &call) {
    Result<CreatedToken> token = call.session.services().directory.createToken(
        call.options.value(QStringLiteral("name")), call.session.identity());
    if (!token)
        return token.error();
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("id"), token->id},
                                        {QStringLiteral("user"), call.session.identity().userName},
                                        {QStringLiteral("token"), token->secret}});
    else
        call.out << "Token " << token->id << " for " << call.session.identity().userName
                 << " (shown only now; store it safely):\n"
                 << token->secret << "\n";
    return {};
}

Status tokenRevoke(const Invocation &call) {
    if (call.words.size() != 1)
        return Error::validation(QStringLiteral("usage: slipway token revoke ID"));
    bool ok = false;
    const qint64 id = call.words.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(
            QStringLiteral("\"%1\" is not a token id (a positive number)").arg(call.words.first()));
    if (Status revoked = call.session.services().directory.revokeToken(id, call.session.identity()); !revoked)
        return revoked;
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}});
    else
        call.out << "Token " << id << " revoked\n";
    return {};
}

} // namespace slipway::cli
