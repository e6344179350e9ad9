#pragma once

#include "controllers.h"

namespace slipway::rest {

// The logs of a release: all of them as a zip, or one task run's as text.
class LogsController final {
public:
    explicit LogsController(Services &services) : m_services(services), m_api(services) {}
    Q_DISABLE_COPY_MOVE(LogsController)

    void addRoutes(Router &router);

    // GET releases/{releaseId}/logs: a zip with one file per task run, "STAGE/Attempt N/NN_TASK.log".
    Result<RestResponse> releaseLogs(const RestRequest &request, const ProjectRecord &project);
    // GET …/environments/{environmentId}/…/tasks/{taskId}/logs: startLine, endLine (1-based, inclusive).
    Result<RestResponse> taskLog(const RestRequest &request, const ProjectRecord &project);

private:
    Services &m_services;
    Api m_api;

    // The lines of a deployment (of one task run, or all with 0), each "TIME LINE\n".
    Result<QByteArray> logText(qint64 deploymentId, qint64 taskRunId);
};

} // namespace slipway::rest
