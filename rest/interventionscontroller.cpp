#include "interventionscontroller.h"

#include "wireenums.h"

#include "services/releasesecrets.h"

namespace slipway::rest {

void InterventionsController::addRoutes(Router &router) {
    const QString list = QStringLiteral("{project}/_apis/Release/releases/{releaseId}/manualInterventions");
    const QString item = list + QStringLiteral("/{manualInterventionId}");
    RouteTable<InterventionsController> routes(router, m_api, *this);
    routes.add("GET", list, &InterventionsController::listInterventions);
    routes.add("GET", item, &InterventionsController::getIntervention);
    routes.add("PATCH", item, &InterventionsController::decideIntervention);
    routes.forMembers(); // an approver of the intervention answers it, whatever their role
}

Result<QList<InterventionsController::Intervention>>
InterventionsController::interventionsOf(const ReleaseDetails &details) {
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(details.release.revisionId);
    if (!snapshot)
        return snapshot.error();
    // Instructions are shown as written; one that quotes a secret's value shows *** instead.
    Result<SecretMasker> masker = ReleaseSecrets(m_services.store, m_services.pipelines).ofRelease(details.release.id);
    if (!masker)
        return masker.error();
    QList<Intervention> found;
    for (const StageDetails &stage : details.stages) {
        const StageDefinition *definition = (*snapshot)->stage(stage.stage.name);
        if (!definition)
            continue;
        for (const DeploymentRecord &d : stage.deployments)
            for (const TaskRunRecord &run : stage.tasks.value(d.id)) {
                const TaskSpec *task = definition->task(run.index);
                if (task && task->isManualIntervention()) {
                    found.append({run, *task, d, stage});
                    found.last().task.instructions = masker->mask(task->instructions);
                }
            }
    }
    return found;
}

QJsonObject InterventionsController::interventionJson(const AzureShapes &shapes, const ReleaseDetails &details,
                                                      const Intervention &i) {
    using wire::ManualInterventionStatus;
    ManualInterventionStatus status = ManualInterventionStatus::Pending;
    if (i.run.decision == QLatin1String("resume") || i.run.status == TaskStatus::Succeeded)
        status = ManualInterventionStatus::Approved;
    else if (i.run.decision == QLatin1String("reject") || i.run.status == TaskStatus::Failed)
        status = ManualInterventionStatus::Rejected;
    else if (i.run.status != TaskStatus::InProgress)
        status = ManualInterventionStatus::Canceled;
    const QStringList &approvers = i.task.approvers;
    return {
        {QStringLiteral("id"), i.run.id},
        {QStringLiteral("name"), i.run.name},
        {QStringLiteral("status"), wire::manualInterventionStatus.nameOf(status)},
        {QStringLiteral("instructions"), i.task.instructions},
        {QStringLiteral("comments"), i.run.decisionComment},
        {QStringLiteral("approver"),
         approvers.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(shapes.person(approvers.first()))},
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

Result<RestResponse> InterventionsController::listInterventions(const RestRequest &request,
                                                                const ProjectRecord &project) {
    Result<ReleaseDetails> details = m_api.routeRelease(request, project);
    if (!details)
        return details.error();
    Result<QList<Intervention>> found = interventionsOf(*details);
    if (!found)
        return found.error();
    QJsonArray values;
    for (const Intervention &i : std::as_const(*found))
        values.append(interventionJson(m_api.shapes(request), *details, i));
    return RestResponse::list(values);
}

Result<InterventionsController::Found> InterventionsController::find(const RestRequest &request,
                                                                     const ProjectRecord &project) {
    Result<ReleaseDetails> details = m_api.routeRelease(request, project);
    if (!details)
        return details.error();
    Result<qint64> id = request.id("manualInterventionId");
    if (!id)
        return id.error();
    Result<QList<Intervention>> found = interventionsOf(*details);
    if (!found)
        return found.error();
    for (const Intervention &i : std::as_const(*found))
        if (i.run.id == *id)
            return Found{*details, i};
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "manual intervention %1 not found in release %2"),
                           {QString::number(*id), QString::number(details->release.id)});
}

Result<RestResponse> InterventionsController::getIntervention(const RestRequest &request,
                                                              const ProjectRecord &project) {
    Result<Found> found = find(request, project);
    if (!found)
        return found.error();
    return RestResponse::json(interventionJson(m_api.shapes(request), found->details, found->intervention));
}

Result<RestResponse> InterventionsController::decideIntervention(const RestRequest &request,
                                                                 const ProjectRecord &project) {
    using wire::ManualInterventionStatus;
    Result<Found> found = find(request, project);
    if (!found)
        return found.error();
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    const std::optional<ManualInterventionStatus> status =
        wire::manualInterventionStatus.parse(body->value(QStringLiteral("status")));
    if (!status || (*status != ManualInterventionStatus::Rejected && *status != ManualInterventionStatus::Approved))
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be approved (resume) or rejected"));
    Result<QString> comment = stringField(*body, QStringLiteral("comment"), false);
    if (!comment)
        return comment.error();
    const bool resume = *status == ManualInterventionStatus::Approved;
    if (Status ok = m_services.deployments.decideIntervention(found->intervention.deployment.id, resume, *comment,
                                                              request.user);
        !ok)
        return ok.error();
    // Answered as stored: the comment masked, never echoed as sent.
    Result<Found> answered = find(request, project);
    if (!answered)
        return answered.error();
    return RestResponse::json(interventionJson(m_api.shapes(request), answered->details, answered->intervention));
}

} // namespace slipway::rest
