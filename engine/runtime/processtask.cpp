#include "processtask.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace slipway {

namespace {
const char *const streamNames[] = {"stdout", "stderr"};
constexpr int killGraceMs = 5000; // SIGTERM, then SIGKILL after this long
} // namespace

ProcessTask::ProcessTask(QString program, QStringList arguments, const QProcessEnvironment &environment,
                         const QString &workingDirectory, QObject *parent)
    : TaskExecutor(parent), m_program(std::move(program)), m_arguments(std::move(arguments)) {
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(workingDirectory);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { read(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { read(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, &ProcessTask::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_done)
            return;
        m_done = true;
        Q_EMIT finished({TaskStatus::Failed, std::nullopt,
                         QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString())});
    });
}

ProcessTask::~ProcessTask() {
    if (m_process.state() != QProcess::NotRunning) {
        signalGroup(SIGKILL);
        m_process.waitForFinished(1000);
    }
}

// The task's program runs only once its group is recorded: a shell waits on fd 3 for "go" from the engine, then
// execs the program (its arguments passed as "$@", never interpreted). Should the engine die first, the wait ends
// with nothing read and so does the task, before it could start anything the record would not cover.
void ProcessTask::start() {
    const QString program =
        m_program.contains(QLatin1Char('/')) ? m_program : QStandardPaths::findExecutable(m_program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_done = true;
        Q_EMIT finished(
            {TaskStatus::Failed, std::nullopt, QStringLiteral("cannot start %1: no such program").arg(m_program)});
        return;
    }
    int gate[2];
    if (::pipe2(gate, O_CLOEXEC) != 0) {
        m_done = true;
        Q_EMIT finished({TaskStatus::Failed, std::nullopt, QStringLiteral("cannot start %1: no pipe").arg(m_program)});
        return;
    }
    // In the child, before exec (async-signal-safe calls only): lead a group of its own, and die with the engine.
    // PR_SET_PDEATHSIG fires when the *thread* that forked exits, not the process: tasks are started on the
    // engine's thread (EngineHost's `slipway-engine` QThread, or the thread a DeploymentEngine runs on directly),
    // which lives until the engine has stopped all its runs. The group's other members are not covered by it:
    // the engine records the group and a later engine ends it (processgroups.h).
    const pid_t engine = ::getpid();
    m_process.setChildProcessModifier([engine, readEnd = gate[0], writeEnd = gate[1]] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != engine) // the engine died before the line above: nothing would end this process
            ::_exit(127);
        ::close(writeEnd);
        if (readEnd == 3)
            ::fcntl(3, F_SETFD, 0); // kept across exec
        else
            ::dup2(readEnd, 3); // the copy is kept across exec
    });
    m_process.start(QStringLiteral("/bin/sh"),
                    QStringList{QStringLiteral("-c"),
                                QStringLiteral("IFS= read -r go <&3 && [ \"$go\" = go ] || exit 126; exec 3<&-; "
                                               "exec \"$0\" \"$@\""),
                                program} +
                        m_arguments);
    ::close(gate[0]);
    m_groupId = m_process.processId(); // known once forked; the shell waits for the record
    if (m_groupId > 0)
        Q_EMIT processStarted(m_groupId);
    (void)!::write(gate[1], "go\n", 3);
    ::close(gate[1]);
    m_process.waitForStarted(10000);
}

void ProcessTask::signalGroup(int signal) {
    if (m_groupId > 0)
        ::kill(-pid_t(m_groupId), signal);
}

void ProcessTask::stop(TaskStatus status, const QString &reason) {
    if (m_done || m_stopped)
        return;
    m_stopped = TaskOutcome{status, std::nullopt, reason};
    signalGroup(SIGTERM);
    m_killTimer.start(killGraceMs);
}

void ProcessTask::read(QProcess::ProcessChannel channel) {
    m_process.setReadChannel(channel);
    QByteArray &pending = m_pending[channel];
    pending += m_process.readAll();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        QByteArray line = pending.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        pending.remove(0, newline + 1);
        Q_EMIT output(QString::fromLatin1(streamNames[channel]), QString::fromUtf8(line));
    }
}

void ProcessTask::flushPartialLines() {
    for (int channel : {0, 1}) {
        read(QProcess::ProcessChannel(channel));
        if (!m_pending[channel].isEmpty())
            Q_EMIT output(QString::fromLatin1(streamNames[channel]), QString::fromUtf8(m_pending[channel]));
        m_pending[channel].clear();
    }
}

void ProcessTask::onFinished(int exitCode, QProcess::ExitStatus exitStatus) {
    if (m_done)
        return;
    m_done = true;
    m_killTimer.stop();
    flushPartialLines();
    signalGroup(SIGKILL); // leave nothing of the task behind
    if (m_stopped) {
        m_stopped->exitCode = exitStatus == QProcess::NormalExit ? std::optional<int>(exitCode) : std::nullopt;
        Q_EMIT finished(*m_stopped);
        return;
    }
    if (exitStatus != QProcess::NormalExit) {
        Q_EMIT finished({TaskStatus::Failed, std::nullopt, QStringLiteral("the process crashed")});
        return;
    }
    if (exitCode != 0)
        Q_EMIT finished({TaskStatus::Failed, exitCode, QStringLiteral("exit code %1").arg(exitCode)});
    else
        Q_EMIT finished({TaskStatus::Succeeded, 0, {}});
}

} // namespace slipway
