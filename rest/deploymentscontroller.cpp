// Deployments (rest.md §B.1): the list with its filters and keyset paging.
#include "controllers.h"

#include "wireenums.h"

namespace slipway::rest {

namespace {

// Azure's flag values to Slipway's state names.
QStringList statusesFor(int bits) {
    QStringList names;
    if (bits & 1)
        names << QStringLiteral("notDeployed") << QStringLiteral("canceled");
    if (bits & 2)
        names << QStringLiteral("inProgress");
    if (bits & 4)
        names << QStringLiteral("succeeded");
    if (bits & 8)
        names << QStringLiteral("partiallySucceeded");
    if (bits & 16)
        names << QStringLiteral("failed") << QStringLiteral("interrupted");
    return names;
}

QStringList operationsFor(int bits) {
    QStringList names;
    const std::pair<int, const char *> map[] = {
        {1, "queued"},    {4, "pendingApproval"},        {32, "deferred"},      {2, "deferred"},
        {128, "running"}, {8192, "pendingIntervention"}, {32768, "cancelling"}, {65536, "evaluatingGates"}};
    for (const auto &[bit, name] : map)
        if ((bits & bit) && !names.contains(QString::fromLatin1(name)))
            names << QString::fromLatin1(name);
    if (bits & (256 | 512 | 1024 | 2048 | 4096 | 16 | 131072))
        names << QStringLiteral("done");
    return names;
}

} // namespace

void addDeploymentRoutes(Router &router, Services &services) {
    router.add(QStringLiteral("GET"), QStringLiteral("{project}/_apis/Release/deployments"),
               [&services](const RestRequest &request) -> Result<RestResponse> {
                   Api api(services);
                   Result<ProjectRecord> project = api.project(request);
                   if (!project)
                       return project.error();
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
                   Result<qint64> start = request.queryId("continuationToken", 0);
                   if (!start)
                       return start.error();
                   query.pipelineId = *definition;
                   query.stageRank = int(*stage);
                   query.limit = *top + 1;
                   query.startId = *start;
                   query.requestedBy = request.value("createdBy");
                   query.latestAttemptsOnly =
                       request.value("latestAttemptsOnly").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                   if (request.has("deploymentStatus") && !request.value("deploymentStatus").isEmpty()) {
                       const std::optional<int> bits = wire::deploymentStatus.parse(request.value("deploymentStatus"));
                       if (!bits)
                           return Error::validation(
                               QT_TRANSLATE_NOOP("Engine", "deploymentStatus \"%1\" is not a DeploymentStatus"),
                               {request.value("deploymentStatus")});
                       if (*bits != 0 && *bits != 31)
                           query.statuses = statusesFor(*bits);
                   }
                   if (request.has("operationStatus") && !request.value("operationStatus").isEmpty()) {
                       const std::optional<int> bits = wire::operationStatus.parse(request.value("operationStatus"));
                       if (!bits)
                           return Error::validation(
                               QT_TRANSLATE_NOOP("Engine", "operationStatus \"%1\" is not a DeploymentOperationStatus"),
                               {request.value("operationStatus")});
                       if (*bits != 0 && *bits != 258047)
                           query.operations = operationsFor(*bits);
                   }
                   if (request.has("queryOrder") && !request.value("queryOrder").isEmpty()) {
                       const std::optional<int> order = wire::queryOrder.parse(request.value("queryOrder"));
                       if (!order || *order > 1 || *order < 0)
                           return Error::validation(
                               QT_TRANSLATE_NOOP("Engine", "queryOrder \"%1\" is not descending or ascending"),
                               {request.value("queryOrder")});
                       query.ascending = *order == 1;
                   }
                   Result<QList<DeploymentContext>> rows = services.queries.deployments(query);
                   if (!rows)
                       return rows.error();
                   Result<QList<DeploymentContext>> visible =
                       api.inProject(*project, *rows, [](const DeploymentContext &d) { return d.pipelineId; });
                   if (!visible)
                       return visible.error();
                   const AzureShapes shapes = api.shapes(request);
                   return Api::page(
                       *visible, *top, [&](const DeploymentContext &d) { return shapes.deployment(d); },
                       [](const DeploymentContext &d) { return d.deployment.id; });
               });
}

} // namespace slipway::rest
