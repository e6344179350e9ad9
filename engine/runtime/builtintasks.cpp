#include "builtintasks.h"

#include "definition/values.h"
#include "runtime/engineproblem.h"
#include "runtime/processtask.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace slipway {

void FailingTask::start() {
    QTimer::singleShot(0, this, [this] { Q_EMIT finished({TaskStatus::Failed, std::nullopt, m_reason}); });
}

DelayTask::DelayTask(const Clock &clock, qint64 seconds, QObject *parent)
    : TaskExecutor(parent), m_clock(clock), m_seconds(seconds) {}

void DelayTask::start() {
    Q_EMIT output(QStringLiteral("system"), QStringLiteral("Waiting %1").arg(formatDuration(m_seconds)));
    m_deadline = new Deadline(m_clock, m_clock.now().addSecs(m_seconds), this);
    connect(m_deadline, &Deadline::fired, this, [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished({TaskStatus::Succeeded, std::nullopt, {}});
    });
}

void DelayTask::stop(TaskStatus status, const QString &reason) {
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, status, reason] { Q_EMIT finished({status, std::nullopt, reason}); });
}

ManualInterventionTask::ManualInterventionTask(const Clock &clock, QString instructions, qint64 timeoutSeconds,
                                               bool resumeOnTimeout, QObject *parent)
    : TaskExecutor(parent), m_clock(clock), m_instructions(std::move(instructions)), m_timeoutSeconds(timeoutSeconds),
      m_resumeOnTimeout(resumeOnTimeout) {}

void ManualInterventionTask::start() {
    Q_EMIT output(QStringLiteral("system"),
                  engineText(QT_TRANSLATE_NOOP("Engine", "Waiting for a manual intervention: %1"), {m_instructions}));
    waitUntil(m_clock.now().addSecs(m_timeoutSeconds));
}

void ManualInterventionTask::continueWaiting(const QDateTime &since) {
    waitUntil((since.isValid() ? since : m_clock.now()).addSecs(m_timeoutSeconds));
}

void ManualInterventionTask::waitUntil(const QDateTime &at) {
    auto *deadline = new Deadline(m_clock, at, this);
    connect(deadline, &Deadline::fired, this, [this] {
        const QString waited = formatDuration(m_timeoutSeconds);
        if (m_resumeOnTimeout)
            end({TaskStatus::Succeeded, std::nullopt, QStringLiteral("resumed: no answer within %1").arg(waited)});
        else
            end({TaskStatus::Failed, std::nullopt, QStringLiteral("rejected: no answer within %1").arg(waited), true});
    });
}

void ManualInterventionTask::decide(bool resume, const QString &by, const QString &comment) {
    const QString note = comment.isEmpty() ? QString() : QStringLiteral(": ") + comment;
    if (resume)
        end({TaskStatus::Succeeded, std::nullopt, QStringLiteral("resumed by %1%2").arg(by, note)});
    else
        end({TaskStatus::Failed, std::nullopt, QStringLiteral("rejected by %1%2").arg(by, note), true});
}

void ManualInterventionTask::stop(TaskStatus status, const QString &reason) {
    end({status, std::nullopt, reason});
}

void ManualInterventionTask::end(const TaskOutcome &outcome) {
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

CopyFilesTask::CopyFilesTask(QString from, QString pattern, QString to, bool overwrite, QObject *parent)
    : TaskExecutor(parent), m_from(std::move(from)), m_pattern(std::move(pattern)), m_to(std::move(to)),
      m_overwrite(overwrite) {}

void CopyFilesTask::start() {
    QTimer::singleShot(0, this, &CopyFilesTask::copy);
}

void CopyFilesTask::copy() {
    // Glob to regex: ** crosses folders, * and ? stay within one.
    QString regex = QRegularExpression::escape(m_pattern);
    regex
        .replace(QStringLiteral("\\/"), QStringLiteral("/")) // escape() escapes the slash too
        .replace(QStringLiteral("\\*\\*/"), QStringLiteral("(?:.*/)?"))
        .replace(QStringLiteral("\\*\\*"), QStringLiteral(".*"))
        .replace(QStringLiteral("\\*"), QStringLiteral("[^/]*"))
        .replace(QStringLiteral("\\?"), QStringLiteral("[^/]"));
    const QRegularExpression matcher(QRegularExpression::anchoredPattern(regex));
    const QDir source(m_from);
    if (!source.exists()) {
        Q_EMIT finished({TaskStatus::Failed, std::nullopt, QStringLiteral("the folder %1 does not exist").arg(m_from)});
        return;
    }
    int copied = 0;
    QDirIterator it(m_from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = source.relativeFilePath(file);
        if (!matcher.match(relative).hasMatch())
            continue;
        const QString target = QDir(m_to).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFile::exists(target)) {
            if (!m_overwrite) {
                Q_EMIT output(QStringLiteral("system"),
                              engineText(QT_TRANSLATE_NOOP("Engine", "Kept existing %1"), {target}));
                continue;
            }
            QFile::remove(target);
        }
        if (!QFile::copy(file, target)) {
            Q_EMIT finished(
                {TaskStatus::Failed, std::nullopt, QStringLiteral("cannot copy %1 to %2").arg(file, target)});
            return;
        }
        Q_EMIT output(QStringLiteral("system"), engineText(QT_TRANSLATE_NOOP("Engine", "Copied %1"), {relative}));
        ++copied;
    }
    Q_EMIT output(QStringLiteral("system"),
                  engineText(QT_TRANSLATE_NOOP("Engine", "%1 file(s) copied to %2"), {QString::number(copied), m_to}));
    Q_EMIT finished({TaskStatus::Succeeded, std::nullopt, {}});
}

QJsonValue jsonPathValue(const QJsonValue &document, const QString &path) {
    QJsonValue current = document;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && current.isArray())
            current = current.toArray().at(index);
        else if (current.isObject())
            current = current.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return current;
}

HttpRequestTask::HttpRequestTask(const HttpRequestSpec &request, const DeploymentVariables &variables, QObject *parent)
    : TaskExecutor(parent), m_method(request.method), m_url(variables.expand(request.url)),
      m_body(variables.expand(request.body)), m_successStatus(request.successStatus), m_jsonPath(request.jsonPath),
      m_equals(variables.expand(request.equals)) {
    for (const auto &[name, value] : request.headers)
        m_headers.append({name.toUtf8(), variables.expand(value).toUtf8()});
}

void HttpRequestTask::start() {
    QNetworkRequest request{QUrl(m_url)};
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    Q_EMIT output(QStringLiteral("system"), QStringLiteral("%1 %2").arg(m_method, m_url));
    m_reply = m_network.sendCustomRequest(request, m_method.toUtf8(), m_body.toUtf8());
    connect(m_reply, &QNetworkReply::finished, this, &HttpRequestTask::onReply);
}

void HttpRequestTask::stop(TaskStatus status, const QString &reason) {
    if (!m_reply || m_stopped)
        return;
    m_stopped = TaskOutcome{status, std::nullopt, reason};
    m_reply->abort();
}

void HttpRequestTask::onReply() {
    m_reply->deleteLater();
    if (m_stopped) {
        Q_EMIT finished(*m_stopped);
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    if (status == 0) {
        Q_EMIT finished({TaskStatus::Failed, std::nullopt,
                         QStringLiteral("request to %1 failed: %2").arg(m_url, m_reply->errorString())});
        return;
    }
    Q_EMIT output(QStringLiteral("system"), QStringLiteral("HTTP %1").arg(status));
    const StatusRange range = parseStatusRange(m_successStatus).value_or(StatusRange{});
    if (!range.contains(status)) {
        Q_EMIT finished({TaskStatus::Failed, std::nullopt,
                         QStringLiteral("status %1 is outside %2").arg(status).arg(m_successStatus)});
        return;
    }
    if (!m_jsonPath.isEmpty()) {
        const QJsonValue value = jsonPathValue(QJsonDocument::fromJson(body).object(), m_jsonPath);
        const QString actual = value.isString() ? value.toString() : value.toVariant().toString();
        if (actual != m_equals) {
            Q_EMIT finished({TaskStatus::Failed, std::nullopt,
                             QStringLiteral("%1 is \"%2\", not \"%3\"").arg(m_jsonPath, actual, m_equals)});
            return;
        }
    }
    Q_EMIT finished({TaskStatus::Succeeded, std::nullopt, {}});
}

std::unique_ptr<TaskExecutor> makeTaskExecutor(const TaskSpec &task, const TaskEnvironment &environment) {
    const QString &type = task.type;
    const DeploymentVariables &variables = environment.variables;
    auto inWorkspace = [&](const QString &path) {
        return QDir(environment.workingDirectory).absoluteFilePath(variables.expand(path));
    };
    const QString workingDirectory =
        task.workingDirectory ? inWorkspace(*task.workingDirectory) : environment.workingDirectory;
    if (type == QLatin1String("script") && task.shell == QLatin1String("pwsh")) // PowerShell 7, from PATH
        return std::make_unique<ProcessTask>(QStringLiteral("pwsh"),
                                             QStringList{QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                                                         QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
                                                         variables.expand(task.script)},
                                             variables.environment(task.env), workingDirectory);
    if (type == QLatin1String("script"))
        return std::make_unique<ProcessTask>(task.shell == QLatin1String("bash") ? QStringLiteral("bash")
                                                                                 : QStringLiteral("/bin/sh"),
                                             QStringList{QStringLiteral("-c"), variables.expand(task.script)},
                                             variables.environment(task.env), workingDirectory);
    if (type == QLatin1String("command")) {
        QStringList arguments;
        for (const QString &argument : task.arguments)
            arguments << variables.expand(argument);
        return std::make_unique<ProcessTask>(variables.expand(task.program), arguments, variables.environment(task.env),
                                             workingDirectory);
    }
    if (type == QLatin1String("delay"))
        return std::make_unique<DelayTask>(environment.clock, task.durationSeconds);
    if (type == QLatin1String("copyFiles"))
        return std::make_unique<CopyFilesTask>(inWorkspace(task.from), task.pattern, inWorkspace(task.to),
                                               task.overwrite);
    if (type == QLatin1String("httpRequest"))
        return std::make_unique<HttpRequestTask>(task.http, variables);
    if (task.isManualIntervention())
        return std::make_unique<ManualInterventionTask>(environment.clock, variables.expand(task.instructions),
                                                        task.timeoutSeconds, task.resumeOnTimeout);
    return std::make_unique<FailingTask>(
        QStringLiteral("tasks of type \"%1\" are not supported by this version of Slipway yet").arg(type));
}

} // namespace slipway
