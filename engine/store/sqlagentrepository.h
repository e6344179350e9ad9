#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

// The `agents` table (schema v13): one row per agent name, written by the agent's own engine (its heartbeat) and by
// admins (enabled).
class SqlAgentRepository final : public AgentRepository {
public:
    explicit SqlAgentRepository(SqlConnection &connection) : m_db(connection) {}

    Status announce(const AgentRecord &agent, const QDateTime &at) override;
    Result<std::optional<bool>> heartbeat(const QString &name, const QString &ownerId, const QDateTime &at) override;
    Status leave(const QString &name, const QString &ownerId) override;
    Result<QList<AgentRecord>> agents() override;
    Result<bool> setEnabled(const QString &name, bool enabled) override;

private:
    SqlConnection &m_db;
};

} // namespace slipway
