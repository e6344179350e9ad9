#include "environmentscontroller.h"

#include "wireenums.h"

namespace slipway::rest {

void EnvironmentsController::addRoutes(Router &router) {
    const QString item = QStringLiteral("{project}/_apis/Release/releases/{releaseId}/environments/{environmentId}");
    // A body that is not a JSON object is a 400 even in an unknown project.
    const Precheck objectBody = [](const RestRequest &request) -> Status {
        Result<QJsonObject> body = request.object();
        return body ? Status() : Status(body.error());
    };
    RouteTable<EnvironmentsController> routes(router, m_api, *this);
    routes.add("GET", item, &EnvironmentsController::getEnvironment);
    routes.add("PATCH", item, &EnvironmentsController::updateEnvironment, objectBody);
    routes.forMembers(); // to deploy and to cancel
}

Result<ReleaseDetails> EnvironmentsController::locate(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> releaseId = request.id("releaseId");
    if (!releaseId)
        return releaseId.error();
    Result<qint64> environmentId = request.id("environmentId");
    if (!environmentId)
        return environmentId.error();
    Result<ReleaseDetails> found = m_services.releases.stageDetails(*releaseId, *environmentId);
    if (!found)
        return found.error();
    if (Result<PipelineRecord> pipeline = m_api.pipelineIn(
            project, found->release.pipelineId,
            QStringLiteral("release %1 not found in project \"%2\"").arg(*releaseId).arg(project.name));
        !pipeline)
        return pipeline.error();
    if (found->stages.isEmpty())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "environment %1 not found in release %2"),
                               {QString::number(*environmentId), QString::number(*releaseId)});
    return found;
}

Result<RestResponse> EnvironmentsController::environmentJson(const RestRequest &request, const ReleaseDetails &found) {
    Result<QHash<qint64, QList<ApprovalRecord>>> approvals = m_api.approvalsOf(found.stages);
    if (!approvals)
        return approvals.error();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        m_services.pipelines.definitionOfRevision(found.release.revisionId);
    return RestResponse::text(m_api.shapes(request).environment(found, found.stages.first(),
                                                                snapshot ? snapshot->get() : nullptr, *approvals));
}

Result<RestResponse> EnvironmentsController::getEnvironment(const RestRequest &request, const ProjectRecord &project) {
    Result<ReleaseDetails> found = locate(request, project);
    if (!found)
        return found.error();
    return environmentJson(request, *found);
}

// Deploys the stage (a redeploy when it was deployed before) with the variables of the body, given in
// Azure's shape {"NAME": {"value": "…"}} or as plain strings.
Status EnvironmentsController::deploy(const RestRequest &request, const QJsonObject &body, const ReleaseDetails &found,
                                      const QString &comment, const QDateTime &startAt) {
    DeployRequest deploy{found.release.id, found.stages.first().stage.name, comment, startAt};
    const QJsonValue variables = body.value(QStringLiteral("variables"));
    if (!variables.isUndefined() && !variables.isNull() && !variables.isObject())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"variables\" must be an object"));
    const QJsonObject given = variables.toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QJsonValue value = it.value().isObject() ? it.value()[QStringLiteral("value")] : it.value();
        if (!value.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"variables.%1.value\" must be a string"),
                                     {it.key()});
        deploy.variables.insert(it.key(), value.toString());
    }
    Result<DeploymentRecord> requested = m_services.deployments.deploy(deploy, request.user);
    return requested ? Status() : Status(requested.error());
}

// Defers what the caller may defer among the pending pre-deployment approvals of the stage.
Status EnvironmentsController::deferPending(const StageDetails &stage, const QDateTime &until, const QString &comment,
                                            const Identity &user) {
    if (stage.deployments.isEmpty())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no deployment waiting for approval"),
                               {stage.stage.name});
    Result<QList<ApprovalRecord>> approvals = m_services.approvals.ofDeployment(stage.deployments.last().id);
    if (!approvals)
        return approvals.error();
    std::optional<Error> refusal;
    bool deferred = false;
    for (const ApprovalRecord &a : std::as_const(*approvals)) {
        if (a.status != ApprovalStatus::Pending || a.kind != ApprovalKind::PreDeploy)
            continue;
        Result<ApprovalRecord> done = m_services.approvals.defer(a.id, {comment, {}, until}, user);
        if (done)
            deferred = true;
        else if (!refusal)
            refusal = done.error();
    }
    if (deferred)
        return {};
    if (refusal)
        return *refusal;
    return Error::conflict(QT_TRANSLATE_NOOP("Engine",
                                             "stage \"%1\" has no pending approval; a deployment can be deferred only "
                                             "while an approval is pending"),
                           {stage.stage.name});
}

Result<RestResponse> EnvironmentsController::updateEnvironment(const RestRequest &request,
                                                               const ProjectRecord &project) {
    using wire::EnvironmentStatus;
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    Result<ReleaseDetails> found = locate(request, project);
    if (!found)
        return found.error();
    const StageDetails &stage = found->stages.first();
    Result<QString> comment = stringField(*body, QStringLiteral("comment"), false);
    if (!comment)
        return comment.error();
    const QJsonValue when = body->value(QStringLiteral("scheduledDeploymentTime"));
    QDateTime scheduled;
    if (!when.isUndefined() && !when.isNull()) {
        scheduled = when.isString() ? QDateTime::fromString(when.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!scheduled.isValid())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"scheduledDeploymentTime\" must be an ISO 8601 date"));
    }
    const QJsonValue statusValue = body->value(QStringLiteral("status"));
    std::optional<EnvironmentStatus> status;
    if (!statusValue.isUndefined() && !statusValue.isNull()) {
        status = wire::environmentStatus.parse(statusValue);
        if (!status)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be an EnvironmentStatus"));
    }
    if (status == EnvironmentStatus::InProgress) {
        // With a scheduledDeploymentTime the deployment starts then, as Azure's "deploy at" does.
        if (Status ok = deploy(request, *body, *found, *comment, scheduled); !ok)
            return ok.error();
    } else if (status == EnvironmentStatus::Canceled) {
        if (stage.deployments.isEmpty())
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no deployment to cancel"),
                                   {stage.stage.name});
        if (Status ok = m_services.deployments.cancel(stage.deployments.last().id, request.user); !ok)
            return ok.error();
    } else if (status && *status != EnvironmentStatus::Scheduled && *status != EnvironmentStatus::Undefined) {
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "status must be inProgress (deploy), canceled, or "
                                                             "scheduled with a scheduledDeploymentTime"));
    }
    if (scheduled.isValid() && status != EnvironmentStatus::InProgress && status != EnvironmentStatus::Canceled)
        if (Status ok = deferPending(stage, scheduled, *comment, request.user); !ok)
            return ok.error();
    if (!status && !scheduled.isValid())
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "give a status (inProgress or canceled) or a scheduledDeploymentTime"));
    // The stage again, as the write left it.
    Result<ReleaseDetails> written = locate(request, project);
    if (!written)
        return written.error();
    return environmentJson(request, *written);
}

} // namespace slipway::rest
