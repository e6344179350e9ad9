#include "revisionscontroller.h"

#include <QSet>

namespace slipway::rest {

namespace {
// Slipway's "/team/web" as Azure's "\team\web"; the root is "\".
QString azurePath(const QString &folder) {
    QString path = QString(folder).replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (!path.startsWith(QLatin1Char('\\')))
        path.prepend(QLatin1Char('\\'));
    while (path.size() > 1 && path.endsWith(QLatin1Char('\\')))
        path.chop(1);
    return path;
}
} // namespace

void RevisionsController::addRoutes(Router &router) {
    RouteTable<RevisionsController> routes(router, m_api, *this);
    routes.add("GET", QStringLiteral("{project}/_apis/Release/definitions/{definitionId}/revisions"),
               &RevisionsController::listRevisions);
    routes.add("GET", QStringLiteral("{project}/_apis/Release/definitions/{definitionId}/revisions/{revision}"),
               &RevisionsController::getRevision);
    routes.add("GET", QStringLiteral("{project}/_apis/Release/folders"), &RevisionsController::listFolders);
    routes.add("GET", QStringLiteral("{project}/_apis/Release/folders/{path}"), &RevisionsController::listFolders);
}

Result<RestResponse> RevisionsController::listRevisions(const RestRequest &request, const ProjectRecord &project) {
    Result<PipelineRecord> pipeline = m_api.routeDefinition(request, project);
    if (!pipeline)
        return pipeline.error();
    const qint64 id = pipeline->id;
    Result<QList<RevisionRecord>> revisions = m_services.pipelines.revisions(id);
    if (!revisions)
        return revisions.error();
    const AzureShapes shapes = m_api.shapes(request);
    const QString definitionUrl =
        shapes.definitionReference(id, pipeline->name).value(QStringLiteral("url")).toString();
    QJsonArray values;
    for (const RevisionRecord &r : std::as_const(*revisions))
        values.append(QJsonObject{
            {QStringLiteral("definitionId"), id},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("changedBy"), shapes.person(r.author)},
            {QStringLiteral("changedDate"), AzureShapes::date(r.createdAt)},
            {QStringLiteral("changeType"), r.revision == 1 ? QStringLiteral("add") : QStringLiteral("update")},
            {QStringLiteral("comment"), r.comment},
            {QStringLiteral("apiVersion"), QStringLiteral("7.1")},
            {QStringLiteral("definitionUrl"),
             QString(definitionUrl + QStringLiteral("/revisions/%1").arg(r.revision))}});
    return RestResponse::list(values);
}

Result<RestResponse> RevisionsController::getRevision(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("definitionId"); // a malformed {definitionId} is named first
    if (!id)
        return id.error();
    Result<qint64> number = request.id("revision");
    if (!number)
        return number.error();
    Result<PipelineRecord> pipeline = m_api.definitionIn(project, *id);
    if (!pipeline)
        return pipeline.error();
    Result<RevisionRecord> revision = m_services.pipelines.revision(pipeline->id, int(qMin<qint64>(*number, 1 << 30)));
    if (!revision)
        return revision.error();
    Result<std::shared_ptr<const PipelineDefinition>> definition =
        m_services.pipelines.definitionOfRevision(revision->id);
    if (!definition)
        return definition.error();
    PipelineRecord then = *pipeline;
    then.revision = revision->revision;
    then.revisionId = revision->id;
    then.updatedAt = revision->createdAt;
    then.name = (*definition)->name;
    then.folder = (*definition)->folder;
    Result<QJsonObject> json = m_api.definitionJson(m_api.shapes(request), then, **definition, true);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

Result<RestResponse> RevisionsController::listFolders(const RestRequest &request, const ProjectRecord &project) {
    const QString under = request.param("path").isEmpty() ? QStringLiteral("\\") : azurePath(request.param("path"));
    Result<QList<PipelineRecord>> pipelines = m_services.queries.pipelines();
    if (!pipelines)
        return pipelines.error();
    // Every folder of a pipeline, and the folders above it.
    QSet<QString> paths{QStringLiteral("\\")};
    for (const PipelineRecord &p : std::as_const(*pipelines)) {
        if (p.projectId != project.id)
            continue;
        QString path = azurePath(p.folder);
        while (path.size() > 1) {
            paths.insert(path);
            path.truncate(qMax<qsizetype>(1, path.lastIndexOf(QLatin1Char('\\'))));
        }
    }
    QStringList sorted(paths.cbegin(), paths.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString prefix = under == QLatin1String("\\") ? under : under + QLatin1Char('\\');
    QJsonArray values;
    for (const QString &path : std::as_const(sorted))
        if (path.compare(under, Qt::CaseInsensitive) == 0 || path.startsWith(prefix, Qt::CaseInsensitive))
            values.append(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("description"), QString()},
                                      {QStringLiteral("createdBy"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("createdOn"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("lastChangedBy"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("lastChangedDate"), QJsonValue(QJsonValue::Null)}});
    if (values.isEmpty())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "folder \"%1\" not found"), {under});
    return RestResponse::list(values);
}

} // namespace slipway::rest
