#include "variablegroupscontroller.h"

#include <QRegularExpression>

namespace slipway::rest {

namespace {

Result<bool> ascendingOrder(const RestRequest &request) {
    const QString order = request.value("queryOrder");
    if (order.isEmpty() || order.compare(QLatin1String("idDescending"), Qt::CaseInsensitive) == 0)
        return false;
    if (order.compare(QLatin1String("idAscending"), Qt::CaseInsensitive) == 0)
        return true;
    return Error::validation(QT_TRANSLATE_NOOP("Engine", "queryOrder \"%1\" is not a VariableGroupQueryOrder value"),
                             {order});
}

} // namespace

void VariableGroupsController::addRoutes(Router &router) {
    const QString list = QStringLiteral("{project}/_apis/distributedtask/variablegroups");
    RouteTable<VariableGroupsController> routes(router, m_api, *this);
    routes.add("GET", list, &VariableGroupsController::listGroups);
    routes.add("GET", list + QStringLiteral("/{groupId}"), &VariableGroupsController::getGroup);
}

Result<RestResponse> VariableGroupsController::listGroups(const RestRequest &request, const ProjectRecord &project) {
    Result<int> top = request.queryCount("$top", 10000, 10000);
    if (!top)
        return top.error();
    // A token of 0 (the Node client sends it) starts at the beginning.
    Result<qint64> start =
        request.value("continuationToken") == QLatin1String("0") ? 0 : request.queryId("continuationToken", 0);
    if (!start)
        return start.error();
    Result<bool> ascending = ascendingOrder(request);
    if (!ascending)
        return ascending.error();
    QSet<qint64> ids;
    for (const QString &id : request.value("groupIds").split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(id.trimmed().toLongLong());
    const bool byName = request.has("groupName") && !request.value("groupName").isEmpty();
    const QRegularExpression pattern = nameWildcard(request.value("groupName"));
    Result<QList<VariableGroupRecord>> groups = m_services.variableGroups.list();
    if (!groups)
        return groups.error();
    QList<VariableGroupRecord> matching;
    for (const VariableGroupRecord &group : std::as_const(*groups)) {
        if ((byName && !pattern.match(group.name).hasMatch()) || (!ids.isEmpty() && !ids.contains(group.id)))
            continue;
        if (*start > 0 && (*ascending ? group.id < *start : group.id > *start))
            continue;
        matching << group;
    }
    std::sort(matching.begin(), matching.end(), [&](const VariableGroupRecord &a, const VariableGroupRecord &b) {
        return *ascending ? a.id < b.id : a.id > b.id;
    });
    const AzureShapes shapes = m_api.shapes(request);
    return Api::page(
        matching, *top, [&](const VariableGroupRecord &group) { return shapes.variableGroup(group, project); },
        [](const VariableGroupRecord &group) { return group.id; });
}

Result<RestResponse> VariableGroupsController::getGroup(const RestRequest &request, const ProjectRecord &project) {
    Result<qint64> id = request.id("groupId");
    if (!id)
        return id.error();
    Result<std::optional<VariableGroupRecord>> group = m_services.store.variableGroups().group(*id);
    if (!group)
        return group.error();
    if (!group->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "variable group %1 not found"), {QString::number(*id)});
    return RestResponse::json(m_api.shapes(request).variableGroup(withoutSecretValues(**group), project));
}

} // namespace slipway::rest
