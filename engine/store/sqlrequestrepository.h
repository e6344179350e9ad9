#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

// Members' requests and the team's logins, through the functions of schema v11 (postgresroles.cpp). On the SQLite
// file there are none: nothing is pending, and what only a team database does says so.
class SqlRequestRepository final : public RequestRepository {
public:
    explicit SqlRequestRepository(SqlConnection &connection) : m_db(connection) {}

    Result<qint64> submit(const QString &kind, const QString &payload) override;
    Result<std::optional<RequestRecord>> request(qint64 id) override;
    Result<bool> withdraw(qint64 id) override;
    Result<bool> engineConnected() override;
    void markEngine() override { m_db.setApplicationName(QStringLiteral("slipway-engine")); }
    Result<bool> anyPending() override;
    Result<std::optional<RequestRecord>> claimNext() override;
    Result<bool> holdsTeamRole(const QString &name) override;
    Result<TeamRole> teamRoleOf(const QString &name) override;
    Status replacePayload(qint64 id, const QString &payload) override;
    Status finish(qint64 id, const QString &status, const QString &result, const QString &engine,
                  const QDateTime &at) override;
    Status addLogin(const QString &name, const QString &verifier, const QString &role) override;
    Status removeLogin(const QString &name) override;
    Result<QList<TeamLogin>> logins() override;
    Result<QString> passwordVerifier(const QString &name, const QByteArray &password) override {
        return m_db.passwordVerifier(name, password);
    }

private:
    SqlConnection &m_db;
    bool team() const { return m_db.dialect() == SqlDialect::Postgres; }
    Result<std::optional<RequestRecord>> one(const QString &sql, const QVariantList &values);
};

} // namespace slipway
