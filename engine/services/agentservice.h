#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"
#include "services/pipelineservice.h"

namespace slipway {

// The deployment agents as people see and steer them (docs/agents.md): the list for the Agents page, `slipway
// agents` and REST, and an admin's switch that stops an agent from claiming more work.
// A pool as the Agents page shows it: who serves it and what waits for it.
struct PoolQueue final {
    QString pool;
    int agents = 0;                   // the agents that serve it, and of those
    int online = 0;                   // the enabled ones online
    QList<DeploymentContext> waiting; // queued deployments of its stages, oldest first
};

class AgentService final {
public:
    AgentService(EngineContext context, PipelineService &pipelines) : m_context(context), m_pipelines(pipelines) {}

    Result<QList<AgentRecord>> agents();
    // Every pool an agent serves or a queued deployment's stage names, by name (case-insensitively).
    Result<QList<PoolQueue>> pools(const QList<AgentRecord> &agents);
    // An admin's (audited as agent.disabled / agent.enabled); the agent notices at its next heartbeat, finishes
    // what it runs and claims nothing more until enabled again.
    Status setEnabled(const QString &name, bool enabled, const Identity &actor);

private:
    EngineContext m_context;
    PipelineService &m_pipelines;
};

} // namespace slipway
