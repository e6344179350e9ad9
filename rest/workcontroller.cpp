// What happens inside a deployment, over REST: manual interventions, gates (ignore), and logs.
#include "controllers.h"

#include "restserver.h"
#include "wireenums.h"
#include "zipwriter.h"

#include <QRegularExpression>

namespace slipway::rest {

namespace {

struct Intervention final {
    TaskRunRecord run;
    TaskSpec task;
    DeploymentRecord deployment;
    StageDetails stage;
};

Result<QList<Intervention>> interventionsOf(Api &api, const ReleaseDetails &details) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        api.services.pipelines.definitionOfRevision(details.release.revisionId);
    if (!snapshot)
        return snapshot.error();
    QList<Intervention> found;
    for (const StageDetails &stage : details.stages) {
        const StageDefinition *definition = (*snapshot)->stage(stage.stage.name);
        if (!definition)
            continue;
        for (const DeploymentRecord &d : stage.deployments)
            for (const TaskRunRecord &run : stage.tasks.value(d.id)) {
                const TaskSpec *task = definition->task(run.index);
                if (task && task->isManualIntervention())
                    found.append({run, *task, d, stage});
            }
    }
    return found;
}

QJsonObject interventionJson(const AzureShapes &shapes, const ReleaseDetails &details, const Intervention &i) {
    QString status = QStringLiteral("pending");
    if (i.run.decision == QLatin1String("resume") || i.run.status == TaskStatus::Succeeded)
        status = QStringLiteral("approved");
    else if (i.run.decision == QLatin1String("reject") || i.run.status == TaskStatus::Failed)
        status = QStringLiteral("rejected");
    else if (i.run.status != TaskStatus::InProgress)
        status = QStringLiteral("canceled");
    const QStringList &approvers = i.task.approvers;
    return {
        {QStringLiteral("id"), i.run.id},
        {QStringLiteral("name"), i.run.name},
        {QStringLiteral("status"), status},
        {QStringLiteral("instructions"), i.task.instructions},
        {QStringLiteral("comments"), i.run.decisionComment},
        {QStringLiteral("approver"),
         approvers.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(AzureShapes::identity(approvers.first()))},
        {QStringLiteral("taskInstanceId"),
         QStringLiteral("00000000-0000-0000-0000-%1").arg(i.run.id, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("createdOn"), AzureShapes::date(i.run.startedAt)},
        {QStringLiteral("modifiedOn"), AzureShapes::date(i.run.endedAt.isValid() ? i.run.endedAt : i.run.startedAt)},
        {QStringLiteral("release"),
         QJsonObject{{QStringLiteral("id"), details.release.id}, {QStringLiteral("name"), details.release.name}}},
        {QStringLiteral("releaseDefinition"),
         shapes.definitionReference(details.release.pipelineId, details.release.pipelineName)},
        {QStringLiteral("releaseEnvironment"),
         QJsonObject{{QStringLiteral("id"), i.stage.stage.id}, {QStringLiteral("name"), i.stage.stage.name}}}};
}

Result<ReleaseDetails> releaseFor(Api &api, const RestRequest &request) {
    Result<ProjectRecord> project = api.project(request);
    if (!project)
        return project.error();
    Result<qint64> id = request.id("releaseId");
    if (!id)
        return id.error();
    return api.releaseOf(*project, *id);
}

QString fileName(const QString &text) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._ -]"));
    return QString(text).replace(unsafe, QStringLiteral("_"));
}

Result<QByteArray> logText(Services &services, qint64 deploymentId, qint64 taskRunId) {
    QByteArray text;
    qint64 after = 0;
    for (;;) {
        Result<QList<LogLineRecord>> lines = services.deployments.logLines(deploymentId, after, 5000);
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

// The text log of one task run of an environment of a release.
Result<RestResponse> taskLog(Api &api, const RestRequest &request) {
    Result<ReleaseDetails> details = releaseFor(api, request);
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
                    Result<QByteArray> text = logText(api.services, d.id, run.id);
                    if (!text)
                        return text.error();
                    QList<QByteArray> lines = text->split('\n');
                    if (!lines.isEmpty() && lines.last().isEmpty())
                        lines.removeLast();
                    const int first = qMax(1, request.value("startLine").toInt());
                    const int last = request.has("endLine") ? request.value("endLine").toInt() : int(lines.size());
                    QByteArray slice;
                    for (int n = first; n <= qMin(last, int(lines.size())); ++n)
                        slice += lines.at(n - 1) + '\n';
                    RestResponse response;
                    response.contentType = "text/plain; charset=utf-8";
                    response.body = slice;
                    return response;
                }
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "task %1 not found in environment %2"),
                               {QString::number(*taskId), QString::number(*environment)});
    }
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "environment %1 not found in release %2"),
                           {QString::number(*environment), QString::number(details->release.id)});
}

} // namespace

void addWorkRoutes(Router &router, Services &services) {
    const QString interventions = QStringLiteral("{project}/_apis/Release/releases/{releaseId}/manualInterventions");
    router.add(QStringLiteral("GET"), interventions, [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        Result<ReleaseDetails> details = releaseFor(api, request);
        if (!details)
            return details.error();
        Result<QList<Intervention>> found = interventionsOf(api, *details);
        if (!found)
            return found.error();
        QJsonArray values;
        for (const Intervention &i : std::as_const(*found))
            values.append(interventionJson(api.shapes(request), *details, i));
        return RestResponse::list(values);
    });
    const auto oneIntervention = [&services](const RestRequest &request, bool update) -> Result<RestResponse> {
        Api api(services);
        Result<ReleaseDetails> details = releaseFor(api, request);
        if (!details)
            return details.error();
        Result<qint64> id = request.id("manualInterventionId");
        if (!id)
            return id.error();
        Result<QList<Intervention>> found = interventionsOf(api, *details);
        if (!found)
            return found.error();
        const auto it =
            std::find_if(found->cbegin(), found->cend(), [&](const Intervention &i) { return i.run.id == *id; });
        if (it == found->cend())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "manual intervention %1 not found in release %2"),
                                   {QString::number(*id), QString::number(details->release.id)});
        if (update) {
            Result<QJsonObject> body = request.object();
            if (!body)
                return body.error();
            const std::optional<int> status =
                wire::manualInterventionStatus.parse(body->value(QStringLiteral("status")));
            if (!status || (*status != 2 && *status != 4))
                return Error::validation(
                    QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be approved (resume) or rejected"));
            Result<QString> comment = stringField(*body, QStringLiteral("comment"), false);
            if (!comment)
                return comment.error();
            if (Status ok =
                    services.deployments.decideIntervention(it->deployment.id, *status == 4, *comment, request.user);
                !ok)
                return ok.error();
            Intervention answered = *it;
            answered.run.decision = *status == 4 ? QStringLiteral("resume") : QStringLiteral("reject");
            answered.run.decisionComment = *comment;
            return RestResponse::json(interventionJson(api.shapes(request), *details, answered));
        }
        return RestResponse::json(interventionJson(api.shapes(request), *details, *it));
    };
    const QString intervention = interventions + QStringLiteral("/{manualInterventionId}");
    router.add(QStringLiteral("GET"), intervention,
               [oneIntervention](const RestRequest &r) { return oneIntervention(r, false); });
    router.add(QStringLiteral("PATCH"), intervention,
               [oneIntervention](const RestRequest &r) { return oneIntervention(r, true); });

    // Gate steps are numbered 2 × deployment (pre) and 2 × deployment + 1 (post).
    router.add(
        QStringLiteral("PATCH"), QStringLiteral("{project}/_apis/Release/gates/{gateStepId}"),
        [&services](const RestRequest &request) -> Result<RestResponse> {
            Api api(services);
            Result<ProjectRecord> project = api.project(request);
            if (!project)
                return project.error();
            Result<qint64> step = request.id("gateStepId");
            if (!step)
                return step.error();
            Result<QJsonObject> body = request.object();
            if (!body)
                return body.error();
            const qint64 deploymentId = *step / 2;
            Result<DeploymentContext> deployment = services.deployments.deployment(deploymentId);
            if (!deployment)
                return Error::notFound(QT_TRANSLATE_NOOP("Engine", "gate step %1 not found"), {QString::number(*step)});
            if (Result<PipelineRecord> pipeline = api.pipelineIn(*project, deployment->pipelineId,
                                                                 QStringLiteral("gate step %1 not found").arg(*step));
                !pipeline)
                return pipeline.error();
            const QJsonValue names = body->value(QStringLiteral("gatesToIgnore"));
            if (!names.isArray() || names.toArray().isEmpty())
                return Error::validation(
                    QT_TRANSLATE_NOOP("Engine", "the field \"gatesToIgnore\" must be a non-empty array of gate names"));
            Result<QString> comment = stringField(*body, QStringLiteral("comment"), false);
            if (!comment)
                return comment.error();
            for (const QJsonValue &name : names.toArray()) {
                if (!name.isString())
                    return Error::validation(
                        QT_TRANSLATE_NOOP("Engine", "the field \"gatesToIgnore\" must hold gate names"));
                if (Status ok = services.approvals.ignoreGate(deploymentId, name.toString(), *comment, request.user);
                    !ok)
                    return ok.error();
            }
            Result<QList<GateIgnoreRecord>> ignored = services.approvals.ignoredGates(deploymentId);
            Result<QList<GateEvaluationRecord>> rounds = services.approvals.gateEvaluations(deploymentId);
            if (!ignored || !rounds)
                return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot read the gates of deployment %1"),
                                      {QString::number(deploymentId)});
            const QString phase = *step % 2 ? QStringLiteral("post") : QStringLiteral("pre");
            QJsonArray ignoredJson;
            for (const GateIgnoreRecord &i : std::as_const(*ignored))
                if (i.phase == phase)
                    ignoredJson.append(QJsonObject{{QStringLiteral("name"), i.gate},
                                                   {QStringLiteral("lastModifiedOn"), AzureShapes::date(i.at)}});
            QString status = QStringLiteral("pending");
            QDateTime started, modified;
            for (const GateEvaluationRecord &round : std::as_const(*rounds))
                if (round.phase == phase) {
                    started = started.isValid() ? started : round.at;
                    modified = round.at;
                    status = round.passed ? QStringLiteral("succeeded") : QStringLiteral("failed");
                }
            if (deployment->deployment.operationStatus == OperationStatus::EvaluatingGates)
                status = QStringLiteral("inProgress");
            return RestResponse::json(
                QJsonObject{{QStringLiteral("id"), *step},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("startedOn"), AzureShapes::date(started)},
                            {QStringLiteral("lastModifiedOn"), AzureShapes::date(modified)},
                            {QStringLiteral("succeedingSince"), AzureShapes::date(deployment->succeedingSince)},
                            {QStringLiteral("ignoredGates"), ignoredJson}});
        });

    router.add(QStringLiteral("GET"), QStringLiteral("{project}/_apis/Release/releases/{releaseId}/logs"),
               [&services](const RestRequest &request) -> Result<RestResponse> {
                   Api api(services);
                   Result<ReleaseDetails> details = releaseFor(api, request);
                   if (!details)
                       return details.error();
                   ZipWriter zip;
                   for (const StageDetails &stage : details->stages)
                       for (const DeploymentRecord &d : stage.deployments)
                           for (const TaskRunRecord &run : stage.tasks.value(d.id)) {
                               Result<QByteArray> text = logText(services, d.id, run.id);
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
               });
    const auto text = [&services](const RestRequest &request) {
        Api api(services);
        return taskLog(api, request);
    };
    const QString environment =
        QStringLiteral("{project}/_apis/Release/releases/{releaseId}/environments/{environmentId}");
    router.add(QStringLiteral("GET"),
               environment + QStringLiteral("/deployPhases/{releaseDeployPhaseId}/tasks/{taskId}/logs"), text);
    router.add(QStringLiteral("GET"), environment + QStringLiteral("/tasks/{taskId}/logs"), text);
    router.add(QStringLiteral("GET"),
               environment + QStringLiteral("/attempts/{attemptId}/timelines/{timelineId}/tasks/{taskId}/logs"), text);
}

} // namespace slipway::rest
