#include "approvalscontroller.h"

#include "wireenums.h"

#include <limits>

namespace slipway::rest {

void ApprovalsController::addRoutes(Router &router) {
    const QString list = QStringLiteral("{project}/_apis/Release/approvals");
    const QString item = QStringLiteral("{project}/_apis/Release/approvals/{approvalId}");
    RouteTable<ApprovalsController> routes(router, m_api, *this);
    routes.add("GET", list, &ApprovalsController::listApprovals);
    routes.add("GET", item, &ApprovalsController::getApproval);
    routes.add("PATCH", item, &ApprovalsController::decideApproval);
    routes.forMembers();
    routes.add("PATCH", list, &ApprovalsController::decideApprovals);
    routes.forMembers();
    routes.add("GET", QStringLiteral("{project}/_apis/Release/approvals/{approvalId}/history"),
               &ApprovalsController::getApprovalHistory);
}

// Azure's reassignTo: an IdentityRef (uniqueName, displayName or the id Slipway gives the user) or a user name.
Result<QString> ApprovalsController::reassignee(const QJsonValue &to) {
    if (to.isString() && !to.toString().isEmpty())
        return to.toString();
    const QJsonObject ref = to.toObject();
    for (const char *key : {"uniqueName", "displayName"})
        if (const QString name = ref.value(QLatin1String(key)).toString(); !name.isEmpty())
            return name;
    const QString id = ref.value(QStringLiteral("id")).toString();
    if (!to.isObject() || id.isEmpty())
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "the field \"reassignTo\" must name a user (uniqueName, displayName or id)"));
    Result<QStringList> users = m_services.directory.users();
    if (!users)
        return users.error();
    for (const QString &user : std::as_const(*users))
        if (AzureShapes::identity(user, {}).value(QStringLiteral("id")).toString() == id.toLower())
            return user;
    return Error::notFound(QT_TRANSLATE_NOOP("Engine", "no user has the identity id %1"), {id});
}

Result<ApprovalRecord> ApprovalsController::decide(qint64 id, const QJsonObject &body, const Identity &user) {
    using wire::ApprovalStatus;
    const QJsonValue reassignTo = body.value(QStringLiteral("reassignTo"));
    if (!reassignTo.isUndefined() && !reassignTo.isNull()) {
        Result<QString> to = reassignee(reassignTo);
        if (!to)
            return to.error();
        Result<QString> comments = stringField(body, QStringLiteral("comments"), false);
        if (!comments)
            return comments.error();
        return m_services.approvals.reassign(id, *to, *comments, user);
    }
    const std::optional<ApprovalStatus> status = wire::approvalStatus.parse(body.value(QStringLiteral("status")));
    if (!status || (*status != ApprovalStatus::Approved && *status != ApprovalStatus::Rejected))
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"status\" must be approved or rejected"));
    Result<QString> comments = stringField(body, QStringLiteral("comments"), false);
    if (!comments)
        return comments.error();
    ApprovalDecision decision{*comments, {}, {}};
    // "revalidate identity": the token of this very request counts as the confirmation only when repeated.
    Result<QString> credential = stringField(body, QStringLiteral("revalidationToken"), false);
    if (!credential)
        return credential.error();
    decision.credential = *credential;
    const QJsonValue deferred = body.value(QStringLiteral("deferredDate"));
    if (!deferred.isUndefined() && !deferred.isNull()) {
        decision.deferUntil =
            deferred.isString() ? QDateTime::fromString(deferred.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!decision.deferUntil.isValid())
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "the field \"deferredDate\" must be an ISO 8601 date"));
        if (*status != ApprovalStatus::Approved)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "only an approval can be deferred"));
        return m_services.approvals.defer(id, decision, user);
    }
    return *status == ApprovalStatus::Approved ? m_services.approvals.approve(id, decision, user)
                                               : m_services.approvals.reject(id, decision, user);
}

Result<QJsonObject> ApprovalsController::approvalJson(const AzureShapes &shapes, const ApprovalRecord &approval,
                                                      bool withHistory) {
    QList<ApprovalHistoryRecord> history;
    if (withHistory) {
        Result<QList<ApprovalHistoryRecord>> rows = m_services.approvals.history(approval.id);
        if (!rows)
            return rows.error();
        history = *rows;
    }
    return shapes.approval(approval, history);
}

Result<ApprovalRecord> ApprovalsController::approvalIn(const ProjectRecord &project, qint64 id) {
    Result<ApprovalRecord> approval = m_services.approvals.approval(id);
    if (!approval)
        return approval.error();
    if (Result<PipelineRecord> pipeline =
            m_api.pipelineIn(project, approval->pipelineId, QStringLiteral("approval %1 not found").arg(id));
        !pipeline)
        return pipeline.error();
    return approval;
}

Result<ApprovalQuery> ApprovalsController::queryOf(const RestRequest &request) {
    ApprovalQuery query;
    Result<int> top = request.queryCount("top", 50, 1000);
    if (!top)
        return top.error();
    Result<qint64> start = request.queryToken("continuationToken");
    if (!start)
        return start.error();
    query.limit = *top + 1;
    query.startId = *start;
    if (request.has("statusFilter") && !request.value("statusFilter").isEmpty()) {
        // Azure's status to Slipway's through the name they share; Azure's "undefined" filters nothing.
        const std::optional<wire::ApprovalStatus> status = wire::approvalStatus.parse(request.value("statusFilter"));
        const QString name = status ? wire::approvalStatus.nameOf(*status) : QString();
        const std::optional<ApprovalStatus> parsed = fromString<ApprovalStatus>(name);
        if (!status || (*status != wire::ApprovalStatus::Undefined && !parsed))
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "statusFilter \"%1\" is not an ApprovalStatus"),
                                     {request.value("statusFilter")});
        query.status = parsed;
    }
    if (request.has("typeFilter") && !request.value("typeFilter").isEmpty()) {
        const std::optional<wire::ApprovalType> type = wire::approvalType.parse(request.value("typeFilter"));
        if (!type)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "typeFilter \"%1\" is not an ApprovalType"),
                                     {request.value("typeFilter")});
        if (*type == wire::ApprovalType::PreDeploy)
            query.kind = ApprovalKind::PreDeploy;
        else if (*type == wire::ApprovalType::PostDeploy)
            query.kind = ApprovalKind::PostDeploy;
    }
    for (const QString &id : request.value("releaseIdsFilter").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 number = id.trimmed().toLongLong(&ok);
        if (!ok || number <= 0)
            return Error::validation(
                QT_TRANSLATE_NOOP("Engine", "releaseIdsFilter holds \"%1\", which is not a release id"), {id});
        query.releaseIds << number;
    }
    const QString assignedTo = request.value("assignedToFilter");
    if (!assignedTo.isEmpty()) {
        query.approvers << assignedTo;
        if (request.value("includeMyGroupApprovals").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            if (Result<QStringList> groups = m_services.directory.groupsOf(assignedTo))
                for (const QString &group : std::as_const(*groups))
                    query.approvers << QStringLiteral("group:") + group;
    }
    return query;
}

Result<RestResponse> ApprovalsController::listApprovals(const RestRequest &request, const ProjectRecord &project) {
    Result<ApprovalQuery> query = queryOf(request);
    if (!query)
        return query.error();
    Result<QList<ApprovalRecord>> rows = m_services.queries.approvals(*query);
    if (!rows)
        return rows.error();
    Result<QList<ApprovalRecord>> visible =
        m_api.inProject(project, *rows, [](const ApprovalRecord &a) { return a.pipelineId; });
    if (!visible)
        return visible.error();
    const AzureShapes shapes = m_api.shapes(request);
    return Api::page(
        *visible, query->limit - 1, [&](const ApprovalRecord &a) { return shapes.approval(a, {}); },
        [](const ApprovalRecord &a) { return a.id; });
}

Result<RestResponse> ApprovalsController::getApproval(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("approvalId");
    if (!id)
        return id.error();
    Result<ApprovalRecord> approval = approvalIn(project, *id);
    if (!approval)
        return approval.error();
    const bool history = request.value("includeHistory").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    Result<QJsonObject> json = approvalJson(m_api.shapes(request), *approval, history);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

Result<RestResponse> ApprovalsController::getApprovalHistory(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("approvalId");
    if (!id)
        return id.error();
    Result<ApprovalRecord> approval = approvalIn(project, *id);
    if (!approval)
        return approval.error();
    Result<QJsonObject> json = approvalJson(m_api.shapes(request), *approval, true);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

Result<RestResponse> ApprovalsController::decideApproval(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("approvalId");
    if (!id)
        return id.error();
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    if (Result<ApprovalRecord> existing = approvalIn(project, *id); !existing)
        return existing.error();
    Result<ApprovalRecord> decided = decide(*id, *body, request.user);
    if (!decided)
        return decided.error();
    Result<QJsonObject> json = approvalJson(m_api.shapes(request), *decided, true);
    if (!json)
        return json.error();
    return RestResponse::json(*json);
}

Result<RestResponse> ApprovalsController::decideApprovals(const RestRequest &request, const ProjectRecord &project) {
    Result<QJsonArray> body = request.array();
    if (!body)
        return body.error();
    if (body->isEmpty())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the body must list at least one approval"));
    // Everything is checked before anything is decided.
    QList<std::pair<qint64, QJsonObject>> decisions;
    for (qsizetype i = 0; i < body->size(); ++i) {
        const QJsonObject item = body->at(i).toObject();
        const std::optional<qint64> id =
            integerOf(item.value(QStringLiteral("id")), 1, std::numeric_limits<qint64>::max());
        if (!body->at(i).isObject() || !id)
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"[%1].id\" must be a positive integer"),
                                     {QString::number(i)});
        if (Result<ApprovalRecord> existing = approvalIn(project, *id); !existing)
            return existing.error();
        decisions.append({*id, item});
    }
    QJsonArray results;
    for (const auto &[id, item] : std::as_const(decisions)) {
        Result<ApprovalRecord> decided = decide(id, item, request.user);
        if (!decided)
            return decided.error();
        results.append(m_api.shapes(request).approval(*decided, {}));
    }
    return RestResponse::list(results);
}

} // namespace slipway::rest
