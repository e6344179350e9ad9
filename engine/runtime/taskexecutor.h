#pragma once

#include "core/clock.h"
#include "definition/specs.h"
#include "domain/states.h"
#include "runtime/deploymentvariables.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace slipway {

struct TaskOutcome final {
    TaskStatus status = TaskStatus::Succeeded;
    std::optional<int> exitCode;
    QString message;
    bool rejected = false; // a manual intervention was rejected: the stage ends `rejected`
};

// One task of a deployment, run asynchronously on the engine thread. Emits output line by line
// and exactly one finished().
class TaskExecutor : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~TaskExecutor() override = default;

    virtual void start() = 0;
    // Stops the task early (cancel, timeout, shutdown); it then finishes with `status` and `reason`.
    virtual void stop(TaskStatus status, const QString &reason) = 0;

Q_SIGNALS:
    void output(const QString &stream, const QString &line);
    void finished(const TaskOutcome &outcome);
    // A process task started the process group whose leader is `groupId` (emitted from start(), directly).
    void processStarted(qint64 groupId);
};

struct TaskEnvironment final {
    const Clock &clock;
    const DeploymentVariables &variables;
    QString workingDirectory;
};

// Makes the executor for a task's `type`; an unknown type gives an executor that fails with a reason.
std::unique_ptr<TaskExecutor> makeTaskExecutor(const TaskSpec &task, const TaskEnvironment &environment);

} // namespace slipway
