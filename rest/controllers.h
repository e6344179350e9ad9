#pragma once

#include "azureshapes.h"
#include "router.h"
#include "services/services.h"

namespace slipway::rest {

// Every route of the REST interface, one registration function per controller.
void registerRoutes(Router &router, Services &services);

void addDiscoveryRoutes(Router &router, Services &services);
void addDefinitionRoutes(Router &router, Services &services);
void addReleaseRoutes(Router &router, Services &services);
void addEnvironmentRoutes(Router &router, Services &services);
void addApprovalRoutes(Router &router, Services &services);
void addDeploymentRoutes(Router &router, Services &services);
void addWorkRoutes(Router &router, Services &services); // manual interventions, gates, logs
void addSlipwayRoutes(Router &router, Services &services);

// What the controllers share.
class Api final {
public:
    explicit Api(Services &services) : services(services) {}
    Services &services;

    // The {project} route value: a project name (case-insensitive) or id.
    Result<ProjectRecord> project(const RestRequest &request) const;
    AzureShapes shapes(const RestRequest &request) const;
    // A release as Azure shows it, with its environments, approvals and snapshot.
    Result<QByteArray> releaseJson(const RestRequest &request, qint64 releaseId) const;
    // The same for a release known to be in the request's project (one just created there).
    Result<QByteArray> releaseJsonOf(const RestRequest &request, const ReleaseDetails &details) const;
    Result<ReleaseDetails> releaseOf(const ProjectRecord &project, qint64 releaseId) const;
    Result<QHash<qint64, QList<ApprovalRecord>>> approvalsOf(const ReleaseDetails &details) const;
    // A pipeline of the project; else a 404 with `notFound` (what the caller was looking for).
    Result<PipelineRecord> pipelineIn(const ProjectRecord &project, qint64 pipelineId, const QString &notFound) const;
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
    // The keyset page rule of rest.md §F: `rows` holds up to limit + 1 items; the extra one's id
    // becomes the continuation token.
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

} // namespace slipway::rest
