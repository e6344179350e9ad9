#pragma once

#include "sqlconnection.h"

#include <optional>

namespace slipway {

// The per-stage daily rollups of docs/metrics.md#rollups, written in the caller's transaction.

// Counts the deployment `id`, just finished, in its stage's rollups: its day's counts and duration, its lead time
// when it is its release's first success on the stage, the failure streak it starts or ends.
Status rollUpCompletion(SqlConnection &db, qint64 id);
// Forgets every rollup and recomputes them from the finished deployments there are, stage by stage in completion
// order: the schema upgrade's back-fill, and history written out of completion order (demo data). One pipeline's
// or, without one, all.
Status rebuildRollups(SqlConnection &db, std::optional<qint64> pipelineId);
// The upgrade to schema version 9 leaves a mark (table rollup_backfill); the first store opened afterwards
// back-fills the rollups in one transaction, once whichever clients open it together.
Status backfillRollupsIfPending(SqlConnection &db);

} // namespace slipway
