// Release definitions (rest.md §I): Slipway pipelines in Azure's shape; read-only for now.
#include "controllers.h"

#include "restserver.h"
#include "wireenums.h"

namespace slipway::rest {

void addDefinitionRoutes(Router &router, Services &services) {
    const QString list = QStringLiteral("{project}/_apis/Release/definitions");
    const QString item = QStringLiteral("{project}/_apis/Release/definitions/{definitionId}");
    router.add(QStringLiteral("GET"), list, [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        Result<ProjectRecord> project = api.project(request);
        if (!project)
            return project.error();
        Result<int> top = request.queryCount("$top", 1000, 10000);
        if (!top)
            return top.error();
        std::optional<int> expand =
            request.has("$expand") ? wire::releaseExpands.parse(request.value("$expand")) : std::optional<int>(0);
        if (!expand)
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "$expand \"%1\" is not a ReleaseDefinitionExpands value"),
                {request.value("$expand")});
        QList<qint64> ids;
        for (const QString &id : request.value("definitionIdFilter").split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed().toLongLong();
        const QString search = request.value("searchText");
        const bool exact = request.value("isExactNameMatch").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        Result<QList<PipelineRecord>> pipelines = services.queries.pipelines();
        if (!pipelines)
            return pipelines.error();
        QList<PipelineRecord> matching;
        for (const PipelineRecord &p : std::as_const(*pipelines)) {
            if (p.projectId != project->id || (!ids.isEmpty() && !ids.contains(p.id)))
                continue;
            if (!search.isEmpty() && (exact ? p.name.compare(search, Qt::CaseInsensitive) != 0
                                            : !p.name.contains(search, Qt::CaseInsensitive)))
                continue;
            matching << p;
        }
        std::sort(matching.begin(), matching.end(),
                  [](const PipelineRecord &a, const PipelineRecord &b) { return a.id < b.id; });
        const AzureShapes shapes = api.shapes(request);
        QJsonArray values;
        for (const PipelineRecord &p : std::as_const(matching)) {
            if (values.size() >= *top)
                break;
            Result<std::shared_ptr<const PipelineDefinition>> definition =
                services.pipelines.definitionOfRevision(p.revisionId);
            if (!definition)
                return definition.error();
            values.append(shapes.definition(p, **definition, (*expand & 2) != 0));
        }
        return RestResponse::list(values);
    });
    router.add(QStringLiteral("GET"), item, [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        Result<ProjectRecord> project = api.project(request);
        if (!project)
            return project.error();
        Result<qint64> id = request.id("definitionId");
        if (!id)
            return id.error();
        Result<PipelineRecord> pipeline =
            api.pipelineIn(*project, *id, QStringLiteral("release definition %1 not found").arg(*id));
        if (!pipeline)
            return pipeline.error();
        Result<std::shared_ptr<const PipelineDefinition>> definition =
            services.pipelines.definitionOfRevision(pipeline->revisionId);
        if (!definition)
            return definition.error();
        return RestResponse::json(api.shapes(request).definition(*pipeline, **definition, true));
    });
    // Importing Azure-shaped definitions comes later; say so instead of a bare 405.
    const auto later = [](const RestRequest &) -> Result<RestResponse> {
        RestResponse response = RestServer::errorResponse(
            405, QStringLiteral("MethodNotAllowedException"),
            QStringLiteral("creating or replacing release definitions over REST is not supported yet; import a "
                           "Slipway pipeline file with `slipway pipeline import`"));
        response.headers.append({QByteArray("Allow"), QByteArray("GET")});
        return response;
    };
    router.add(QStringLiteral("POST"), list, later);
    router.add(QStringLiteral("PUT"), list, later);
}

} // namespace slipway::rest
