#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

namespace slipway {

class PipelineService;

struct DemoDataReport final {
    int pipelines = 0;
    qint64 releases = 0;
    qint64 deployments = 0;
    qint64 approvals = 0;
    qint64 failed = 0;
    qint64 redeploys = 0;
};

// `slipway demo-data`: a realistic year of history for trying the history pages and for benchmarks —
// three pipelines, releases spread over the last 365 days, deployments through their stages with
// failures, redeploys, cancellations and Prod approvals. Rows are written directly in bulk
// transactions (5,000 releases each), with one audit event for the whole generation.
class DemoDataGenerator final {
public:
    DemoDataGenerator(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}

    Result<DemoDataReport> generate(qint64 releases, qint64 deployments, const Identity &actor, quint32 seed = 7);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;
};

} // namespace slipway
