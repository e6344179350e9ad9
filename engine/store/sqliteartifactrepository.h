#pragma once

#include "repositories.h"
#include "sqliteconnection.h"

namespace slipway {

class SqliteArtifactRepository final : public ArtifactRepository {
public:
    explicit SqliteArtifactRepository(SqliteConnection &connection) : m_db(connection) {}

    Result<ArtifactVersionRecord> addVersion(const ArtifactVersionRecord &version) override;
    Result<QList<ArtifactVersionRecord>> versions(qint64 sourceId, int limit) override;
    Result<std::optional<ArtifactVersionRecord>> findVersion(qint64 sourceId, const QString &version) override;
    Result<std::optional<ArtifactVersionRecord>> latestVersion(qint64 sourceId) override;

private:
    SqliteConnection &m_db;
    Result<QList<ArtifactVersionRecord>> select(const QString &where, const QVariantList &values);
};

} // namespace slipway
