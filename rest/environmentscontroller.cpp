// Release environments (rest.md §I): get; PATCH to deploy (inProgress), cancel (canceled), or defer
// (scheduledDeploymentTime, only while an approval is pending).
#include "controllers.h"

#include "wireenums.h"

namespace slipway::rest {

namespace {

struct Located final {
    ReleaseDetails details;
    StageDetails stage;
};

Result<Located> locate(Api &api, const RestRequest &request) {
    Result<ProjectRecord> project = api.project(request);
    if (!project)
        return project.error();
    Result<qint64> releaseId = request.id("releaseId");
    if (!releaseId)
        return releaseId.error();
    Result<qint64> environmentId = request.id("environmentId");
    if (!environmentId)
        return environmentId.error();
    Result<ReleaseDetails> details = api.releaseOf(*project, *releaseId);
    if (!details)
        return details.error();
    for (const StageDetails &stage : details->stages)
        if (stage.stage.id == *environmentId)
            return Located{*details, stage};
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "environment %1 not found in release %2"),
                           {QString::number(*environmentId), QString::number(*releaseId)});
}

Result<RestResponse> environmentJson(Api &api, const RestRequest &request) {
    Result<Located> found = locate(api, request);
    if (!found)
        return found.error();
    Result<QHash<qint64, QList<ApprovalRecord>>> approvals = api.approvalsOf(found->details);
    if (!approvals)
        return approvals.error();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        api.services.pipelines.definitionOfRevision(found->details.release.revisionId);
    return RestResponse::text(api.shapes(request).environment(found->details, found->stage,
                                                              snapshot ? snapshot->get() : nullptr, *approvals));
}

// Defers what the caller may defer among the pending pre-deployment approvals of the stage.
Status deferPending(Api &api, const StageDetails &stage, const QDateTime &until, const QString &comment,
                    const Identity &user) {
    if (stage.deployments.isEmpty())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no deployment waiting for approval"),
                               {stage.stage.name});
    Result<QList<ApprovalRecord>> approvals = api.services.approvals.ofDeployment(stage.deployments.last().id);
    if (!approvals)
        return approvals.error();
    std::optional<Error> refusal;
    bool deferred = false;
    for (const ApprovalRecord &a : std::as_const(*approvals)) {
        if (a.status != ApprovalStatus::Pending || a.kind != ApprovalKind::PreDeploy)
            continue;
        Result<ApprovalRecord> done = api.services.approvals.defer(a.id, {comment, {}, until}, user);
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

} // namespace

void addEnvironmentRoutes(Router &router, Services &services) {
    const QString item = QStringLiteral("{project}/_apis/Release/releases/{releaseId}/environments/{environmentId}");
    router.add(QStringLiteral("GET"), item, [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        return environmentJson(api, request);
    });
    router.add(QStringLiteral("PATCH"), item, [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        Result<QJsonObject> body = request.object();
        if (!body)
            return body.error();
        Result<Located> found = locate(api, request);
        if (!found)
            return found.error();
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
        std::optional<int> status;
        if (!statusValue.isUndefined() && !statusValue.isNull()) {
            status = wire::environmentStatus.parse(statusValue);
            if (!status)
                return Error::validation(
                    QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be an EnvironmentStatus"));
        }
        if (status == 2) { // inProgress: deploy (a redeploy when the stage was deployed before)
            DeployRequest deploy{found->details.release.id, found->stage.stage.name, *comment, {}};
            // Azure's shape: {"NAME": {"value": "…"}}; a plain string is taken too.
            const QJsonValue variables = body->value(QStringLiteral("variables"));
            if (!variables.isUndefined() && !variables.isNull() && !variables.isObject())
                return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"variables\" must be an object"));
            const QJsonObject given = variables.toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                const QJsonValue value = it.value().isObject() ? it.value()[QStringLiteral("value")] : it.value();
                if (!value.isString())
                    return Error::validation(
                        QT_TRANSLATE_NOOP("Engine", "the field \"variables.%1.value\" must be a string"), {it.key()});
                deploy.variables.insert(it.key(), value.toString());
            }
            Result<DeploymentRecord> requested = services.deployments.deploy(deploy, request.user);
            if (!requested)
                return requested.error();
        } else if (status == 8) { // canceled
            if (found->stage.deployments.isEmpty())
                return Error::conflict(QT_TRANSLATE_NOOP("Engine", "stage \"%1\" has no deployment to cancel"),
                                       {found->stage.stage.name});
            if (Status ok = services.deployments.cancel(found->stage.deployments.last().id, request.user); !ok)
                return ok.error();
        } else if (status && *status != 64 && *status != 0) {
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "status must be inProgress (deploy), canceled, or scheduled with a "
                                            "scheduledDeploymentTime"));
        }
        if (scheduled.isValid() && status != 2 && status != 8)
            if (Status ok = deferPending(api, found->stage, scheduled, *comment, request.user); !ok)
                return ok.error();
        if (!status && !scheduled.isValid())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "give a status (inProgress or canceled) or a scheduledDeploymentTime"));
        return environmentJson(api, request);
    });
}

} // namespace slipway::rest
