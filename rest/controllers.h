#pragma once

#include "azureshapes.h"
#include "router.h"
#include "services/services.h"

namespace slipway::rest {

// What the controllers share: lookups in the engine's services, and the Azure shapes.
class Api final {
public:
    explicit Api(Services &services) : services(services) {}
    Services &services;

    // The {project} route value: a project name (case-insensitive) or id.
    Result<ProjectRecord> project(const RestRequest &request) const;
    AzureShapes shapes(const RestRequest &request) const;
    // A release of the project as Azure shows it, with its environments, approvals and snapshot.
    Result<QByteArray> releaseJson(const RestRequest &request, const ProjectRecord &project, qint64 releaseId) const;
    // The same for a release known to be in the request's project (one just created there).
    Result<QByteArray> releaseJsonOf(const RestRequest &request, const ReleaseDetails &details) const;
    Result<ReleaseDetails> releaseOf(const ProjectRecord &project, qint64 releaseId) const;
    // The release of the route's {releaseId}, in the project.
    Result<ReleaseDetails> routeRelease(const RestRequest &request, const ProjectRecord &project) const;
    // The approvals of the deployments of the given stages, by deployment id.
    Result<QHash<qint64, QList<ApprovalRecord>>> approvalsOf(const QList<StageDetails> &stages) const;
    // A definition as AzureShapes::definition shows it, with who created and changed it and its last release.
    Result<QJsonObject> definitionJson(const AzureShapes &shapes, const PipelineRecord &pipeline,
                                       const PipelineDefinition &definition, bool withEnvironments) const;
    // Every pipeline's name by id.
    Result<QHash<qint64, QString>> pipelineNames() const;
    // A pipeline of the project; else a 404 with `notFound` (what the caller was looking for).
    Result<PipelineRecord> pipelineIn(const ProjectRecord &project, qint64 pipelineId, const QString &notFound) const;
    // A release definition of the project by id; else "release definition N not found".
    Result<PipelineRecord> definitionIn(const ProjectRecord &project, qint64 pipelineId) const;
    // The release definition of the route's {definitionId}, in the project.
    Result<PipelineRecord> routeDefinition(const RestRequest &request, const ProjectRecord &project) const;
    // The rows whose pipeline belongs to the project: lists answer for the project in the URL only.
    template <typename T, typename PipelineOf>
    Result<QList<T>> inProject(const ProjectRecord &project, const QList<T> &rows, PipelineOf pipelineOf) const {
        Result<QList<PipelineRecord>> pipelines = services.queries.pipelines();
        if (!pipelines)
            return pipelines.error();
        QSet<qint64> ids;
        for (const PipelineRecord &p : std::as_const(*pipelines))
            if (p.projectId == project.id)
                ids.insert(p.id);
        QList<T> kept;
        for (const T &row : rows)
            if (ids.contains(pipelineOf(row)))
                kept << row;
        return kept;
    }
    // Azure's keyset page: `rows` holds up to limit + 1 items; the extra one's id becomes the
    // continuation token (the x-ms-continuationtoken header), where the next page starts.
    template <typename T, typename ToJson, typename IdOf>
    static RestResponse page(QList<T> rows, int limit, ToJson toJson, IdOf idOf) {
        QJsonArray values;
        RestResponse response;
        const bool more = rows.size() > limit;
        for (qsizetype i = 0; i < qMin<qsizetype>(rows.size(), limit); ++i)
            values.append(toJson(rows.at(i)));
        response = RestResponse::list(values);
        if (more)
            response.headers.append({QByteArray("x-ms-continuationtoken"), QByteArray::number(idOf(rows.at(limit)))});
        return response;
    }
};

// A check made before the project is resolved, for the routes whose 400 (a malformed id or body)
// comes before the 404 of an unknown project.
using Precheck = Status (*)(const RestRequest &);

// A request of a grouped route whose project is resolved.
struct ProjectRequest final {
    const RestRequest *request = nullptr;
    ProjectRecord project;
};

// A controller's route table: paths to its member functions. A route under {project} has the project
// resolved here, once per request, and handed to the method.
template <typename C>
class RouteTable final {
public:
    using Action = Result<RestResponse> (C::*)(const RestRequest &);
    using ProjectAction = Result<RestResponse> (C::*)(const RestRequest &, const ProjectRecord &);
    using GroupAction = QList<Result<RestResponse>> (C::*)(const QList<ProjectRequest> &);

    RouteTable(Router &router, const Api &api, C &controller)
        : m_router(router), m_api(api), m_controller(controller) {}

    void add(const char *method, const QString &pattern, Action action, bool needsToken = true) {
        m_router.add(
            QString::fromLatin1(method), pattern,
            [controller = &m_controller, action](const RestRequest &request) { return (controller->*action)(request); },
            needsToken);
    }
    void add(const char *method, const QString &pattern, ProjectAction action, Precheck before = nullptr) {
        m_router.add(QString::fromLatin1(method), pattern, inProject(action, before));
    }
    // The route added last is a write a team database's member may make.
    void forMembers() { m_router.forMembers(); }
    // `one` answers a request alone; `many` answers requests that share one commit.
    void addGrouped(const char *method, const QString &pattern, ProjectAction one, GroupAction many) {
        m_router.addGrouped(QString::fromLatin1(method), pattern, inProject(one, nullptr), inProject(many));
    }

private:
    Router &m_router;
    const Api &m_api;
    C &m_controller;

    Handler inProject(ProjectAction action, Precheck before) const {
        return [api = &m_api, controller = &m_controller, action,
                before](const RestRequest &request) -> Result<RestResponse> {
            if (before)
                if (Status checked = before(request); !checked)
                    return checked.error();
            Result<ProjectRecord> project = api->project(request);
            if (!project)
                return project.error();
            return (controller->*action)(request, *project);
        };
    }
    // Requests in an unknown project are answered at once; the others go to `action` together.
    GroupHandler inProject(GroupAction action) const {
        return [api = &m_api, controller = &m_controller, action](const QList<const RestRequest *> &requests) {
            QList<Result<RestResponse>> answers;
            QList<ProjectRequest> resolved;
            QList<qsizetype> positions;
            for (const RestRequest *request : requests) {
                Result<ProjectRecord> project = api->project(*request);
                answers.append(project ? Result<RestResponse>(RestResponse()) : Result<RestResponse>(project.error()));
                if (project) {
                    resolved.append({request, *project});
                    positions.append(answers.size() - 1);
                }
            }
            const QList<Result<RestResponse>> done = (controller->*action)(resolved);
            for (qsizetype i = 0; i < positions.size(); ++i)
                answers[positions.at(i)] = done.at(i);
            return answers;
        };
    }
};

} // namespace slipway::rest
