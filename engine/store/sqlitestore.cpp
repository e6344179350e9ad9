#include "sqlitestore.h"

namespace slipway {

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection, SecretBox secrets)
    : m_connection(std::move(connection)), m_pipelines(*m_connection), m_artifacts(*m_connection),
      m_releases(*m_connection), m_deployments(*m_connection), m_audit(*m_connection), m_directory(*m_connection),
      m_approvals(*m_connection), m_variableGroups(*m_connection), m_secrets(std::move(secrets)) {}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, const std::optional<SecretKey> &key) {
    Result<std::unique_ptr<SqliteConnection>> connection = SqliteConnection::open(path);
    if (!connection)
        return connection.error();
    Result<SecretBox> secrets = openSecretBox(**connection, key);
    if (!secrets)
        return secrets.error();
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(*connection), std::move(*secrets)));
}

Result<qint64> SqliteStore::changeCounter() {
    Result<QVariant> version = m_connection->scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    return version->toLongLong();
}

} // namespace slipway
