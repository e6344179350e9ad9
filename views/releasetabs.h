#pragma once

#include "services/releaseservice.h"

class QTableWidget;
class QTreeWidget;

namespace slipway {

class ApprovalService;
class PipelineService;

// The release page's "Approvals and gates" tab: every approval (who acted, their comment) and every
// gate round, per attempt.
void fillApprovalsAndGates(QTreeWidget *tree, ApprovalService &approvals, const ReleaseDetails &details);
// The "Variables" tab: the snapshot's variables with the values given at creation; secrets masked.
void fillReleaseVariables(QTableWidget *table, PipelineService &pipelines, const ReleaseDetails &details);

} // namespace slipway
