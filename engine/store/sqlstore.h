#pragma once

#include "repositories.h"
#include "sqlagentrepository.h"
#include "sqlapprovalrepository.h"
#include "sqlartifactrepository.h"
#include "core/identity.h"
#include "sqlauditrepository.h"
#include "sqlconnection.h"
#include "sqldeploymentrepository.h"
#include "sqldirectoryrepository.h"
#include "sqlpipelinerepository.h"
#include "sqlreleaserepository.h"
#include "sqlrequestrepository.h"
#include "sqlrollups.h"
#include "sqlsecrets.h"
#include "sqlvariablegrouprepository.h"

#include <memory>

namespace slipway {

// The repositories over one connection: the same SQL for the SQLite file and the PostgreSQL server, which
// differ only in their Connection (SqliteConnection, PostgresConnection). One instance per thread: it owns
// that thread's connection.
template <class Connection>
class SqlStore final : public Store {
public:
    static Result<std::unique_ptr<SqlStore>> open(const QString &location,
                                                  const std::optional<SecretKey> &key = std::nullopt) {
        Result<std::unique_ptr<Connection>> connection = Connection::open(location);
        if (!connection)
            return connection.error();
        QString login;
        TeamRole role = TeamRole::Full;
        if ((*connection)->dialect() == SqlDialect::Postgres) {
            Result<SqlCursor *> who =
                (*connection)->exec(QStringLiteral("SELECT session_user, slipway_team_role(session_user)"));
            if (!who)
                return who.error();
            if ((*who)->next()) {
                login = (*who)->value(0).toString();
                role = teamRole((*who)->value(1).toString());
            }
            (*who)->finish();
            (*connection)->setReadOnlyLogin(role == TeamRole::Member);
        }
        // Secret values are the engines' to open (docs/architecture.md#team-roles): a member's client never reads the
        // key, even where a key file lies about.
        Result<SecretBox> secrets = role == TeamRole::Member
                                        ? Result<SecretBox>(SecretBox::withoutKey(QStringLiteral(
                                              "a member's login opens no secret value: the team's engines do")))
                                        : openSecretBox(**connection, key);
        if (!secrets)
            return secrets.error();
        // A member writes no table: the next engine or admin to open the database fills the rollups.
        if (role != TeamRole::Member)
            if (Status filled = backfillRollupsIfPending(**connection); !filled)
                return filled.error();
        return std::unique_ptr<SqlStore>(
            new SqlStore(std::move(*connection), std::move(*secrets), std::move(login), role));
    }

    QString location() const override { return m_connection->location(); }
    QString login() const override { return m_login; }
    TeamRole role() const override { return m_role; }
    Status transaction(const std::function<Status()> &work) override { return m_connection->transaction(work); }
    Result<qint64> changeCounter() override { return m_connection->changeCounter(); }
    bool watchChanges(std::function<void()> changed) override {
        return m_connection->listenForChanges(std::move(changed));
    }
    void setBusyTimeout(int ms) override { m_connection->setBusyTimeout(ms); }
    PipelineRepository &pipelines() override { return m_pipelines; }
    ArtifactRepository &artifacts() override { return m_artifacts; }
    ReleaseRepository &releases() override { return m_releases; }
    DeploymentRepository &deployments() override { return m_deployments; }
    AuditRepository &audit() override { return m_audit; }
    DirectoryRepository &directory() override { return m_directory; }
    ApprovalRepository &approvals() override { return m_approvals; }
    VariableGroupRepository &variableGroups() override { return m_variableGroups; }
    RequestRepository &requests() override { return m_requests; }
    AgentRepository &agents() override { return m_agents; }
    const SecretBox &secrets() const override { return m_secrets; }

    Connection &connection() { return *m_connection; }

private:
    SqlStore(std::unique_ptr<Connection> connection, SecretBox secrets, QString login, TeamRole role)
        : m_login(std::move(login)), m_role(role), m_connection(std::move(connection)), m_pipelines(*m_connection),
          m_artifacts(*m_connection), m_releases(*m_connection), m_deployments(*m_connection),
          // On a team database the login is who acts; on a file anyone who may write it may act as anyone.
          m_audit(*m_connection, m_connection->dialect() == SqlDialect::Sqlite ? osLoginName() : QString()),
          m_directory(*m_connection), m_approvals(*m_connection), m_variableGroups(*m_connection),
          m_requests(*m_connection), m_agents(*m_connection), m_secrets(std::move(secrets)) {}

    static TeamRole teamRole(const QString &name) {
        if (name == QLatin1String("admin"))
            return TeamRole::Admin;
        if (name == QLatin1String("engine"))
            return TeamRole::Engine;
        // A login with no role of the team writes nothing either: it may only read what it was granted.
        return name == QLatin1String("full") ? TeamRole::Full : TeamRole::Member;
    }

    QString m_login;
    TeamRole m_role;
    std::unique_ptr<Connection> m_connection;
    SqlPipelineRepository m_pipelines;
    SqlArtifactRepository m_artifacts;
    SqlReleaseRepository m_releases;
    SqlDeploymentRepository m_deployments;
    SqlAuditRepository m_audit;
    SqlDirectoryRepository m_directory;
    SqlApprovalRepository m_approvals;
    SqlVariableGroupRepository m_variableGroups;
    SqlRequestRepository m_requests;
    SqlAgentRepository m_agents;
    SecretBox m_secrets;
};

} // namespace slipway
