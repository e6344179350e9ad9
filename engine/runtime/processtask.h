#pragma once

#include "runtime/taskexecutor.h"

#include <QProcess>
#include <QTimer>

namespace slipway {

// `script` (/bin/sh -c) and `command` (program and arguments, no shell) tasks. The process leads
// its own process group, so stopping it reaches its children's children too, and it is killed when its engine
// dies (docs/security.md#task-processes-and-their-engine).
class ProcessTask final : public TaskExecutor {
    Q_OBJECT
public:
    ProcessTask(QString program, QStringList arguments, const QProcessEnvironment &environment,
                const QString &workingDirectory, QObject *parent = nullptr);
    ~ProcessTask() override;

    void start() override;
    void stop(TaskStatus status, const QString &reason) override;
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QByteArray m_pending[2]; // partial lines of stdout, stderr
    QTimer m_killTimer;
    std::optional<TaskOutcome> m_stopped;
    qint64 m_groupId = 0;
    bool m_done = false;

    void read(QProcess::ProcessChannel channel);
    void flushPartialLines();
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void signalGroup(int signal);
};

} // namespace slipway
