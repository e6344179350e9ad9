#pragma once

#include "runtime/deploymentrun.h"

namespace slipway {

// An engine's part in the agents' table (docs/agents.md): an agent announces itself when it starts and heartbeats
// with its lease renewals; every engine asks it whether it may run a stage, and why a stage it may not run waits.
class AgentPresence final {
public:
    AgentPresence(Services &services, const EngineConfig &config) : m_services(services), m_config(config) {}

    // Records the agent as online (nothing for an engine that is no agent). Refused while another engine runs as
    // the same name.
    Status announce();
    // The agent stopped: offline at once.
    Status leave();
    // The agent's heartbeat; reads whether an admin disabled it.
    Status heartbeat();
    // Whether this engine may start the stage's tasks now.
    bool mayRun(const StageDefinition &stage) const;
    // Why a deployment of the stage waits for another engine: as agentWait() says, over the agents read once per
    // engine round (forget() starts the next).
    QString waitReason(const StageDefinition &stage);
    void forget() { m_agents.reset(); }

private:
    Services &m_services;
    const EngineConfig &m_config;
    bool m_enabled = true;
    std::optional<QList<AgentRecord>> m_agents;

    bool ownerIsGone(const QString &ownerId) const;
};

} // namespace slipway
