// Releases (rest.md §B.1, §I): list with filters and paging, get, create, update.
#include "controllers.h"

#include "wireenums.h"

namespace slipway::rest {

namespace {

Result<std::optional<ReleaseStatus>> statusFilter(const RestRequest &request) {
    if (!request.has("statusFilter") || request.value("statusFilter").isEmpty())
        return std::optional<ReleaseStatus>();
    const std::optional<int> value = wire::releaseStatus.parse(request.value("statusFilter"));
    switch (value.value_or(-1)) {
    case 0: return std::optional<ReleaseStatus>();
    case 1: return std::optional<ReleaseStatus>(ReleaseStatus::Draft);
    case 2: return std::optional<ReleaseStatus>(ReleaseStatus::Active);
    case 4: return std::optional<ReleaseStatus>(ReleaseStatus::Abandoned);
    default:
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "statusFilter \"%1\" is not a ReleaseStatus (draft, active, abandoned)"),
            {request.value("statusFilter")});
    }
}

Result<bool> ascendingOrder(const RestRequest &request) {
    if (!request.has("queryOrder") || request.value("queryOrder").isEmpty())
        return false;
    const std::optional<int> order = wire::queryOrder.parse(request.value("queryOrder"));
    if (!order || (*order != 0 && *order != 1))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "queryOrder \"%1\" is not descending or ascending"),
                                 {request.value("queryOrder")});
    return *order == 1;
}

Result<RestResponse> listReleases(Services &services, const RestRequest &request,
                                  std::optional<ProjectRecord> project) {
    ReleaseQuery query;
    Result<qint64> definition = request.queryId("definitionId", 0);
    Result<int> top = request.queryCount("$top", 50, 100);
    Result<qint64> start = request.queryId("continuationToken", 0);
    Result<std::optional<ReleaseStatus>> status = statusFilter(request);
    Result<bool> ascending = ascendingOrder(request);
    for (const Error *error :
         {definition ? nullptr : &definition.error(), top ? nullptr : &top.error(), start ? nullptr : &start.error(),
          status ? nullptr : &status.error(), ascending ? nullptr : &ascending.error()})
        if (error)
            return *error;
    query.pipelineId = *definition;
    query.limit = *top + 1;
    query.startId = *start;
    query.status = *status;
    query.ascending = *ascending;
    query.searchText = request.value("searchText");
    query.createdBy = request.value("createdBy");
    Result<QList<ReleaseRecord>> rows = services.queries.releases(query);
    if (!rows)
        return rows.error();
    QList<ReleaseRecord> visible = *rows;
    if (project) {
        Result<QList<ReleaseRecord>> kept =
            Api(services).inProject(*project, *rows, [](const ReleaseRecord &r) { return r.pipelineId; });
        if (!kept)
            return kept.error();
        visible = *kept;
    }
    const AzureShapes shapes(request.baseUrl, project ? project->name : QString());
    return Api::page(
        visible, *top, [&](const ReleaseRecord &r) { return shapes.releaseSummary(r); },
        [](const ReleaseRecord &r) { return r.id; });
}

Result<CreateReleaseRequest> startMetadata(const QJsonObject &body, const PipelineRecord &pipeline) {
    CreateReleaseRequest request;
    request.pipeline = QString::number(pipeline.id);
    request.reason = ReleaseReason::Api;
    Result<QString> description = stringField(body, QStringLiteral("description"), false);
    if (!description)
        return description.error();
    request.description = *description;
    Result<bool> draft = boolField(body, QStringLiteral("isDraft"), false);
    if (!draft)
        return draft.error();
    request.draft = *draft;
    const QJsonValue manual = body.value(QStringLiteral("manualEnvironments"));
    if (!manual.isUndefined() && !manual.isNull() && !manual.isArray())
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "the field \"manualEnvironments\" must be an array of stage names"));
    for (const QJsonValue &stage : manual.toArray()) {
        if (!stage.isString())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"manualEnvironments\" must be an array of stage names"));
        request.manualStages << stage.toString();
    }
    const QJsonValue artifacts = body.value(QStringLiteral("artifacts"));
    if (!artifacts.isUndefined() && !artifacts.isNull() && !artifacts.isArray())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"artifacts\" must be an array"));
    const QJsonArray artifactList = artifacts.toArray();
    for (qsizetype i = 0; i < artifactList.size(); ++i) {
        const QJsonObject artifact = artifactList.at(i).toObject();
        const QString where = QStringLiteral("artifacts[%1]").arg(i);
        if (!artifactList.at(i).isObject() || !artifact.value(QStringLiteral("alias")).isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"%1.alias\" must be a string"), {where});
        const QJsonValue reference = artifact.value(QStringLiteral("instanceReference"));
        if (!reference.isObject())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"%1.instanceReference\" must be an object"), {where});
        const QJsonValue name = reference.toObject().value(QStringLiteral("name"));
        const QJsonValue id = reference.toObject().value(QStringLiteral("id"));
        const QString version = name.isString() ? name.toString() : id.isString() ? id.toString() : QString();
        if (version.isEmpty())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"%1.instanceReference.name\" must name the version"), {where});
        request.artifactVersions.insert(artifact.value(QStringLiteral("alias")).toString(), version);
    }
    const QJsonValue variables = body.value(QStringLiteral("variables"));
    if (!variables.isUndefined() && !variables.isNull() && !variables.isObject())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"variables\" must be an object"));
    const QJsonObject variableMap = variables.toObject();
    for (auto it = variableMap.begin(); it != variableMap.end(); ++it) {
        const QJsonValue value = it->isObject() ? it->toObject().value(QStringLiteral("value")) : *it;
        if (!value.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"variables.%1.value\" must be a string"),
                                     {it.key()});
        request.variables.insert(it.key(), value.toString());
    }
    return request;
}

// PATCH updateReleaseResource and PUT updateRelease: abandon, start a draft, keepForever, rename.
Status applyUpdate(Services &services, const ReleaseRecord &release, const QJsonObject &body, const Identity &user) {
    const QJsonValue status = body.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull()) {
        const std::optional<int> value = wire::releaseStatus.parse(status);
        if (!value || (*value != 1 && *value != 2 && *value != 4 && *value != 0))
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be a ReleaseStatus (draft, active, abandoned)"));
        if (*value == 4 && release.status != ReleaseStatus::Abandoned)
            if (Status ok = services.releases.abandon(release.id, user); !ok)
                return ok;
        if (*value == 2 && release.status == ReleaseStatus::Draft)
            if (Status ok = services.releases.startDraft(release.id, user); !ok)
                return ok;
        if (*value == 1 && release.status != ReleaseStatus::Draft)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is %2; it cannot become a draft again"),
                                   {QString::number(release.id), toString(release.status)});
    }
    const QJsonValue keep = body.value(QStringLiteral("keepForever"));
    if (!keep.isUndefined() && !keep.isNull()) {
        if (!keep.isBool())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"keepForever\" must be true or false"));
        if (keep.toBool() != release.keepForever)
            if (Status ok = services.releases.setKeepForever(release.id, keep.toBool(), user); !ok)
                return ok;
    }
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"name\" must be a string"));
        if (name.toString() != release.name)
            if (Status ok = services.releases.rename(release.id, name.toString(), user); !ok)
                return ok;
    }
    return {};
}

} // namespace

void addReleaseRoutes(Router &router, Services &services) {
    const QString list = QStringLiteral("{project}/_apis/Release/releases");
    const QString item = QStringLiteral("{project}/_apis/Release/releases/{releaseId}");
    router.add(QStringLiteral("GET"), QStringLiteral("_apis/Release/releases"),
               [&services](const RestRequest &request) { return listReleases(services, request, std::nullopt); });
    router.add(QStringLiteral("GET"), list, [&services](const RestRequest &request) -> Result<RestResponse> {
        Result<ProjectRecord> project = Api(services).project(request);
        if (!project)
            return project.error();
        return listReleases(services, request, *project);
    });
    router.add(
        QStringLiteral("POST"), list,
        [&services](const RestRequest &request) -> Result<RestResponse> {
            Api api(services);
            Result<ProjectRecord> project = api.project(request);
            if (!project)
                return project.error();
            Result<QJsonObject> body = request.object();
            if (!body)
                return body.error();
            const QJsonValue definitionId = body->value(QStringLiteral("definitionId"));
            if (!definitionId.isDouble() || definitionId.toDouble() < 1 ||
                definitionId.toDouble() != double(qint64(definitionId.toDouble())))
                return Error::validation(
                    QT_TRANSLATE_NOOP("Engine", "the field \"definitionId\" must be a positive integer"));
            const qint64 pipelineId = qint64(definitionId.toDouble());
            Result<PipelineRecord> pipeline =
                api.pipelineIn(*project, pipelineId, QStringLiteral("release definition %1 not found").arg(pipelineId));
            if (!pipeline)
                return pipeline.error();
            Result<CreateReleaseRequest> create = startMetadata(*body, *pipeline);
            if (!create)
                return create.error();
            Result<ReleaseRecord> created = services.releases.create(*create, request.user);
            if (!created)
                return created.error();
            Result<ReleaseDetails> details = services.releases.details(created->id);
            if (!details)
                return details.error();
            Result<QByteArray> json = api.releaseJsonOf(request, *details);
            if (!json)
                return json.error();
            RestResponse response = RestResponse::text(*json);
            response.announce = [&services, pipelineId = created->pipelineId, releaseId = created->id] {
                Q_EMIT services.notifier.releaseCreated(pipelineId, releaseId);
            };
            return response;
        },
        true, Router::Commit::Grouped);
    router.add(QStringLiteral("GET"), item, [&services](const RestRequest &request) -> Result<RestResponse> {
        Result<qint64> id = request.id("releaseId");
        if (!id)
            return id.error();
        Result<QByteArray> json = Api(services).releaseJson(request, *id);
        if (!json)
            return json.error();
        return RestResponse::text(*json);
    });
    const auto update = [&services](const RestRequest &request) -> Result<RestResponse> {
        Api api(services);
        Result<qint64> id = request.id("releaseId");
        if (!id)
            return id.error();
        Result<ProjectRecord> project = api.project(request);
        if (!project)
            return project.error();
        Result<QJsonObject> body = request.object();
        if (!body)
            return body.error();
        Result<ReleaseDetails> details = api.releaseOf(*project, *id);
        if (!details)
            return details.error();
        if (Status ok = applyUpdate(services, details->release, *body, request.user); !ok)
            return ok.error();
        Result<QByteArray> json = api.releaseJson(request, *id);
        if (!json)
            return json.error();
        return RestResponse::text(*json);
    };
    router.add(QStringLiteral("PATCH"), item, update);
    router.add(QStringLiteral("PUT"), item, update);
}

} // namespace slipway::rest
