#pragma once

#include "runtime/deadline.h"
#include "runtime/taskexecutor.h"

#include <QNetworkAccessManager>
#include <QPointer>

class QNetworkReply;

namespace slipway {

// A task that cannot run, with the reason (unknown or unsupported type).
class FailingTask final : public TaskExecutor {
    Q_OBJECT
public:
    FailingTask(QString reason, QObject *parent = nullptr) : TaskExecutor(parent), m_reason(std::move(reason)) {}
    void start() override;
    void stop(TaskStatus, const QString &) override {}

private:
    QString m_reason;
};

// `delay`: waits on the injected clock.
class DelayTask final : public TaskExecutor {
    Q_OBJECT
public:
    DelayTask(const Clock &clock, qint64 seconds, QObject *parent = nullptr);
    void start() override;
    void stop(TaskStatus status, const QString &reason) override;

private:
    const Clock &m_clock;
    qint64 m_seconds;
    Deadline *m_deadline = nullptr;
    bool m_done = false;
};

// `manualIntervention`: pauses the deployment with its instructions until an allowed user resumes or
// rejects it (the engine passes the answer in), or the timeout takes the configured action.
class ManualInterventionTask final : public TaskExecutor {
    Q_OBJECT
public:
    ManualInterventionTask(const Clock &clock, QString instructions, qint64 timeoutSeconds, bool resumeOnTimeout,
                           QObject *parent = nullptr);
    void start() override;
    // Goes on waiting for an intervention that began at `since` under another engine (its timeout still counts
    // from then), without announcing it again.
    void continueWaiting(const QDateTime &since);
    void stop(TaskStatus status, const QString &reason) override;
    void decide(bool resume, const QString &by, const QString &comment);

private:
    const Clock &m_clock;
    QString m_instructions;
    qint64 m_timeoutSeconds;
    bool m_resumeOnTimeout;
    bool m_done = false;
    void waitUntil(const QDateTime &deadline);
    void end(const TaskOutcome &outcome);
};

// `copyFiles`: files under `from` matching `pattern` (`*` within a folder, `**` across folders) into `to`.
class CopyFilesTask final : public TaskExecutor {
    Q_OBJECT
public:
    CopyFilesTask(QString from, QString pattern, QString to, bool overwrite, QObject *parent = nullptr);
    void start() override;
    void stop(TaskStatus, const QString &) override {}

private:
    QString m_from, m_pattern, m_to;
    bool m_overwrite;
    void copy();
};

// `httpRequest`: method, URL, headers and body; succeeds on a status in range and, optionally, when
// a JSON path equals a value.
class HttpRequestTask final : public TaskExecutor {
    Q_OBJECT
public:
    HttpRequestTask(const HttpRequestSpec &request, const DeploymentVariables &variables, QObject *parent = nullptr);
    void start() override;
    void stop(TaskStatus status, const QString &reason) override;

private:
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_method, m_url, m_body, m_successStatus, m_jsonPath, m_equals;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    std::optional<TaskOutcome> m_stopped;
    void onReply();
};

// Reads `a.b.c` (object keys, array indices) out of a JSON document.
QJsonValue jsonPathValue(const QJsonValue &document, const QString &path);

} // namespace slipway
