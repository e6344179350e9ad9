#include "logscontroller.h"

#include "zipwriter.h"

#include <QRegularExpression>

namespace slipway::rest {

namespace {

QString fileName(const QString &text) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._ -]"));
    return QString(text).replace(unsafe, QStringLiteral("_"));
}

// Lines first to last of the text (1-based, clamped to the text).
QByteArray slice(const QByteArray &text, int first, int last) {
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray slice;
    for (int n = first; n <= qMin(last, int(lines.size())); ++n)
        slice += lines.at(n - 1) + '\n';
    return slice;
}

} // namespace

void LogsController::addRoutes(Router &router) {
    const QString release = QStringLiteral("{project}/_apis/Release/releases/{releaseId}");
    const QString environment = release + QStringLiteral("/environments/{environmentId}");
    RouteTable<LogsController> routes(router, m_api, *this);
    routes.add("GET", release + QStringLiteral("/logs"), &LogsController::releaseLogs);
    routes.add("GET", environment + QStringLiteral("/deployPhases/{releaseDeployPhaseId}/tasks/{taskId}/logs"),
               &LogsController::taskLog);
    routes.add("GET", environment + QStringLiteral("/tasks/{taskId}/logs"), &LogsController::taskLog);
    routes.add("GET", environment + QStringLiteral("/attempts/{attemptId}/timelines/{timelineId}/tasks/{taskId}/logs"),
               &LogsController::taskLog);
}

Result<QByteArray> LogsController::logText(qint64 deploymentId, qint64 taskRunId) {
    QByteArray text;
    qint64 after = 0;
    for (;;) {
        Result<QList<LogLineRecord>> lines = m_services.deployments.logLines(deploymentId, after, 5000);
        if (!lines)
            return lines.error();
        for (const LogLineRecord &line : std::as_const(*lines))
            if (taskRunId == 0 || line.taskRunId == taskRunId)
                text += line.at.toString(Qt::ISODateWithMs).toUtf8() + ' ' + line.line.toUtf8() + '\n';
        if (lines->size() < 5000)
            return text;
        after = lines->last().id;
    }
}

Result<RestResponse> LogsController::releaseLogs(const RestRequest &request, const ProjectRecord &project) {
    Result<ReleaseDetails> details = m_api.routeRelease(request, project);
    if (!details)
        return details.error();
    ZipWriter zip;
    for (const StageDetails &stage : details->stages)
        for (const DeploymentRecord &d : stage.deployments)
            for (const TaskRunRecord &run : stage.tasks.value(d.id)) {
                Result<QByteArray> text = logText(d.id, run.id);
                if (!text)
                    return text.error();
                zip.add(QStringLiteral("%1/Attempt %2/%3_%4.log")
                            .arg(fileName(stage.stage.name))
                            .arg(d.attempt)
                            .arg(run.index + 1, 2, 10, QLatin1Char('0'))
                            .arg(fileName(run.name)),
                        *text);
            }
    RestResponse response;
    response.contentType = "application/zip";
    response.body = zip.finish();
    response.headers.append(
        {QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"release-logs.zip\"")});
    return response;
}

Result<RestResponse> LogsController::taskLog(const RestRequest &request, const ProjectRecord &project) {
    Result<ReleaseDetails> details = m_api.routeRelease(request, project);
    if (!details)
        return details.error();
    Result<qint64> environment = request.id("environmentId");
    if (!environment)
        return environment.error();
    Result<qint64> taskId = request.id("taskId");
    if (!taskId)
        return taskId.error();
    for (const StageDetails &stage : details->stages) {
        if (stage.stage.id != *environment)
            continue;
        for (const DeploymentRecord &d : stage.deployments)
            for (const TaskRunRecord &run : stage.tasks.value(d.id))
                if (run.id == *taskId) {
                    Result<QByteArray> text = logText(d.id, run.id);
                    if (!text)
                        return text.error();
                    const int first = qMax(1, request.value("startLine").toInt());
                    const int last = request.has("endLine") ? request.value("endLine").toInt() : int(text->count('\n'));
                    RestResponse response;
                    response.contentType = "text/plain; charset=utf-8";
                    response.body = slice(*text, first, last);
                    return response;
                }
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "task %1 not found in environment %2"),
                               {QString::number(*taskId), QString::number(*environment)});
    }
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "environment %1 not found in release %2"),
                           {QString::number(*environment), QString::number(details->release.id)});
}

} // namespace slipway::rest
