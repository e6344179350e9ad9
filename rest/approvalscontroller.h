#pragma once

#include "controllers.h"

namespace slipway::rest {

// Approvals: list with filters, get with history, decide one or many. The rules are the engine's
// (ApprovalService), so a requester gets the same 403 and reason as on the command line.
class ApprovalsController final {
public:
    explicit ApprovalsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(ApprovalsController)

    void addRoutes(Router &router);

    // GET approvals: $top, continuationToken, statusFilter, typeFilter, releaseIdsFilter,
    // assignedToFilter, includeMyGroupApprovals.
    Result<RestResponse> listApprovals(const RestRequest &request, const ProjectRecord &project);
    // GET approvals/{approvalId}: includeHistory.
    Result<RestResponse> getApproval(const RestRequest &request, const ProjectRecord &project);
    // GET approvals/{approvalId}/history: the approval with its history.
    Result<RestResponse> getApprovalHistory(const RestRequest &request, const ProjectRecord &project);
    // PATCH approvals/{approvalId}: {status: approved|rejected, comments, deferredDate, revalidationToken},
    // or {reassignTo, comments}: answers the new approval of the user it went to.
    Result<RestResponse> decideApproval(const RestRequest &request, const ProjectRecord &project);
    // PATCH approvals: [{id, status, comments, …}, …], all checked before any is decided.
    Result<RestResponse> decideApprovals(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    Result<ApprovalQuery> queryOf(const RestRequest &request);
    Result<QString> reassignee(const QJsonValue &to);
    Result<ApprovalRecord> decide(qint64 id, const QJsonObject &body, const Identity &user);
    Result<QJsonObject> approvalJson(const AzureShapes &shapes, const ApprovalRecord &approval, bool withHistory);
    Result<ApprovalRecord> approvalIn(const ProjectRecord &project, qint64 id);
};

} // namespace slipway::rest
