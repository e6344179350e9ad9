#pragma once

#include "store/records.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace slipway {

// What /proc says of one process (Linux).
struct ProcessFacts final {
    qint64 groupId = 0;
    qint64 startTicks = 0; // field 22 of /proc/PID/stat: clock ticks since boot
    char state = '?';
    bool running() const { return state != 'Z' && state != 'X' && state != 'x'; } // a zombie runs nothing
};
std::optional<ProcessFacts> processFacts(qint64 pid);
QString currentBootId(); // /proc/sys/kernel/random/boot_id: new at every boot

// The group a task's process leads, as recorded for it: its id, the leader's start time and the boot id.
std::optional<ProcessGroupRecord> identifyGroup(qint64 leaderPid);

// The processes still running of recorded groups, by task run (docs/security.md#task-processes-and-their-engine):
// none after a reboot, none when the leader's pid is now another process (a group's id cannot be reused while the
// group has members, so that group emptied), otherwise its members that started no earlier than its leader.
QHash<qint64, QList<qint64>> survivorsOf(const QList<ProcessGroupRecord> &groups);
// Signals those of `pids` that are still members of the group, each checked again through a pidfd so that a
// pid reused in between is not signalled. Returns how many were signalled.
int signalSurvivors(const ProcessGroupRecord &group, const QList<qint64> &pids, int signal);

// Ends the process groups that dead engines left running: SIGTERM, then SIGKILL after a grace, one step per
// sweep so that nothing waits. A stage with such a group is held: nothing of it starts until the group is gone.
class ProcessGroupReaper final {
public:
    static constexpr int graceMs = 3000;

    // One round over the open groups recorded on this host; returns the task runs whose groups are gone now.
    QList<qint64> sweep(const QList<ProcessGroupRecord> &open);
    // A recorded group of this stage still runs (or was not yet seen gone).
    bool holds(qint64 pipelineId, const QString &stage) const;

private:
    QHash<qint64, QElapsedTimer> m_ending; // task run -> since its SIGTERM
    QSet<QString> m_heldStages;
};

} // namespace slipway
