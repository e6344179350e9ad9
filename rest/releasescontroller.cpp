#include "releasescontroller.h"

#include "wireenums.h"

#include <QJsonDocument>

#include <limits>

namespace slipway::rest {

namespace {

Result<std::optional<ReleaseStatus>> statusFilter(const RestRequest &request) {
    if (!request.has("statusFilter") || request.value("statusFilter").isEmpty())
        return std::optional<ReleaseStatus>();
    const std::optional<wire::ReleaseStatus> value = wire::releaseStatus.parse(request.value("statusFilter"));
    if (value == wire::ReleaseStatus::Undefined)
        return std::optional<ReleaseStatus>();
    if (value == wire::ReleaseStatus::Draft)
        return std::optional<ReleaseStatus>(ReleaseStatus::Draft);
    if (value == wire::ReleaseStatus::Active)
        return std::optional<ReleaseStatus>(ReleaseStatus::Active);
    if (value == wire::ReleaseStatus::Abandoned)
        return std::optional<ReleaseStatus>(ReleaseStatus::Abandoned);
    return Error::validation(
        QT_TRANSLATE_NOOP("Engine", "statusFilter \"%1\" is not a ReleaseStatus (draft, active, abandoned)"),
        {request.value("statusFilter")});
}

Result<bool> ascendingOrder(const RestRequest &request) {
    if (!request.has("queryOrder") || request.value("queryOrder").isEmpty())
        return false;
    const std::optional<wire::QueryOrder> order = wire::queryOrder.parse(request.value("queryOrder"));
    if (!order || (*order != wire::QueryOrder::Descending && *order != wire::QueryOrder::Ascending))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "queryOrder \"%1\" is not descending or ascending"),
                                 {request.value("queryOrder")});
    return *order == wire::QueryOrder::Ascending;
}

// Azure's environment status flags to Slipway's stage states.
Result<QStringList> stageStatusFilter(const RestRequest &request) {
    if (request.value("environmentStatusFilter").isEmpty())
        return QStringList();
    using wire::EnvironmentStatus;
    const std::optional<EnvironmentStatus> bits =
        wire::environmentStatus.parse(request.value("environmentStatusFilter"));
    if (!bits)
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "environmentStatusFilter \"%1\" is not an EnvironmentStatus"),
            {request.value("environmentStatusFilter")});
    QStringList names;
    const std::pair<EnvironmentStatus, const char *> map[] = {
        {EnvironmentStatus::NotStarted, "notStarted"},
        {EnvironmentStatus::InProgress, "inProgress"},
        {EnvironmentStatus::Succeeded, "succeeded"},
        {EnvironmentStatus::Canceled, "canceled"},
        {EnvironmentStatus::Rejected, "rejected"},
        {EnvironmentStatus::Rejected, "failed"},
        {EnvironmentStatus::Queued, "queued"},
        {EnvironmentStatus::Scheduled, "scheduled"},
        {EnvironmentStatus::PartiallySucceeded, "partiallySucceeded"}};
    for (const auto &[bit, name] : map)
        if (wire::hasAny(*bits, bit))
            names << QString::fromLatin1(name);
    return names;
}

// The list filters that Slipway's query holds besides the paging ones.
Status moreFilters(const RestRequest &request, ReleaseQuery &query) {
    Result<QList<qint64>> ids = request.queryIds("releaseIdFilter");
    if (!ids)
        return ids.error();
    query.ids = *ids;
    for (const auto &[key, bound] :
         {std::pair{"minCreatedTime", &query.minCreated}, std::pair{"maxCreatedTime", &query.maxCreated}}) {
        Result<QDateTime> at = request.queryTime(key);
        if (!at)
            return at.error();
        *bound = *at;
    }
    Result<QStringList> stages = stageStatusFilter(request);
    if (!stages)
        return stages.error();
    query.stageStatuses = *stages;
    return {};
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

} // namespace

// Abandon, start a draft, keepForever, rename: Azure's updateReleaseResource (PATCH) and updateRelease (PUT).
Status ReleasesController::applyUpdate(const ReleaseRecord &release, const QJsonObject &body, const Identity &user) {
    const QJsonValue status = body.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull()) {
        using Wire = wire::ReleaseStatus;
        const std::optional<Wire> value = wire::releaseStatus.parse(status);
        if (!value ||
            (*value != Wire::Draft && *value != Wire::Active && *value != Wire::Abandoned && *value != Wire::Undefined))
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be a ReleaseStatus (draft, active, abandoned)"));
        if (*value == Wire::Abandoned && release.status != ReleaseStatus::Abandoned)
            if (Status ok = m_services.releases.abandon(release.id, user); !ok)
                return ok;
        if (*value == Wire::Active && release.status == ReleaseStatus::Draft)
            if (Status ok = m_services.releases.startDraft(release.id, user); !ok)
                return ok;
        if (*value == Wire::Draft && release.status != ReleaseStatus::Draft)
            return Error::conflict(QT_TRANSLATE_NOOP("Engine", "release %1 is %2; it cannot become a draft again"),
                                   {QString::number(release.id), toString(release.status)});
    }
    const QJsonValue keep = body.value(QStringLiteral("keepForever"));
    if (!keep.isUndefined() && !keep.isNull()) {
        if (!keep.isBool())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"keepForever\" must be true or false"));
        if (keep.toBool() != release.keepForever)
            if (Status ok = m_services.releases.setKeepForever(release.id, keep.toBool(), user); !ok)
                return ok;
    }
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull()) {
        if (!description.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"description\" must be a string"));
        if (description.toString() != release.description)
            if (Status ok = m_services.releases.setDescription(release.id, description.toString(), user); !ok)
                return ok;
    }
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"name\" must be a string"));
        if (name.toString() != release.name)
            if (Status ok = m_services.releases.rename(release.id, name.toString(), user); !ok)
                return ok;
    }
    return {};
}

void ReleasesController::addRoutes(Router &router) {
    const QString list = QStringLiteral("{project}/_apis/Release/releases");
    const QString item = QStringLiteral("{project}/_apis/Release/releases/{releaseId}");
    // A malformed release id is a 400 even in an unknown project.
    const Precheck releaseId = [](const RestRequest &request) -> Status {
        Result<qint64> id = request.id("releaseId");
        return id ? Status() : Status(id.error());
    };
    RouteTable<ReleasesController> routes(router, m_api, *this);
    routes.add("GET", QStringLiteral("_apis/Release/releases"), &ReleasesController::listAllReleases);
    routes.add("GET", list, &ReleasesController::listReleases);
    routes.addGrouped("POST", list, &ReleasesController::createRelease, &ReleasesController::createReleases);
    routes.forMembers();
    routes.add("GET", item, &ReleasesController::getRelease, releaseId);
    routes.add("PATCH", item, &ReleasesController::updateRelease, releaseId);
    routes.add("PUT", item, &ReleasesController::updateRelease, releaseId);
}

Result<RestResponse> ReleasesController::listAllReleases(const RestRequest &request) {
    return list(request, std::nullopt);
}

Result<RestResponse> ReleasesController::listReleases(const RestRequest &request, const ProjectRecord &project) {
    return list(request, project);
}

Result<RestResponse> ReleasesController::list(const RestRequest &request, const std::optional<ProjectRecord> &project) {
    ReleaseQuery query;
    Result<qint64> definition = request.queryId("definitionId", 0);
    Result<int> top = request.queryCount("$top", 50, 100);
    Result<qint64> start = request.queryToken("continuationToken");
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
    if (Status filtered = moreFilters(request, query); !filtered)
        return filtered.error();
    const std::optional<wire::ReleaseExpands> expand = request.value("$expand").isEmpty()
                                                           ? std::optional(wire::ReleaseExpands::None)
                                                           : wire::releaseExpands.parse(request.value("$expand"));
    if (!expand)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "$expand \"%1\" is not a ReleaseExpands value"),
                                 {request.value("$expand")});
    Result<QList<ReleaseRecord>> rows = m_services.queries.releases(query);
    if (!rows)
        return rows.error();
    QList<ReleaseRecord> visible = *rows;
    if (project) {
        Result<QList<ReleaseRecord>> kept =
            m_api.inProject(*project, *rows, [](const ReleaseRecord &r) { return r.pipelineId; });
        if (!kept)
            return kept.error();
        visible = *kept;
    }
    const AzureShapes shapes(request.baseUrl, project ? project->name : QString());
    if (!wire::hasAny(*expand, wire::ReleaseExpands::Environments))
        return Api::page(
            visible, *top,
            [&](const ReleaseRecord &r) {
                QJsonObject summary = shapes.releaseSummary(r);
                // Revisions are parsed once and cached: the format costs a lookup.
                if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
                        m_services.pipelines.definitionOfRevision(r.revisionId))
                    summary.insert(QStringLiteral("releaseNameFormat"), (*snapshot)->releaseNameFormat);
                return summary;
            },
            [](const ReleaseRecord &r) { return r.id; });
    // With environments: each release as GET releases/{id} shows it.
    QHash<qint64, QJsonObject> full;
    for (qsizetype i = 0; i < qMin<qsizetype>(visible.size(), *top); ++i) {
        Result<ReleaseDetails> details = m_services.releases.details(visible.at(i).id);
        if (!details)
            return details.error();
        Result<QByteArray> json = m_api.releaseJsonOf(request, *details);
        if (!json)
            return json.error();
        full.insert(visible.at(i).id, QJsonDocument::fromJson(*json).object());
    }
    return Api::page(
        visible, *top, [&](const ReleaseRecord &r) { return full.value(r.id); },
        [](const ReleaseRecord &r) { return r.id; });
}

// What the body asks to create, in a pipeline of the project.
Result<CreateReleaseRequest> ReleasesController::creationOf(const RestRequest &request, const ProjectRecord &project) {
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    const std::optional<qint64> definitionId =
        integerOf(body->value(QStringLiteral("definitionId")), 1, std::numeric_limits<qint64>::max());
    if (!definitionId)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"definitionId\" must be a positive integer"));
    const qint64 pipelineId = *definitionId;
    Result<PipelineRecord> pipeline = m_api.definitionIn(project, pipelineId);
    if (!pipeline)
        return pipeline.error();
    Result<CreateReleaseRequest> create = startMetadata(*body, *pipeline);
    return create;
}

Result<RestResponse> ReleasesController::createdAnswer(const RestRequest &request, const ReleaseRecord &created) {
    Result<ReleaseDetails> details = m_services.releases.details(created.id);
    if (!details)
        return details.error();
    Result<QByteArray> json = m_api.releaseJsonOf(request, *details);
    if (!json)
        return json.error();
    return RestResponse::text(*json);
}

Result<RestResponse> ReleasesController::createRelease(const RestRequest &request, const ProjectRecord &project) {
    Result<CreateReleaseRequest> create = creationOf(request, project);
    if (!create)
        return create.error();
    Result<ReleaseRecord> created = m_services.releases.create(*create, request.user);
    if (!created)
        return created.error();
    return createdAnswer(request, *created);
}

QList<Result<RestResponse>> ReleasesController::createReleases(const QList<ProjectRequest> &requests) {
    QList<Result<RestResponse>> answers;
    QList<ReleaseBatchItem> batch;
    QList<qsizetype> positions; // of the batch's items among the requests
    for (const ProjectRequest &r : requests) {
        Result<CreateReleaseRequest> create = creationOf(*r.request, r.project);
        answers.append(create ? Result<RestResponse>(RestResponse()) : Result<RestResponse>(create.error()));
        if (create) {
            batch.append({*create, r.request->user});
            positions.append(answers.size() - 1);
        }
    }
    if (batch.isEmpty())
        return answers;
    // Each answer is read in the savepoint of its release: it shows the release as created.
    const QList<Result<ReleaseRecord>> created =
        m_services.releases.createBatch(batch, [&](qsizetype i, const ReleaseRecord &release) -> Status {
            Result<RestResponse> answer = createdAnswer(*requests.at(positions.at(i)).request, release);
            answers[positions.at(i)] = answer;
            return answer ? Status() : Status(answer.error());
        });
    for (qsizetype i = 0; i < created.size(); ++i)
        if (!created.at(i))
            answers[positions.at(i)] = created.at(i).error();
    return answers;
}

Result<RestResponse> ReleasesController::getRelease(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("releaseId");
    if (!id)
        return id.error();
    Result<QByteArray> json = m_api.releaseJson(request, project, *id);
    if (!json)
        return json.error();
    return RestResponse::text(*json);
}

Result<RestResponse> ReleasesController::updateRelease(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("releaseId");
    if (!id)
        return id.error();
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    Result<ReleaseDetails> details = m_api.releaseOf(project, *id);
    if (!details)
        return details.error();
    if (Status ok = applyUpdate(details->release, *body, request.user); !ok)
        return ok.error();
    Result<QByteArray> json = m_api.releaseJson(request, project, *id);
    if (!json)
        return json.error();
    return RestResponse::text(*json);
}

} // namespace slipway::rest
