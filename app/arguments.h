#pragma once

#include "pagerouting.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

class QTextStream;

namespace slipway {

// How a start of the program runs: the window, the engine alone, or one command (`slipway release list`).
enum class RunMode { Window, Headless, Command };

// The program's one command-line parser, for the window, --headless and the commands alike: the options
// each way of running accepts, what they mean, and the mistakes in them (an unknown option, a missing
// value, a --page or --grace that says nothing valid), told in one line.
class Arguments final {
public:
    // Words name a command (the window takes none); else --headless runs the engine; else the window.
    static RunMode modeOf(const QStringList &arguments);
    // `arguments` start with the program's name. The window's descriptions are translated when this runs.
    static Arguments parse(const QStringList &arguments, RunMode mode);
    static Arguments parse(const QStringList &arguments) { return parse(arguments, modeOf(arguments)); }

    RunMode mode() const { return m_mode; }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; } // without the "slipway: " every message starts with
    bool helpRequested() const;
    bool versionRequested() const;
    QString helpText() const { return m_parser->helpText(); }

    bool isSet(const QString &name) const { return m_parser->isSet(name); }
    QString value(const QString &name) const { return m_parser->value(name); }
    QStringList positional() const { return m_parser->positionalArguments(); }
    const QCommandLineParser &options() const { return *m_parser; }
    const PageRequest &page() const { return m_page; }  // the window's --page
    int graceSeconds() const { return m_graceSeconds; } // --headless: --grace, 10 by default

private:
    explicit Arguments(RunMode mode);
    bool checkValues();
    void checkAgentValues(); // `slipway agent`: its name, pools and capabilities

    RunMode m_mode;
    std::unique_ptr<QCommandLineParser> m_parser;
    QString m_error;
    PageRequest m_page;
    int m_graceSeconds = 10;
};

// What a command line answers without running: a mistake (stderr, 1), --help or --version (stdout, 0).
// Empty when the program runs.
std::optional<int> answerWithoutRunning(const Arguments &arguments, QTextStream &out, QTextStream &err);

} // namespace slipway
