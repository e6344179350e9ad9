// Creating and replacing release definitions: an Azure-shaped body goes through the Azure mapper
// (engine/azure), the result is saved as a pipeline revision, and the answer is the saved definition
// with the mapping report in `slipwayImport` (docs/rest-api.md).
#include "azure/azureimport.h"
#include "definitionscontroller.h"

#include <QJsonDocument>

#include <limits>

namespace slipway::rest {

namespace {
QJsonObject reportOf(const azure::AzureImport &mapped, const SavedPipeline &saved) {
    QJsonArray notes;
    for (const azure::MappingNote &note : mapped.notes)
        notes.append(QJsonObject{{QStringLiteral("path"), note.path},
                                 {QStringLiteral("message"), note.message},
                                 {QStringLiteral("mapped"), note.mapped}});
    QJsonArray warnings;
    for (const Problem &p : saved.warnings)
        warnings.append(p.message);
    return {{QStringLiteral("pipelineId"), saved.pipelineId},
            {QStringLiteral("revision"), saved.revision},
            {QStringLiteral("created"), saved.created},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("secretsNeedingValue"), QJsonArray::fromStringList(saved.secretsWithoutValue)},
            {QStringLiteral("createdVariableGroups"), QJsonArray::fromStringList(saved.createdVariableGroups)},
            {QStringLiteral("warnings"), warnings}};
}
} // namespace

// The body as a pipeline document: Azure's shape through the mapper, or Slipway's own (with `stages`) as is.
Result<azure::AzureImport> DefinitionsController::mappedBody(const RestRequest &request) {
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    if (azure::looksLikeSlipwayPipeline(*body))
        return azure::AzureImport{*body, {}, {}};
    return azure::mapAzureDefinition(*body);
}

Result<RestResponse> DefinitionsController::savedAnswer(const RestRequest &request, const azure::AzureImport &mapped,
                                                        const SavedPipeline &saved) {
    Result<std::optional<PipelineRecord>> pipeline = m_services.queries.pipeline(saved.pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (!pipeline->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release definition %1 not found"),
                               {QString::number(saved.pipelineId)});
    Result<std::shared_ptr<const PipelineDefinition>> definition =
        m_services.pipelines.definitionOfRevision((*pipeline)->revisionId);
    if (!definition)
        return definition.error();
    Result<QJsonObject> json = m_api.definitionJson(m_api.shapes(request), **pipeline, **definition, true);
    if (!json)
        return json.error();
    QJsonObject answer = *json;
    answer.insert(QStringLiteral("slipwayImport"), reportOf(mapped, saved));
    return RestResponse::json(answer);
}

Result<RestResponse> DefinitionsController::createDefinition(const RestRequest &request, const ProjectRecord &project) {
    Result<azure::AzureImport> mapped = mappedBody(request);
    if (!mapped)
        return mapped.error();
    const QString name = mapped->pipeline.value(QStringLiteral("name")).toString();
    Result<QList<PipelineRecord>> pipelines = m_services.queries.pipelines();
    if (!pipelines)
        return pipelines.error();
    for (const PipelineRecord &p : std::as_const(*pipelines))
        if (p.projectId == project.id && p.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "a release definition named \"%1\" exists already (id %2); replace it with "
                                            "PUT, giving its id and revision"),
                {p.name, QString::number(p.id)});
    Result<SavedPipeline> saved =
        m_services.pipelines.save(QJsonDocument(mapped->pipeline).toJson(QJsonDocument::Compact), request.user,
                                  project.name, std::nullopt, QStringLiteral("created over REST"), true);
    if (!saved)
        return saved.error();
    return savedAnswer(request, *mapped, *saved);
}

Result<RestResponse> DefinitionsController::replaceDefinition(const RestRequest &request,
                                                              const ProjectRecord &project) {
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    const std::optional<qint64> id =
        integerOf(body->value(QStringLiteral("id")), 1, std::numeric_limits<qint64>::max());
    if (!id)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"id\" must name the release definition"));
    Result<PipelineRecord> pipeline = m_api.definitionIn(project, *id);
    if (!pipeline)
        return pipeline.error();
    // Azure refuses a body based on an older revision: someone saved in between.
    const QJsonValue revision = body->value(QStringLiteral("revision"));
    if (!revision.isUndefined() && !revision.isNull()) {
        const std::optional<qint64> given = integerOf(revision, 0, std::numeric_limits<int>::max());
        if (!given)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"revision\" must be a revision number"));
        if (*given != pipeline->revision)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "release definition %1 is at revision %2, not %3: it was saved since; "
                                            "get it again and apply your change to it"),
                {QString::number(*id), QString::number(pipeline->revision), QString::number(*given)});
    }
    Result<azure::AzureImport> mapped = mappedBody(request);
    if (!mapped)
        return mapped.error();
    Result<SavedPipeline> saved =
        m_services.pipelines.save(QJsonDocument(mapped->pipeline).toJson(QJsonDocument::Compact), request.user,
                                  project.name, *id, QStringLiteral("replaced over REST"), true);
    if (!saved)
        return saved.error();
    return savedAnswer(request, *mapped, *saved);
}

} // namespace slipway::rest
