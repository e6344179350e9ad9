#include "controllers.h"

namespace slipway::rest {

Result<ProjectRecord> Api::project(const RestRequest &request) const {
    const QString wanted = request.param("project");
    Result<QList<ProjectRecord>> projects = services.queries.projects();
    if (!projects)
        return projects.error();
    for (const ProjectRecord &p : std::as_const(*projects))
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(p.id) == wanted)
            return p;
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "project \"%1\" not found"), {wanted});
}

AzureShapes Api::shapes(const RestRequest &request) const {
    AzureShapes shapes(request.baseUrl, request.param("project"));
    // Definitions name their groups; the ids are looked up only when a definition links any.
    shapes.setVariableGroupLookup([store = &services.store](const QString &name) -> std::optional<qint64> {
        Result<std::optional<VariableGroupRecord>> group = store->variableGroups().findGroup(name);
        return group && group->has_value() ? std::optional<qint64>((*group)->id) : std::nullopt;
    });
    return shapes;
}

Result<QJsonObject> Api::definitionJson(const AzureShapes &shapes, const PipelineRecord &pipeline,
                                        const PipelineDefinition &definition, bool withEnvironments) const {
    QJsonObject json = shapes.definition(pipeline, definition, withEnvironments);
    Result<RevisionRecord> first = services.pipelines.revision(pipeline.id, 1);
    Result<RevisionRecord> current = services.pipelines.revision(pipeline.id, pipeline.revision);
    if (!first || !current)
        return first ? current.error() : first.error();
    json.insert(QStringLiteral("createdBy"), shapes.person(first->author));
    json.insert(QStringLiteral("createdOn"), AzureShapes::date(first->createdAt));
    json.insert(QStringLiteral("modifiedBy"), shapes.person(current->author));
    ReleaseQuery latest;
    latest.pipelineId = pipeline.id;
    latest.limit = 1;
    Result<QList<ReleaseRecord>> releases = services.queries.releases(latest);
    if (!releases)
        return releases.error();
    QJsonObject last = releases->isEmpty() ? QJsonObject() : shapes.releaseSummary(releases->first());
    if (!last.isEmpty()) { // Azure's ReleaseReference
        last.insert(QStringLiteral("artifacts"), QJsonArray());
        last.insert(QStringLiteral("webAccessUri"), QJsonValue(QJsonValue::Null));
    }
    json.insert(QStringLiteral("lastRelease"), last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last));
    return json;
}

Result<QHash<qint64, QString>> Api::pipelineNames() const {
    Result<QList<PipelineRecord>> pipelines = services.queries.pipelines();
    if (!pipelines)
        return pipelines.error();
    QHash<qint64, QString> names;
    for (const PipelineRecord &p : std::as_const(*pipelines))
        names.insert(p.id, p.name);
    return names;
}

Result<PipelineRecord> Api::pipelineIn(const ProjectRecord &project, qint64 pipelineId, const QString &notFound) const {
    Result<std::optional<PipelineRecord>> pipeline = services.queries.pipeline(pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (!pipeline->has_value() || (*pipeline)->projectId != project.id)
        return Error::notFound(notFound);
    return **pipeline;
}

Result<PipelineRecord> Api::definitionIn(const ProjectRecord &project, qint64 pipelineId) const {
    Result<PipelineRecord> pipeline = pipelineIn(project, pipelineId, QString());
    if (!pipeline && pipeline.error().kind == ErrorKind::NotFound) // in the user's language, as a template
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "release definition %1 not found"),
                               {QString::number(pipelineId)});
    return pipeline;
}

Result<PipelineRecord> Api::routeDefinition(const RestRequest &request, const ProjectRecord &project) const {
    Result<qint64> id = request.id("definitionId");
    if (!id)
        return id.error();
    return definitionIn(project, *id);
}

Result<ReleaseDetails> Api::releaseOf(const ProjectRecord &project, qint64 releaseId) const {
    Result<ReleaseDetails> details = services.releases.details(releaseId);
    if (!details)
        return details.error();
    if (Result<PipelineRecord> pipeline =
            pipelineIn(project, details->release.pipelineId,
                       QStringLiteral("release %1 not found in project \"%2\"").arg(releaseId).arg(project.name));
        !pipeline)
        return pipeline.error();
    return details;
}

Result<ReleaseDetails> Api::routeRelease(const RestRequest &request, const ProjectRecord &project) const {
    Result<qint64> id = request.id("releaseId");
    if (!id)
        return id.error();
    return releaseOf(project, *id);
}

Result<QHash<qint64, QList<ApprovalRecord>>> Api::approvalsOf(const QList<StageDetails> &stages) const {
    QHash<qint64, QList<ApprovalRecord>> approvals;
    for (const StageDetails &stage : stages)
        for (const DeploymentRecord &d : stage.deployments) {
            Result<QList<ApprovalRecord>> rows = services.approvals.ofDeployment(d.id);
            if (!rows)
                return rows.error();
            approvals.insert(d.id, *rows);
        }
    return approvals;
}

Result<QByteArray> Api::releaseJson(const RestRequest &request, const ProjectRecord &project, qint64 releaseId) const {
    Result<ReleaseDetails> details = releaseOf(project, releaseId);
    if (!details)
        return details.error();
    return releaseJsonOf(request, *details);
}

Result<QByteArray> Api::releaseJsonOf(const RestRequest &request, const ReleaseDetails &details) const {
    Result<QHash<qint64, QList<ApprovalRecord>>> approvals = approvalsOf(details.stages);
    if (!approvals)
        return approvals.error();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        services.pipelines.definitionOfRevision(details.release.revisionId);
    return shapes(request).release(details, snapshot ? snapshot->get() : nullptr, *approvals);
}

} // namespace slipway::rest
