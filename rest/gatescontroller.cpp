#include "gatescontroller.h"

#include "wireenums.h"

namespace slipway::rest {

void GatesController::addRoutes(Router &router) {
    RouteTable<GatesController> routes(router, m_api, *this);
    routes.add("PATCH", QStringLiteral("{project}/_apis/Release/gates/{gateStepId}"), &GatesController::ignoreGates);
}

Result<RestResponse> GatesController::ignoreGates(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> step = request.id("gateStepId");
    if (!step)
        return step.error();
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    const qint64 deploymentId = *step / 2;
    Result<DeploymentContext> deployment = m_services.deployments.deployment(deploymentId);
    if (!deployment)
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "gate step %1 not found"), {QString::number(*step)});
    if (Result<PipelineRecord> pipeline =
            m_api.pipelineIn(project, deployment->pipelineId, QStringLiteral("gate step %1 not found").arg(*step));
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
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"gatesToIgnore\" must hold gate names"));
        if (Status ok = m_services.approvals.ignoreGate(deploymentId, name.toString(), *comment, request.user); !ok)
            return ok.error();
    }
    Result<QJsonObject> json = stepJson(*step, *deployment);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

// The step's ignored gates and the outcome of its latest evaluation round.
Result<QJsonObject> GatesController::stepJson(qint64 step, const DeploymentContext &deployment) {
    const qint64 deploymentId = step / 2;
    Result<QList<GateIgnoreRecord>> ignored = m_services.approvals.ignoredGates(deploymentId);
    Result<QList<GateEvaluationRecord>> rounds = m_services.approvals.gateEvaluations(deploymentId);
    if (!ignored || !rounds)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot read the gates of deployment %1"),
                              {QString::number(deploymentId)});
    const QString phase = step % 2 ? QStringLiteral("post") : QStringLiteral("pre");
    QJsonArray ignoredJson;
    for (const GateIgnoreRecord &i : std::as_const(*ignored))
        if (i.phase == phase)
            ignoredJson.append(QJsonObject{{QStringLiteral("name"), i.gate},
                                           {QStringLiteral("lastModifiedOn"), AzureShapes::date(i.at)}});
    wire::GateStatus status = wire::GateStatus::Pending;
    QDateTime started, modified;
    for (const GateEvaluationRecord &round : std::as_const(*rounds))
        if (round.phase == phase) {
            started = started.isValid() ? started : round.at;
            modified = round.at;
            status = round.passed ? wire::GateStatus::Succeeded : wire::GateStatus::Failed;
        }
    if (deployment.deployment.operationStatus == OperationStatus::EvaluatingGates)
        status = wire::GateStatus::InProgress;
    return QJsonObject{{QStringLiteral("id"), step},
                       {QStringLiteral("status"), wire::gateStatus.nameOf(status)},
                       {QStringLiteral("startedOn"), AzureShapes::date(started)},
                       {QStringLiteral("lastModifiedOn"), AzureShapes::date(modified)},
                       {QStringLiteral("succeedingSince"), AzureShapes::date(deployment.succeedingSince)},
                       {QStringLiteral("ignoredGates"), ignoredJson}};
}

} // namespace slipway::rest
