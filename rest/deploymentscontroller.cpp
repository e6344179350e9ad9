#include "deploymentscontroller.h"

#include "wireenums.h"

namespace slipway::rest {

namespace {

// Azure's deployment status flags to Slipway's state names.
QStringList statusesFor(wire::DeploymentStatus bits) {
    using wire::DeploymentStatus;
    QStringList names;
    if (wire::hasAny(bits, DeploymentStatus::NotDeployed))
        names << QStringLiteral("notDeployed") << QStringLiteral("canceled");
    if (wire::hasAny(bits, DeploymentStatus::InProgress))
        names << QStringLiteral("inProgress");
    if (wire::hasAny(bits, DeploymentStatus::Succeeded))
        names << QStringLiteral("succeeded");
    if (wire::hasAny(bits, DeploymentStatus::PartiallySucceeded))
        names << QStringLiteral("partiallySucceeded");
    if (wire::hasAny(bits, DeploymentStatus::Failed))
        names << QStringLiteral("failed") << QStringLiteral("interrupted");
    return names;
}

// Azure's operation status flags to Slipway's operation names.
QStringList operationsFor(wire::OperationStatus bits) {
    using wire::OperationStatus;
    QStringList names;
    const std::pair<OperationStatus, const char *> map[] = {
        {OperationStatus::Queued, "queued"},
        {OperationStatus::QueuedForAgent, "queued"}, // a wider answer: the queued ones, for an agent or not
        {OperationStatus::Pending, "pendingApproval"},
        {OperationStatus::Deferred, "deferred"},
        {OperationStatus::Scheduled, "deferred"},
        {OperationStatus::PhaseInProgress, "running"},
        {OperationStatus::ManualInterventionPending, "pendingIntervention"},
        {OperationStatus::Cancelling, "cancelling"},
        {OperationStatus::EvaluatingGates, "evaluatingGates"}};
    for (const auto &[bit, name] : map)
        if (wire::hasAny(bits, bit) && !names.contains(QString::fromLatin1(name)))
            names << QString::fromLatin1(name);
    return names;
}

// The states of the ended deployments the operation flags ask for, as AzureShapes::operationStatus names them.
QStringList endedStatusesFor(wire::OperationStatus bits) {
    using wire::OperationStatus;
    QStringList names;
    const std::pair<OperationStatus, QStringList> map[] = {
        {OperationStatus::PhaseSucceeded, {QStringLiteral("succeeded")}},
        {OperationStatus::PhasePartiallySucceeded, {QStringLiteral("partiallySucceeded")}},
        {OperationStatus::PhaseFailed, {QStringLiteral("failed"), QStringLiteral("interrupted")}},
        {OperationStatus::Canceled, {QStringLiteral("canceled")}},
        {OperationStatus::PhaseCanceled, {QStringLiteral("canceled")}},
        {OperationStatus::Rejected, {QStringLiteral("notDeployed")}}};
    for (const auto &[bit, states] : map)
        if (wire::hasAny(bits, bit))
            for (const QString &state : states)
                if (!names.contains(state))
                    names << state;
    return names;
}

// The filters by status of the query string into the query.
Status statusFilters(const RestRequest &request, DeploymentQuery &query) {
    if (request.has("deploymentStatus") && !request.value("deploymentStatus").isEmpty()) {
        const std::optional<wire::DeploymentStatus> bits =
            wire::deploymentStatus.parse(request.value("deploymentStatus"));
        if (!bits)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "deploymentStatus \"%1\" is not a DeploymentStatus"),
                                     {request.value("deploymentStatus")});
        if (*bits != wire::DeploymentStatus::Undefined && *bits != wire::DeploymentStatus::All)
            query.statuses = statusesFor(*bits);
    }
    if (request.has("operationStatus") && !request.value("operationStatus").isEmpty()) {
        const std::optional<wire::OperationStatus> bits = wire::operationStatus.parse(request.value("operationStatus"));
        if (!bits)
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "operationStatus \"%1\" is not a DeploymentOperationStatus"),
                {request.value("operationStatus")});
        if (*bits != wire::OperationStatus::Undefined && *bits != wire::OperationStatus::All) {
            query.operations = operationsFor(*bits);
            query.doneStatuses = endedStatusesFor(*bits);
            if (!query.doneStatuses.isEmpty())
                query.operations << QStringLiteral("done");
            else if (query.operations.isEmpty())
                query.operations << QStringLiteral("none"); // gateFailed alone: nothing shows as that
        }
    }
    for (const auto &[key, bound] :
         {std::pair{"minModifiedTime", &query.minModified}, std::pair{"maxModifiedTime", &query.maxModified}}) {
        Result<QDateTime> at = request.queryTime(key);
        if (!at)
            return at.error();
        *bound = *at;
    }
    if (request.has("queryOrder") && !request.value("queryOrder").isEmpty()) {
        const std::optional<wire::QueryOrder> order = wire::queryOrder.parse(request.value("queryOrder"));
        if (!order || (*order != wire::QueryOrder::Descending && *order != wire::QueryOrder::Ascending))
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "queryOrder \"%1\" is not descending or ascending"),
                                     {request.value("queryOrder")});
        query.ascending = *order == wire::QueryOrder::Ascending;
    }
    return {};
}

} // namespace

QJsonObject DeploymentsController::deploymentJson(const AzureShapes &shapes, const DeploymentContext &d,
                                                  const QString &pipelineName,
                                                  const QHash<qint64, ReleaseRecord> &releases) {
    QJsonObject json = shapes.deployment(d, pipelineName);
    if (const auto r = releases.constFind(d.releaseId); r != releases.cend()) {
        QJsonObject release = json.value(QStringLiteral("release")).toObject();
        const QJsonObject summary = shapes.releaseSummary(*r);
        for (const char *key : {"description", "createdOn", "createdBy", "modifiedBy", "reason", "releaseDefinition"})
            release.insert(QLatin1String(key), summary.value(QLatin1String(key)));
        release.insert(QStringLiteral("artifacts"), QJsonArray());
        release.insert(QStringLiteral("webAccessUri"), QJsonValue(QJsonValue::Null)); // no web page for it
        json.insert(QStringLiteral("release"), release);
    }
    QJsonArray conditions;
    if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
            m_services.pipelines.definitionOfRevision(d.revisionId))
        if (const StageDefinition *stage = (*snapshot)->stage(d.stageName))
            conditions = shapes.stageConditions(*stage);
    json.insert(QStringLiteral("conditions"), conditions);
    QJsonArray pre, post;
    if (Result<QList<ApprovalRecord>> approvals = m_services.approvals.ofDeployment(d.deployment.id))
        for (const ApprovalRecord &a : std::as_const(*approvals))
            (a.kind == ApprovalKind::PreDeploy ? pre : post).append(shapes.approval(a, {}));
    json.insert(QStringLiteral("preDeployApprovals"), pre);
    json.insert(QStringLiteral("postDeployApprovals"), post);
    return json;
}

void DeploymentsController::addRoutes(Router &router) {
    RouteTable<DeploymentsController> routes(router, m_api, *this);
    routes.add("GET", QStringLiteral("{project}/_apis/Release/deployments"), &DeploymentsController::listDeployments);
}

Result<RestResponse> DeploymentsController::listDeployments(const RestRequest &request, const ProjectRecord &project) {
    DeploymentQuery query;
    Result<qint64> definition = request.queryId("definitionId", 0);
    if (!definition)
        return definition.error();
    Result<qint64> stage = request.queryId("definitionEnvironmentId", 0);
    if (!stage)
        return stage.error();
    Result<int> top = request.queryCount("$top", 50, 100);
    if (!top)
        return top.error();
    Result<qint64> start = request.queryToken("continuationToken");
    if (!start)
        return start.error();
    query.pipelineId = *definition;
    query.stageRank = int(*stage);
    query.limit = *top + 1;
    query.startId = *start;
    query.requestedBy = request.value("createdBy");
    query.latestAttemptsOnly =
        request.value("latestAttemptsOnly").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (Status filtered = statusFilters(request, query); !filtered)
        return filtered.error();
    Result<QList<DeploymentContext>> rows = m_services.queries.deployments(query);
    if (!rows)
        return rows.error();
    Result<QList<DeploymentContext>> visible =
        m_api.inProject(project, *rows, [](const DeploymentContext &d) { return d.pipelineId; });
    if (!visible)
        return visible.error();
    Result<QHash<qint64, QString>> names = m_api.pipelineNames();
    if (!names)
        return names.error();
    // The releases of the page in one query, for the release member of each deployment.
    ReleaseQuery releases;
    for (qsizetype i = 0; i < qMin<qsizetype>(visible->size(), *top); ++i)
        if (!releases.ids.contains(visible->at(i).releaseId))
            releases.ids << visible->at(i).releaseId;
    releases.limit = int(releases.ids.size()) + 1;
    QHash<qint64, ReleaseRecord> releaseOf;
    if (!releases.ids.isEmpty()) {
        Result<QList<ReleaseRecord>> rows = m_services.queries.releases(releases);
        if (!rows)
            return rows.error();
        for (const ReleaseRecord &r : std::as_const(*rows))
            releaseOf.insert(r.id, r);
    }
    const AzureShapes shapes = m_api.shapes(request);
    return Api::page(
        *visible, *top,
        [&](const DeploymentContext &d) { return deploymentJson(shapes, d, names->value(d.pipelineId), releaseOf); },
        [](const DeploymentContext &d) { return d.deployment.id; });
}

} // namespace slipway::rest
