#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

class SqlArtifactRepository final : public ArtifactRepository {
public:
    explicit SqlArtifactRepository(SqlConnection &connection) : m_db(connection) {}

    Result<ArtifactVersionRecord> addVersion(const ArtifactVersionRecord &version) override;
    Result<QList<ArtifactVersionRecord>> versions(qint64 sourceId, int limit) override;
    Result<std::optional<ArtifactVersionRecord>> findVersion(qint64 sourceId, const QString &version) override;
    Result<std::optional<ArtifactVersionRecord>> latestVersion(qint64 sourceId) override;

private:
    SqlConnection &m_db;
    Result<QList<ArtifactVersionRecord>> select(const QString &where, const QVariantList &values);
};

} // namespace slipway
