#pragma once

#include "runtime/processgroups.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

#include <csignal>
#include <cstdio>

namespace slipway::testing {

// The non-empty lines of a marker file the tasks of a test append to (none while it does not exist yet).
inline QStringList lines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Real `slipway --headless` engines for the crash tests. Each engine, and so every task process it starts, carries
// SLIPWAY_TEST_MARKER=<marker> in its environment: what of a test is still running is found in /proc by it.
class EngineProcesses final {
public:
    EngineProcesses(QString binary, QString database, QByteArray marker)
        : m_binary(std::move(binary)), m_database(std::move(database)), m_marker(std::move(marker)) {}
    ~EngineProcesses() { stopAll(); }

    // `extra` goes after the usual arguments (for example --listen for one that also serves REST).
    QProcess *start(const QStringList &extra = {}) {
        auto *process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SLIPWAY_TEST_MARKER"), QString::fromUtf8(m_marker));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
        const QStringList usual{QStringLiteral("--headless"), QStringLiteral("--database"), m_database,
                                QStringLiteral("--grace"), QStringLiteral("1")};
        process->start(m_binary, usual + extra);
        if (!process->waitForStarted())
            qFatal("cannot start the engine");
        m_engines << process;
        return process;
    }

    // Starts an engine and waits until it says it runs (its stderr is passed on to the test's).
    QProcess *startReady(const QStringList &extra = {}, int timeoutMs = 30000) {
        QProcess *process = start(extra);
        process->setReadChannel(QProcess::StandardError); // what waitForReadyRead waits for
        QByteArray said;
        QDeadlineTimer deadline(timeoutMs);
        while (!said.contains("slipway: engine running on") && !deadline.hasExpired() &&
               process->state() == QProcess::Running) {
            process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            const QByteArray chunk = process->readAllStandardError();
            fputs(chunk.constData(), stderr);
            said += chunk;
        }
        return process;
    }

    static void kill9(QProcess *process) {
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished();
    }

    void stopAll() {
        for (QProcess *engine : std::as_const(m_engines)) {
            if (engine->state() != QProcess::NotRunning) {
                engine->terminate();
                if (!engine->waitForFinished(10000))
                    kill9(engine);
            }
            delete engine;
        }
        m_engines.clear();
    }

    QSet<qint64> enginePids() const {
        QSet<qint64> pids;
        for (const QProcess *engine : m_engines)
            if (engine->state() != QProcess::NotRunning)
                pids << engine->processId();
        return pids;
    }

    // Running processes (zombies run nothing) with the marker in their environment, other than the engines.
    QList<qint64> taskProcesses() const {
        const QByteArray needle = "SLIPWAY_TEST_MARKER=" + m_marker;
        const QSet<qint64> engines = enginePids();
        QList<qint64> found;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric || engines.contains(pid))
                continue;
            const std::optional<ProcessFacts> facts = processFacts(pid);
            if (!facts || !facts->running())
                continue;
            QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
            if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(needle))
                found << pid;
        }
        return found;
    }

    static bool isRunning(qint64 pid) {
        const std::optional<ProcessFacts> facts = processFacts(pid);
        return facts && facts->running();
    }

private:
    QString m_binary;
    QString m_database;
    QByteArray m_marker;
    QList<QProcess *> m_engines;
};

} // namespace slipway::testing
