#pragma once

#include "repositories.h"
#include "sqlapprovalrepository.h"
#include "sqlartifactrepository.h"
#include "sqlauditrepository.h"
#include "sqlconnection.h"
#include "sqldeploymentrepository.h"
#include "sqldirectoryrepository.h"
#include "sqlpipelinerepository.h"
#include "sqlreleaserepository.h"
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
        Result<SecretBox> secrets = openSecretBox(**connection, key);
        if (!secrets)
            return secrets.error();
        if (Status filled = backfillRollupsIfPending(**connection); !filled)
            return filled.error();
        QString login;
        if ((*connection)->dialect() == SqlDialect::Postgres) {
            Result<QVariant> user = (*connection)->scalar(QStringLiteral("SELECT session_user"));
            if (!user)
                return user.error();
            login = user->toString();
        }
        return std::unique_ptr<SqlStore>(new SqlStore(std::move(*connection), std::move(*secrets), std::move(login)));
    }

    QString location() const override { return m_connection->location(); }
    QString login() const override { return m_login; }
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
    const SecretBox &secrets() const override { return m_secrets; }

    Connection &connection() { return *m_connection; }

private:
    SqlStore(std::unique_ptr<Connection> connection, SecretBox secrets, QString login)
        : m_login(std::move(login)), m_connection(std::move(connection)), m_pipelines(*m_connection),
          m_artifacts(*m_connection), m_releases(*m_connection), m_deployments(*m_connection), m_audit(*m_connection),
          m_directory(*m_connection), m_approvals(*m_connection), m_variableGroups(*m_connection),
          m_secrets(std::move(secrets)) {}

    QString m_login;
    std::unique_ptr<Connection> m_connection;
    SqlPipelineRepository m_pipelines;
    SqlArtifactRepository m_artifacts;
    SqlReleaseRepository m_releases;
    SqlDeploymentRepository m_deployments;
    SqlAuditRepository m_audit;
    SqlDirectoryRepository m_directory;
    SqlApprovalRepository m_approvals;
    SqlVariableGroupRepository m_variableGroups;
    SecretBox m_secrets;
};

} // namespace slipway
