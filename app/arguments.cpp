#include "arguments.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace slipway {

namespace {

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr) {
    QCommandLineOption made(QString::fromLatin1(name), QString::fromUtf8(description));
    if (valueName)
        made.setValueName(QString::fromLatin1(valueName));
    return made;
}

// The commands' options (docs/cli.md). The window's and --headless's are here too, so that telling a
// command from a window option never mistakes an option's value for a command's word.
QList<QCommandLineOption> commandOptions() {
    return {
        option("database", "SQLite file or postgresql:// URI to use.", "PATH"),
        option("user", "Act as this user (on a file; a team database acts as its login).", "NAME"),
        option("json", "Print results as JSON."),
        option("project", "Project of an imported pipeline.", "P"),
        option("artifact", "Artifact version for a release.", "ALIAS=VERSION"),
        option("manual-stage", "Stage not triggered for this release.", "STAGE"),
        option("description", "Release description.", "TEXT"),
        option("draft", "Create the release as a draft."),
        option("var", "Release-time variable value.", "NAME=VALUE"),
        option("top", "How many releases to list.", "N"),
        option("branch", "Branch of an artifact version.", "B"),
        option("tag", "Tag of an artifact version.", "T"),
        option("commit", "Commit of an artifact version.", "SHA"),
        option("display-name", "Display name of a user.", "TEXT"),
        option("comment", "Comment for a deployment or decision.", "TEXT"),
        option("at", "Start a deployment at this time.", "ISO-8601"),
        option("all", "approvals: every pending approval, not only yours."),
        option("until", "defer: the time to defer to.", "ISO-8601"),
        option("token", "A token of yours, when an approval revalidates identity.", "TOKEN"),
        option("override", "approve: approve the whole step as an administrator."),
        option("admin", "user add: make the user an administrator."),
        option("member", "user add: on a team database, a member (the default): acts through the engines."),
        option("engine", "user add: on a team database, an engine's login: runs deployments, reads secrets."),
        option("password-stdin", "user add: on a team database, read the login's password from standard input."),
        option("name", "token create: a name for the token.", "TEXT"),
        option("dry-run", "retention: list what would be deleted; pipeline import: show the report, save nothing."),
        option("from", "pipeline import: the file's format, azure or slipway (default: found from the file).",
               "FORMAT"),
        option("secret", "variable-group set: the variable is secret (give the value as - to read it from stdin)."),
        option("include-secrets", "pipeline export: write secret values too (administrators only; audited)."),
        option("follow", "Keep printing log lines until the deployment ends."),
        option("releases", "demo-data: how many releases.", "N"),
        option("deployments", "demo-data: how many deployments.", "M"),
        option("grace", "Headless: seconds to let running deployments finish on SIGTERM.", "SECONDS"),
        option("screenshot", "Window only: save a PNG and exit.", "FILE"),
        option("listen", "Serve the REST API.", "ADDR:PORT"),
        option("page", "Window only: the page to open first.", "PAGE"),
        option("headless", "Run the engine without a window."),
        option("pool", "agent: the pools it serves, comma-separated.", "POOL[,POOL...]"),
        option("capability", "agent: a capability stages may demand (repeatable).", "KEY=VALUE"),
    };
}

QList<QCommandLineOption> headlessOptions() {
    return {option("headless", "Run the engine without a window."),
            option("database", "SQLite file or postgresql:// URI to use.", "PATH"),
            option("user", "Act as this user (on a file; a team database acts as its login).", "NAME"),
            option("listen", "Serve the REST API.", "ADDR:PORT"),
            option("grace", "Seconds to let deployments finish on SIGTERM.", "SECONDS"),
            option("name", "agent: its name (default: the host's).", "NAME"),
            option("pool", "agent: the pools it serves, comma-separated.", "POOL[,POOL...]"),
            option("capability", "agent: a capability stages may demand (repeatable).", "KEY=VALUE")};
}

// In the user's language: the window's --help is read by people who start it by hand.
QList<QCommandLineOption> windowOptions() {
    static const char *const table[][3] = {
        {"database", QT_TRANSLATE_NOOP("Gui", "SQLite file or postgresql:// URI to use."), "PATH"},
        {"user", QT_TRANSLATE_NOOP("Gui", "Act as this user (on a file; a team database acts as its login)."), "NAME"},
        {"screenshot", QT_TRANSLATE_NOOP("Gui", "Save the window as a PNG, then exit."), "FILE"},
        {"listen", QT_TRANSLATE_NOOP("Gui", "Also serve the REST API on this address."), "ADDR:PORT"},
        {"page",
         QT_TRANSLATE_NOOP("Gui", "Open this page first: approvals, dashboard, whatswhere, library, agents, settings, "
                                  "release:ID[:TAB] or editor:ID[:TAB]."),
         "PAGE"},
    };
    QList<QCommandLineOption> options;
    for (const auto &[name, description, valueName] : table)
        options.append(QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("Gui", description),
                                          QString::fromLatin1(valueName)));
    return options;
}

void describe(QCommandLineParser &parser, RunMode mode) {
    switch (mode) {
    case RunMode::Command:
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(commandOptions());
        parser.addHelpOption();
        parser.addVersionOption();
        return;
    case RunMode::Headless:
        parser.addOptions(headlessOptions());
        parser.addHelpOption();
        return;
    case RunMode::Window:
        parser.setApplicationDescription(QCoreApplication::translate("Gui", "Slipway, a local-first release manager."));
        parser.addOptions(windowOptions());
        parser.addHelpOption();
        parser.addVersionOption();
        return;
    }
}

} // namespace

RunMode Arguments::modeOf(const QStringList &arguments) {
    QCommandLineParser parser;
    describe(parser, RunMode::Command);
    parser.parse(arguments); // mistakes are told by the parse of the mode found
    // `slipway agent` is an engine without a window too, one that serves pools (docs/agents.md).
    if (parser.isSet(QStringLiteral("headless")) || parser.positionalArguments().value(0) == QLatin1String("agent"))
        return RunMode::Headless;
    return parser.positionalArguments().isEmpty() ? RunMode::Window : RunMode::Command;
}

Arguments::Arguments(RunMode mode) : m_mode(mode), m_parser(std::make_unique<QCommandLineParser>()) {
    describe(*m_parser, mode);
}

Arguments Arguments::parse(const QStringList &arguments, RunMode mode) {
    Arguments parsed(mode);
    if (!parsed.m_parser->parse(arguments))
        parsed.m_error = parsed.m_parser->errorText();
    else
        parsed.checkValues();
    return parsed;
}

bool Arguments::helpRequested() const {
    return m_parser->isSet(QStringLiteral("help"));
}

bool Arguments::versionRequested() const {
    // The commands accept --version without answering it, as they always did.
    return m_mode == RunMode::Window && m_parser->isSet(QStringLiteral("version"));
}

bool Arguments::checkValues() {
    if (m_mode == RunMode::Window) {
        Result<PageRequest> page = parsePage(value(QStringLiteral("page")));
        if (!page)
            m_error = page.error().message;
        else
            m_page = *page;
    } else if (m_mode == RunMode::Headless) {
        if (isSet(QStringLiteral("grace"))) {
            bool ok = false;
            m_graceSeconds = value(QStringLiteral("grace")).toInt(&ok);
            if (!ok || m_graceSeconds < 0)
                m_error = QStringLiteral("--grace takes a number of seconds");
        }
        checkAgentValues();
    }
    return ok();
}

void Arguments::checkAgentValues() {
    const QStringList words = positional();
    const bool agent = words.value(0) == QLatin1String("agent");
    if (words.size() > (agent ? 1 : 0)) {
        m_error = QStringLiteral("unexpected argument \"%1\"; usage: slipway agent --database URI --name NAME --pool "
                                 "POOL[,POOL...] [--capability KEY=VALUE]...")
                      .arg(words.value(agent ? 1 : 0));
        return;
    }
    for (const char *option : {"name", "pool", "capability"})
        if (!agent && isSet(QString::fromLatin1(option))) {
            m_error =
                QStringLiteral("--%1 belongs to slipway agent (see slipway agent --help)").arg(QLatin1String(option));
            return;
        }
    if (!agent)
        return;
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    const QString name = isSet(QStringLiteral("name")) ? value(QStringLiteral("name")) : QString();
    if (isSet(QStringLiteral("name")) && !plainName.match(name).hasMatch()) {
        m_error = QStringLiteral("--name \"%1\" is not a plain name (letters, digits, . _ -; at most 63)").arg(name);
        return;
    }
    for (const QString &pool : value(QStringLiteral("pool")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!plainName.match(pool.trimmed()).hasMatch()) {
            m_error = QStringLiteral("--pool: \"%1\" is not a plain pool name (letters, digits, . _ -)").arg(pool);
            return;
        }
    for (const QString &capability : m_parser->values(QStringLiteral("capability")))
        if (capability.indexOf(QLatin1Char('=')) < 1) {
            m_error = QStringLiteral("--capability takes KEY=VALUE, not \"%1\"").arg(capability);
            return;
        }
}

std::optional<int> answerWithoutRunning(const Arguments &arguments, QTextStream &out, QTextStream &err) {
    if (!arguments.ok()) {
        err << "slipway: " << arguments.error() << "\n";
        return 1;
    }
    if (arguments.helpRequested()) {
        out << arguments.helpText();
        return 0;
    }
    if (arguments.versionRequested()) {
        out << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    return std::nullopt;
}

} // namespace slipway
