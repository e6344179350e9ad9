#pragma once

#include "repositories.h"
#include "sqliteapprovalrepository.h"
#include "sqliteartifactrepository.h"
#include "sqliteauditrepository.h"
#include "sqliteconnection.h"
#include "sqlitedeploymentrepository.h"
#include "sqlitedirectoryrepository.h"
#include "sqlitepipelinerepository.h"
#include "sqlitereleaserepository.h"
#include "sqlitesecrets.h"
#include "sqlitevariablegrouprepository.h"

#include <memory>

namespace slipway {

// The SQLite store. One instance per thread: it owns that thread's connection.
class SqliteStore final : public Store {
public:
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                     const std::optional<SecretKey> &key = std::nullopt);

    QString location() const override { return m_connection->path(); }
    Status transaction(const std::function<Status()> &work) override { return m_connection->transaction(work); }
    Result<qint64> changeCounter() override;
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

    SqliteConnection &connection() { return *m_connection; }

private:
    SqliteStore(std::unique_ptr<SqliteConnection> connection, SecretBox secrets);

    std::unique_ptr<SqliteConnection> m_connection;
    SqlitePipelineRepository m_pipelines;
    SqliteArtifactRepository m_artifacts;
    SqliteReleaseRepository m_releases;
    SqliteDeploymentRepository m_deployments;
    SqliteAuditRepository m_audit;
    SqliteDirectoryRepository m_directory;
    SqliteApprovalRepository m_approvals;
    SqliteVariableGroupRepository m_variableGroups;
    SecretBox m_secrets;
};

} // namespace slipway
