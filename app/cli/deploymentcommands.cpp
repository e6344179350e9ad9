#include "appsession.h"
#include "clioutput.h"
#include "commands.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace slipway::cli {

namespace {

Result<qint64> positiveId(const QString &word, const QString &what) {
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(QStringLiteral("\"%1\" is not a %2 id (a positive number)").arg(word, what));
    return id;
}

QString taskNameOf(const QList<TaskRunRecord> &tasks, qint64 taskRunId) {
    for (const TaskRunRecord &task : tasks)
        if (task.id == taskRunId)
            return task.name;
    return {};
}

} // namespace

Status deploy(const Invocation &call) {
    if (call.words.size() != 2)
        return Error::validation(
            QStringLiteral("usage: slipway deploy RELEASE STAGE [--comment TEXT] [--at ISO-8601]"));
    Result<qint64> release = positiveId(call.words.at(0), QStringLiteral("release"));
    if (!release)
        return release.error();
    DeployRequest request{*release, call.words.at(1), call.options.value(QStringLiteral("comment")), {}};
    if (call.options.isSet(QStringLiteral("at"))) {
        request.startAt = QDateTime::fromString(call.options.value(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!request.startAt.isValid())
            return Error::validation(
                QStringLiteral("--at takes an ISO 8601 time such as 2026-12-01T18:00:00Z, not \"%1\"")
                    .arg(call.options.value(QStringLiteral("at"))));
    }
    Result<DeploymentRecord> deployment = call.session.services().deployments.deploy(request, call.session.identity());
    if (!deployment)
        return deployment.error();
    if (call.json)
        printJson(call.out, deploymentJson(*deployment, {}));
    else
        call.out << "Requested deployment " << deployment->id << " of stage " << request.stage << " (attempt "
                 << deployment->attempt << ", " << toString(deployment->reason) << ")"
                 << (request.startAt.isValid()
                         ? QStringLiteral(", starting ") + request.startAt.toLocalTime().toString(Qt::ISODate)
                         : QString())
                 << "\n";
    return {};
}

Status cancel(const Invocation &call) {
    if (call.words.size() != 1)
        return Error::validation(QStringLiteral("usage: slipway cancel DEPLOYMENT"));
    Result<qint64> id = positiveId(call.words.first(), QStringLiteral("deployment"));
    if (!id)
        return id.error();
    Services &services = call.session.services();
    if (Status canceled = services.deployments.cancel(*id, call.session.identity()); !canceled)
        return canceled;
    Result<DeploymentContext> deployment = services.deployments.deployment(*id);
    if (!deployment)
        return deployment.error();
    if (call.json)
        printJson(call.out, deploymentJson(deployment->deployment, {}));
    else
        call.out << "Deployment " << *id << ": " << toString(deployment->deployment.operationStatus) << "\n";
    return {};
}

Status logs(const Invocation &call) {
    if (call.words.size() != 1)
        return Error::validation(QStringLiteral("usage: slipway logs DEPLOYMENT [--follow]"));
    Result<qint64> id = positiveId(call.words.first(), QStringLiteral("deployment"));
    if (!id)
        return id.error();
    Services &services = call.session.services();
    if (Result<DeploymentContext> exists = services.deployments.deployment(*id); !exists)
        return exists.error();
    const bool follow = call.options.isSet(QStringLiteral("follow"));
    QJsonArray collected;
    qint64 after = 0;
    QList<TaskRunRecord> tasks;
    for (;;) {
        // Read the state first: lines written before "done" are then certain to be printed.
        Result<DeploymentContext> state = services.deployments.deployment(*id);
        if (!state)
            return state.error();
        const bool done = state->deployment.operationStatus == OperationStatus::Done;
        Result<QList<LogLineRecord>> lines = services.deployments.logLines(*id, after, 5000);
        if (!lines)
            return lines.error();
        if (!lines->isEmpty())
            tasks = services.deployments.taskRuns(*id).value();
        for (const LogLineRecord &line : *lines) {
            after = line.id;
            const QString task = taskNameOf(tasks, line.taskRunId);
            if (call.json)
                collected.append(QJsonObject{{QStringLiteral("id"), line.id},
                                             {QStringLiteral("task"), task},
                                             {QStringLiteral("at"), isoTime(line.at)},
                                             {QStringLiteral("stream"), line.stream},
                                             {QStringLiteral("line"), line.line}});
            else
                call.out << line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) << "  " << task << "  "
                         << line.line << "\n";
        }
        call.out.flush();
        if (lines->size() == 5000)
            continue; // more already waiting
        if (!follow || done)
            break;
        QThread::msleep(200); // a command-line poll of another process's progress
    }
    if (call.json)
        printJson(call.out, collected);
    return {};
}

Status intervention(const Invocation &call) {
    const QString usage = QStringLiteral("usage: slipway intervention DEPLOYMENT resume|reject [--comment TEXT]");
    if (call.words.size() != 2 ||
        (call.words.at(1) != QLatin1String("resume") && call.words.at(1) != QLatin1String("reject")))
        return Error::validation(usage);
    Result<qint64> id = positiveId(call.words.first(), QStringLiteral("deployment"));
    if (!id)
        return id.error();
    const bool resume = call.words.at(1) == QLatin1String("resume");
    if (Status answered = call.session.services().deployments.decideIntervention(
            *id, resume, call.options.value(QStringLiteral("comment")), call.session.identity());
        !answered)
        return answered;
    if (call.json)
        printJson(call.out,
                  QJsonObject{{QStringLiteral("deployment"), *id}, {QStringLiteral("decision"), call.words.at(1)}});
    else
        call.out << (resume ? "Resumed" : "Rejected") << " the manual intervention of deployment " << *id << "\n";
    return {};
}

} // namespace slipway::cli
