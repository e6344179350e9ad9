#include "commandline.h"

#include "appsession.h"
#include "arguments.h"
#include "commands.h"
#include "terminalwait.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace slipway::cli {

namespace {

using Handler = std::function<Status(const Invocation &)>;

struct CommandEntry final {
    QStringList words; // "pipeline import" -> {"pipeline", "import"}
    Handler handler;
};

const QList<CommandEntry> &commandTable() {
    static const QList<CommandEntry> table{
        {{QStringLiteral("pipeline"), QStringLiteral("import")}, pipelineImport},
        {{QStringLiteral("pipeline"), QStringLiteral("export")}, pipelineExport},
        {{QStringLiteral("pipeline"), QStringLiteral("list")}, pipelineList},
        {{QStringLiteral("pipeline"), QStringLiteral("validate")}, pipelineValidate},
        {{QStringLiteral("artifact"), QStringLiteral("add")}, artifactAdd},
        {{QStringLiteral("release"), QStringLiteral("create")}, releaseCreate},
        {{QStringLiteral("release"), QStringLiteral("list")}, releaseList},
        {{QStringLiteral("release"), QStringLiteral("show")}, releaseShow},
        {{QStringLiteral("release"), QStringLiteral("abandon")}, releaseAbandon},
        {{QStringLiteral("user"), QStringLiteral("add")}, userAdd},
        {{QStringLiteral("user"), QStringLiteral("remove")}, userRemove},
        {{QStringLiteral("user"), QStringLiteral("list")}, userList},
        {{QStringLiteral("deploy")}, deploy},
        {{QStringLiteral("cancel")}, cancel},
        {{QStringLiteral("logs")}, logs},
        {{QStringLiteral("intervention")}, intervention},
        {{QStringLiteral("approvals")}, approvals},
        {{QStringLiteral("approve")}, approve},
        {{QStringLiteral("reject")}, reject},
        {{QStringLiteral("defer")}, defer},
        {{QStringLiteral("reassign")}, reassign},
        {{QStringLiteral("gate"), QStringLiteral("ignore")}, gateIgnore},
        {{QStringLiteral("group"), QStringLiteral("add")}, groupAdd},
        {{QStringLiteral("token"), QStringLiteral("create")}, tokenCreate},
        {{QStringLiteral("token"), QStringLiteral("revoke")}, tokenRevoke},
        {{QStringLiteral("retention")}, retention},
        {{QStringLiteral("audit"), QStringLiteral("verify")}, auditVerify},
        {{QStringLiteral("demo-data")}, demoData},
        {{QStringLiteral("agents"), QStringLiteral("disable")}, agentDisable},
        {{QStringLiteral("agents"), QStringLiteral("enable")}, agentEnable},
        {{QStringLiteral("agents")}, agentList},
        {{QStringLiteral("variable-group"), QStringLiteral("add")}, variableGroupAdd},
        {{QStringLiteral("variable-group"), QStringLiteral("set")}, variableGroupSet},
        {{QStringLiteral("variable-group"), QStringLiteral("unset")}, variableGroupUnset},
        {{QStringLiteral("variable-group"), QStringLiteral("list")}, variableGroupList},
        {{QStringLiteral("variable-group"), QStringLiteral("show")}, variableGroupShow},
        {{QStringLiteral("variable-group"), QStringLiteral("remove")}, variableGroupRemove},
    };
    return table;
}

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Validation: return 1;
    case ErrorKind::NotFound: return 2;
    case ErrorKind::Forbidden: return 3;
    case ErrorKind::Conflict: return 4;
    case ErrorKind::Storage: return 1;
    case ErrorKind::Busy: return 5;
    }
    return 1;
}

const CommandEntry *findCommand(const QStringList &positional) {
    for (const CommandEntry &entry : commandTable())
        if (positional.size() >= entry.words.size() && positional.mid(0, entry.words.size()) == entry.words)
            return &entry;
    return nullptr;
}

// The second words of the commands that start with `group` ("release" -> create, list, show, abandon).
QStringList subcommandsOf(const QString &group) {
    QStringList words;
    for (const CommandEntry &entry : commandTable())
        if (entry.words.size() > 1 && entry.words.first() == group)
            words.append(entry.words.at(1));
    return words;
}

} // namespace

int run(const Arguments &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = arguments.positional();
    if (positional.first() == QLatin1String("db")) {
        const Status done = database(positional.mid(1), out, err);
        out.flush();
        if (!done) {
            err << "slipway: " << done.error().message << "\n";
            return exitCodeFor(done.error().kind);
        }
        return 0;
    }
    const CommandEntry *command = findCommand(positional);
    if (!command) {
        if (const QStringList subcommands = subcommandsOf(positional.first()); !subcommands.isEmpty()) {
            err << "slipway: \"" << positional.first() << "\" needs one of: " << subcommands.join(QStringLiteral(", "));
            if (positional.size() > 1)
                err << " (not \"" << positional.at(1) << "\")";
            err << "\n";
            return 1;
        }
        err << "slipway: unknown command \"" << positional.join(QLatin1Char(' '))
            << "\"; see docs/cli.md for the commands\n";
        return 1;
    }

    Result<std::unique_ptr<AppSession>> session =
        AppSession::open(arguments.value(QStringLiteral("database")), arguments.value(QStringLiteral("user")));
    if (!session) {
        err << "slipway: " << session.error().message << "\n";
        return exitCodeFor(session.error().kind);
    }
    const Invocation call{positional.mid(command->words.size()),
                          arguments.options(),
                          **session,
                          arguments.isSet(QStringLiteral("json")),
                          out,
                          err};
    TerminalWait wait(err);
    (*session)->services().memberRequests.setWaiter(&wait);
    const Status result = command->handler(call);
    (*session)->services().memberRequests.setWaiter(nullptr);
    out.flush();
    if (!result) {
        // Validation may carry one problem per line; each gets its own line on stderr.
        for (const QString &line : result.error().message.split(QLatin1Char('\n')))
            err << line << "\n";
        return exitCodeFor(result.error().kind);
    }
    return 0;
}

} // namespace slipway::cli
