#include "processgroups.h"

#include <QDir>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace slipway {

namespace {

QByteArray readSmallFile(const QByteArray &path) {
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buffer[1024];
    QByteArray content;
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && content.size() < 8192)
        content.append(buffer, qsizetype(n));
    ::close(fd);
    return content;
}

QString stageKey(qint64 pipelineId, const QString &stage) {
    return QString::number(pipelineId) + QLatin1Char('/') + stage;
}

// A pidfd pins the process it names: signalled through it, a pid reused meanwhile is never reached.
int openPidfd(qint64 pid) {
#ifdef SYS_pidfd_open
    return int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
#else
    Q_UNUSED(pid);
    errno = ENOSYS;
    return -1;
#endif
}

bool sendThroughPidfd(int pidfd, qint64 pid, int signal) {
#ifdef SYS_pidfd_send_signal
    if (pidfd >= 0)
        return ::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0) == 0;
#endif
    Q_UNUSED(pidfd);
    return ::kill(pid_t(pid), signal) == 0; // no pidfds (kernel < 5.3): checked just before, as close as it gets
}

bool isMember(const ProcessGroupRecord &group, const std::optional<ProcessFacts> &facts) {
    return facts && facts->groupId == group.groupId && facts->startTicks >= group.leaderStartTicks && facts->running();
}

} // namespace

std::optional<ProcessFacts> processFacts(qint64 pid) {
    if (pid <= 0)
        return std::nullopt;
    const QByteArray stat = readSmallFile("/proc/" + QByteArray::number(pid) + "/stat");
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so fields count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0).isEmpty())
        return std::nullopt;
    bool groupOk = false, startOk = false;
    ProcessFacts facts;
    facts.state = fields.at(0).at(0);                      // field 3
    facts.groupId = fields.at(2).toLongLong(&groupOk);     // field 5
    facts.startTicks = fields.at(19).toLongLong(&startOk); // field 22
    if (!groupOk || !startOk)
        return std::nullopt;
    return facts;
}

QString currentBootId() {
    return QString::fromLatin1(readSmallFile("/proc/sys/kernel/random/boot_id").trimmed());
}

std::optional<ProcessGroupRecord> identifyGroup(qint64 leaderPid) {
    const std::optional<ProcessFacts> leader = processFacts(leaderPid);
    const QString boot = currentBootId();
    if (!leader || leader->groupId != leaderPid || boot.isEmpty())
        return std::nullopt;
    ProcessGroupRecord group;
    group.groupId = leaderPid;
    group.leaderStartTicks = leader->startTicks;
    group.bootId = boot;
    return group;
}

static bool mayStillRun(const ProcessGroupRecord &group) {
    if (group.groupId <= 1 || group.bootId.isEmpty() || group.bootId != currentBootId())
        return false; // rebooted since: nothing of it runs
    if (const std::optional<ProcessFacts> leader = processFacts(group.groupId);
        leader && leader->startTicks != group.leaderStartTicks)
        return false; // the pid is another process's now
    return !(::kill(-pid_t(group.groupId), 0) != 0 && errno == ESRCH);
}

QHash<qint64, QList<qint64>> survivorsOf(const QList<ProcessGroupRecord> &groups) {
    QMultiHash<qint64, const ProcessGroupRecord *> candidates; // by group id
    for (const ProcessGroupRecord &group : groups)
        if (mayStillRun(group))
            candidates.insert(group.groupId, &group);
    QHash<qint64, QList<qint64>> survivors;
    if (candidates.isEmpty())
        return survivors;
    // One pass over /proc for all of them.
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == ::getpid())
            continue;
        const std::optional<ProcessFacts> facts = processFacts(pid);
        if (!facts)
            continue;
        const auto [first, last] = candidates.equal_range(facts->groupId);
        for (auto it = first; it != last; ++it)
            if (isMember(**it, facts))
                survivors[(*it)->taskRunId] << pid;
    }
    return survivors;
}

int signalSurvivors(const ProcessGroupRecord &group, const QList<qint64> &pids, int signal) {
    int signalled = 0;
    for (qint64 pid : pids) {
        const int pidfd = openPidfd(pid);
        if (pidfd < 0 && errno != ENOSYS)
            continue; // gone
        if (isMember(group, processFacts(pid)) && sendThroughPidfd(pidfd, pid, signal))
            ++signalled;
        if (pidfd >= 0)
            ::close(pidfd);
    }
    return signalled;
}

QList<qint64> ProcessGroupReaper::sweep(const QList<ProcessGroupRecord> &open) {
    const QHash<qint64, QList<qint64>> survivors = survivorsOf(open);
    QList<qint64> gone;
    m_heldStages.clear();
    for (const ProcessGroupRecord &group : open) {
        const QList<qint64> running = survivors.value(group.taskRunId);
        if (running.isEmpty()) {
            gone << group.taskRunId;
            continue;
        }
        m_heldStages.insert(stageKey(group.pipelineId, group.stageName));
        auto ending = m_ending.find(group.taskRunId);
        if (ending == m_ending.end()) {
            qInfo("slipway: engine: ending process group %lld that a stopped engine left running (%lld processes)",
                  group.groupId, qint64(running.size()));
            signalSurvivors(group, running, SIGTERM);
            m_ending[group.taskRunId].start();
        } else if (ending->hasExpired(graceMs)) {
            signalSurvivors(group, running, SIGKILL);
        }
    }
    for (auto it = m_ending.begin(); it != m_ending.end();)
        it = survivors.contains(it.key()) ? std::next(it) : m_ending.erase(it);
    return gone;
}

bool ProcessGroupReaper::holds(qint64 pipelineId, const QString &stage) const {
    return m_heldStages.contains(stageKey(pipelineId, stage));
}

} // namespace slipway
