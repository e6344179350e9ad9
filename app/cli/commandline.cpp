#include "commandline.h"

#include "appsession.h"
#include "commands.h"

#include <QCommandLineParser>
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
        {{QStringLiteral("demo-data")}, demoData},
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
    }
    return 1;
}

void addOptions(QCommandLineParser &parser) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("SQLite file to use."), QStringLiteral("PATH")},
        {QStringLiteral("user"), QStringLiteral("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("json"), QStringLiteral("Print results as JSON.")},
        {QStringLiteral("project"), QStringLiteral("Project of an imported pipeline."), QStringLiteral("P")},
        {QStringLiteral("artifact"), QStringLiteral("Artifact version for a release."),
         QStringLiteral("ALIAS=VERSION")},
        {QStringLiteral("manual-stage"), QStringLiteral("Stage not triggered for this release."),
         QStringLiteral("STAGE")},
        {QStringLiteral("description"), QStringLiteral("Release description."), QStringLiteral("TEXT")},
        {QStringLiteral("draft"), QStringLiteral("Create the release as a draft.")},
        {QStringLiteral("var"), QStringLiteral("Release-time variable value."), QStringLiteral("NAME=VALUE")},
        {QStringLiteral("top"), QStringLiteral("How many releases to list."), QStringLiteral("N")},
        {QStringLiteral("branch"), QStringLiteral("Branch of an artifact version."), QStringLiteral("B")},
        {QStringLiteral("tag"), QStringLiteral("Tag of an artifact version."), QStringLiteral("T")},
        {QStringLiteral("commit"), QStringLiteral("Commit of an artifact version."), QStringLiteral("SHA")},
        {QStringLiteral("display-name"), QStringLiteral("Display name of a user."), QStringLiteral("TEXT")},
        {QStringLiteral("comment"), QStringLiteral("Comment for a deployment or decision."), QStringLiteral("TEXT")},
        {QStringLiteral("at"), QStringLiteral("Start a deployment at this time."), QStringLiteral("ISO-8601")},
        {QStringLiteral("all"), QStringLiteral("approvals: every pending approval, not only yours.")},
        {QStringLiteral("until"), QStringLiteral("defer: the time to defer to."), QStringLiteral("ISO-8601")},
        {QStringLiteral("token"), QStringLiteral("A token of yours, when an approval revalidates identity."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("override"), QStringLiteral("approve: approve the whole step as an administrator.")},
        {QStringLiteral("admin"), QStringLiteral("user add: make the user an administrator.")},
        {QStringLiteral("name"), QStringLiteral("token create: a name for the token."), QStringLiteral("TEXT")},
        {QStringLiteral("dry-run"), QStringLiteral("retention: list what would be deleted, delete nothing.")},
        {QStringLiteral("follow"), QStringLiteral("Keep printing log lines until the deployment ends.")},
        {QStringLiteral("releases"), QStringLiteral("demo-data: how many releases."), QStringLiteral("N")},
        {QStringLiteral("deployments"), QStringLiteral("demo-data: how many deployments."), QStringLiteral("M")},
        {QStringLiteral("grace"), QStringLiteral("Headless: seconds to let running deployments finish on SIGTERM."),
         QStringLiteral("SECONDS")},
        // Known here so that telling commands from window options never mistakes their values for words.
        {QStringLiteral("screenshot"), QStringLiteral("Window only: save a PNG and exit."), QStringLiteral("FILE")},
        {QStringLiteral("listen"), QStringLiteral("Serve the REST API."), QStringLiteral("ADDR:PORT")},
        {QStringLiteral("page"), QStringLiteral("Window only: the page to open first."), QStringLiteral("PAGE")},
        {QStringLiteral("headless"), QStringLiteral("Run the engine without a window.")},
    });
    parser.addHelpOption();
    parser.addVersionOption();
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

QStringList positionalWords(const QStringList &arguments) {
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments);
    return parser.positionalArguments();
}

} // namespace

bool isCommand(const QStringList &arguments) {
    // The window takes no positional arguments, so any word is meant as a command.
    return !positionalWords(arguments).isEmpty();
}

int run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err << "slipway: " << parser.errorText() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
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
        AppSession::open(parser.value(QStringLiteral("database")), parser.value(QStringLiteral("user")));
    if (!session) {
        err << "slipway: " << session.error().message << "\n";
        return exitCodeFor(session.error().kind);
    }
    const Invocation call{positional.mid(command->words.size()), parser, **session,
                          parser.isSet(QStringLiteral("json")),  out,    err};
    const Status result = command->handler(call);
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
