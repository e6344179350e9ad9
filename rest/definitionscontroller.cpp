#include "definitionscontroller.h"

#include "wireenums.h"

namespace slipway::rest {

void DefinitionsController::addRoutes(Router &router) {
    const QString list = QStringLiteral("{project}/_apis/Release/definitions");
    const QString item = QStringLiteral("{project}/_apis/Release/definitions/{definitionId}");
    RouteTable<DefinitionsController> routes(router, m_api, *this);
    routes.add("GET", list, &DefinitionsController::listDefinitions);
    routes.add("GET", item, &DefinitionsController::getDefinition);
    routes.add("DELETE", item, &DefinitionsController::deleteDefinition);
    routes.add("POST", list, &DefinitionsController::createDefinition);
    routes.add("PUT", list, &DefinitionsController::replaceDefinition);
}

Result<RestResponse> DefinitionsController::listDefinitions(const RestRequest &request, const ProjectRecord &project) {
    Result<int> top = request.queryCount("$top", 1000, 10000);
    if (!top)
        return top.error();
    const std::optional<wire::ReleaseExpands> expand = request.has("$expand")
                                                           ? wire::releaseExpands.parse(request.value("$expand"))
                                                           : std::optional(wire::ReleaseExpands::None);
    if (!expand)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "$expand \"%1\" is not a ReleaseDefinitionExpands value"),
                                 {request.value("$expand")});
    QList<qint64> ids;
    for (const QString &id : request.value("definitionIdFilter").split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << id.trimmed().toLongLong();
    const QString search = request.value("searchText");
    const bool exact = request.value("isExactNameMatch").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    Result<QList<PipelineRecord>> pipelines = m_services.queries.pipelines();
    if (!pipelines)
        return pipelines.error();
    QList<PipelineRecord> matching;
    for (const PipelineRecord &p : std::as_const(*pipelines)) {
        if (p.projectId != project.id || (!ids.isEmpty() && !ids.contains(p.id)))
            continue;
        if (!search.isEmpty() &&
            (exact ? p.name.compare(search, Qt::CaseInsensitive) != 0 : !p.name.contains(search, Qt::CaseInsensitive)))
            continue;
        matching << p;
    }
    std::sort(matching.begin(), matching.end(),
              [](const PipelineRecord &a, const PipelineRecord &b) { return a.id < b.id; });
    // The token is the id where the page starts (idAscending); "0" and absent start at the beginning.
    Result<qint64> start = request.queryToken("continuationToken");
    if (!start)
        return start.error();
    const AzureShapes shapes = m_api.shapes(request);
    QJsonArray values;
    RestResponse response;
    for (const PipelineRecord &p : std::as_const(matching)) {
        if (p.id < *start)
            continue;
        if (values.size() >= *top) {
            response.headers.append({QByteArray("x-ms-continuationtoken"), QByteArray::number(p.id)});
            break;
        }
        Result<std::shared_ptr<const PipelineDefinition>> definition =
            m_services.pipelines.definitionOfRevision(p.revisionId);
        if (!definition)
            return definition.error();
        Result<QJsonObject> json =
            m_api.definitionJson(shapes, p, **definition, wire::hasAny(*expand, wire::ReleaseExpands::Environments));
        if (!json)
            return json.error();
        values.append(*json);
    }
    RestResponse list = RestResponse::list(values);
    list.headers = response.headers;
    return list;
}

Result<RestResponse> DefinitionsController::getDefinition(const RestRequest &request, const ProjectRecord &project) {
    Result<PipelineRecord> pipeline = m_api.routeDefinition(request, project);
    if (!pipeline)
        return pipeline.error();
    Result<std::shared_ptr<const PipelineDefinition>> definition =
        m_services.pipelines.definitionOfRevision(pipeline->revisionId);
    if (!definition)
        return definition.error();
    Result<QJsonObject> json = m_api.definitionJson(m_api.shapes(request), *pipeline, **definition, true);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

Result<RestResponse> DefinitionsController::deleteDefinition(const RestRequest &request, const ProjectRecord &project) {
    Result<PipelineRecord> pipeline = m_api.routeDefinition(request, project);
    if (!pipeline)
        return pipeline.error();
    if (Status removed = m_services.pipelines.remove(pipeline->id, request.user); !removed)
        return removed.error();
    RestResponse gone;
    gone.status = 204;
    gone.contentType.clear();
    return gone;
}

} // namespace slipway::rest
