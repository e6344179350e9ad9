#pragma once

#include "services/releaseservice.h"

class QTableWidget;
class QTreeWidget;

namespace slipway {

class ApprovalService;
class PipelineService;
class Services;

// The release page's "Approvals and gates" tab: every approval (who acted, their comment) and every
// gate round, per attempt.
void fillApprovalsAndGates(QTreeWidget *tree, ApprovalService &approvals, const ReleaseDetails &details);
// The "Variables" tab: the snapshot's variables with the values given at creation; secrets masked.
void fillReleaseVariables(QTableWidget *table, PipelineService &pipelines, const ReleaseDetails &details);

// A saved log: a header naming the release, stage, attempt and task (0: every task), then each line
// with its local date and time.
QString savedLogText(Services &services, const ReleaseDetails &details, qint64 deploymentId, qint64 taskRunId);
// "Release-2_Dev_attempt-1.log".
QString logFileName(const ReleaseDetails &details, qint64 deploymentId);

} // namespace slipway
