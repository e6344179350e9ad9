#include "discoverycontroller.h"

#include "releaselocations.h"

#include <QCoreApplication>
#include <QUuid>

namespace slipway::rest {

namespace {

struct Location final {
    const char *id;
    const char *resource;
    int version;
    const char *route;
};

QJsonObject location(const Location &l, const char *area) {
    return {{QStringLiteral("id"), QString::fromLatin1(l.id)},
            {QStringLiteral("area"), QString::fromLatin1(area)},
            {QStringLiteral("resourceName"), QString::fromLatin1(l.resource)},
            {QStringLiteral("routeTemplate"), QString::fromLatin1(l.route)},
            {QStringLiteral("resourceVersion"), l.version},
            {QStringLiteral("minVersion"), QStringLiteral("3.0")},
            {QStringLiteral("maxVersion"), QStringLiteral("7.2")},
            {QStringLiteral("releasedVersion"), QStringLiteral("7.1")}};
}

QString collectionId(const QString &baseUrl) {
    return QUuid::createUuidV5(QUuid(QStringLiteral("{0f1c6a3e-2b64-4b4e-8f4e-5c3b1d2a9e70}")), baseUrl)
        .toString(QUuid::WithoutBraces);
}

} // namespace

void DiscoveryController::addRoutes(Router &router) {
    RouteTable<DiscoveryController> routes(router, m_api, *this);
    routes.add("OPTIONS", QStringLiteral("_apis/Location"), &DiscoveryController::locationOptions);
    routes.add("GET", QStringLiteral("_apis/ResourceAreas"), &DiscoveryController::resourceAreas);
    routes.add("OPTIONS", QStringLiteral("_apis/Release"), &DiscoveryController::releaseOptions);
    routes.add("OPTIONS", QStringLiteral("_apis/distributedtask"), &DiscoveryController::distributedTaskOptions);
    routes.add("GET", QStringLiteral("_apis/connectionData"), &DiscoveryController::connectionData);
}

Result<RestResponse> DiscoveryController::locationOptions(const RestRequest &) {
    const Location resourceAreas{"e81700f7-3be2-46de-8624-2eb35882fcaa", "ResourceAreas", 1,
                                 "_apis/{resource}/{areaId}"};
    QJsonObject entry = location(resourceAreas, "Location");
    entry.insert(QStringLiteral("minVersion"), QStringLiteral("3.2"));
    return RestResponse::list({entry});
}

Result<RestResponse> DiscoveryController::resourceAreas(const RestRequest &) {
    // No areas elsewhere: the client keeps using the collection URL it was given.
    return RestResponse::json(QJsonObject{{QStringLiteral("count"), 0}, {QStringLiteral("value"), QJsonValue::Null}});
}

Result<RestResponse> DiscoveryController::releaseOptions(const RestRequest &) {
    QJsonArray locations;
    for (const ReleaseLocation &l : releaseLocations())
        locations.append(location({l.id, l.resource, l.version, l.route}, "Release"));
    return RestResponse::list(locations);
}

Result<RestResponse> DiscoveryController::distributedTaskOptions(const RestRequest &) {
    // What Slipway serves of the area: agent pools, their agents (agentpoolscontroller.cpp) and variable groups.
    const Location served[] = {
        {"a8c47e17-4d56-4a56-92bb-de7ea7dc65be", "pools", 1, "_apis/{area}/{resource}/{poolId}"},
        {"e298ef32-5878-4cab-993c-043836571f42", "agents", 1, "_apis/{area}/pools/{poolId}/{resource}/{agentId}"},
        {"f5b09dd5-9d54-45a1-8b5a-1c8287d634cc", "variablegroups", 2, "{project}/_apis/{area}/{resource}/{groupId}"},
    };
    QJsonArray locations;
    for (const Location &l : served)
        locations.append(location(l, "distributedtask"));
    return RestResponse::list(locations);
}

Result<RestResponse> DiscoveryController::connectionData(const RestRequest &request) {
    QJsonObject user = AzureShapes::identity(request.user.userName, request.baseUrl);
    user.insert(QStringLiteral("providerDisplayName"), request.user.userName);
    user.insert(QStringLiteral("isActive"), true);
    user.insert(QStringLiteral("properties"), QJsonObject());
    const QString instance = collectionId(request.baseUrl);
    return RestResponse::json(QJsonObject{
        {QStringLiteral("authenticatedUser"), user},
        {QStringLiteral("authorizedUser"), user},
        {QStringLiteral("instanceId"), instance},
        {QStringLiteral("deploymentId"), instance},
        {QStringLiteral("deploymentType"), QStringLiteral("onPremises")},
        {QStringLiteral("locationServiceData"),
         QJsonObject{{QStringLiteral("serviceOwner"), QStringLiteral("00025394-6065-48ca-87d9-7f5672854ef7")},
                     {QStringLiteral("defaultAccessMappingMoniker"), QStringLiteral("PublicAccessMapping")},
                     {QStringLiteral("lastChangeId"), 1},
                     {QStringLiteral("lastChangeId64"), 1}}}});
}

void SlipwayController::addRoutes(Router &router) {
    RouteTable<SlipwayController> routes(router, m_api, *this);
    routes.add("GET", QStringLiteral("_apis/health"), &SlipwayController::health, false);
    routes.add("POST", QStringLiteral("{project}/_apis/slipway/pipelines/{pipeline}/artifacts/{alias}/versions"),
               &SlipwayController::pushVersion);
}

Result<RestResponse> SlipwayController::health(const RestRequest &) {
    const QString version = QCoreApplication::applicationVersion();
    return RestResponse::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("version"), version.isEmpty() ? QStringLiteral("0.1.0") : version}});
}

Result<RestResponse> SlipwayController::pushVersion(const RestRequest &request, const ProjectRecord &) {
    Result<QJsonObject> body = request.object();
    if (!body)
        return body.error();
    NewArtifactVersion version;
    for (const auto &[field, target, required] :
         {std::tuple{"version", &version.version, true}, std::tuple{"branch", &version.branch, false},
          std::tuple{"commit", &version.commit, false}}) {
        Result<QString> value = stringField(*body, QString::fromLatin1(field), required);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (Result<QString> url = stringField(*body, QStringLiteral("url"), false); !url)
        return url.error();
    const QJsonValue tags = body->value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isNull() && !tags.isArray())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"tags\" must be an array of strings"));
    for (const QJsonValue &tag : tags.toArray()) {
        if (!tag.isString())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "the field \"tags\" must be an array of strings"));
        version.tags << tag.toString();
    }
    Result<ArtifactVersionRecord> added =
        m_services.artifacts.addPushedVersion(request.param("pipeline"), request.param("alias"), version, request.user);
    if (!added)
        return added.error();
    return RestResponse::json(QJsonObject{{QStringLiteral("id"), added->id},
                                          {QStringLiteral("alias"), request.param("alias")},
                                          {QStringLiteral("version"), added->version},
                                          {QStringLiteral("branch"), added->branch},
                                          {QStringLiteral("tags"), QJsonArray::fromStringList(added->tags)},
                                          {QStringLiteral("commit"), added->commit},
                                          {QStringLiteral("seenOn"), AzureShapes::date(added->seenAt)}},
                              201);
}

} // namespace slipway::rest
