#include "sqlartifactrepository.h"

#include "sqlvalues.h"

namespace slipway {

Result<ArtifactVersionRecord> SqlArtifactRepository::addVersion(const ArtifactVersionRecord &version) {
    Result<QVariant> existing =
        m_db.scalar(QStringLiteral("SELECT id FROM artifact_versions WHERE source_id = ? AND version = ?"),
                    {version.sourceId, version.version});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::conflict(QT_TRANSLATE_NOOP("Engine", "version \"%1\" already exists"), {version.version});
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO artifact_versions (source_id, version, branch, tags, commit_sha, url, seen_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {version.sourceId, version.version, version.branch, sql::json(version.tags), version.commit, version.url,
         sql::time(version.seenAt)});
    if (!inserted)
        return inserted.error();
    ArtifactVersionRecord stored = version;
    stored.id = sql::insertedId(**inserted);
    return stored;
}

Result<QList<ArtifactVersionRecord>> SqlArtifactRepository::select(const QString &where,
                                                                      const QVariantList &values) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral(
                      "SELECT id, source_id, version, branch, tags, commit_sha, url, seen_at FROM artifact_versions ") +
                      where,
                  values);
    if (!query)
        return query.error();
    QList<ArtifactVersionRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     sql::strings(q.value(4)), q.value(5).toString(), q.value(6).toString(), sql::time(q.value(7))});
    q.finish();
    return rows;
}

Result<QList<ArtifactVersionRecord>> SqlArtifactRepository::versions(qint64 sourceId, int limit) {
    return select(QStringLiteral("WHERE source_id = ? ORDER BY id DESC LIMIT ?"), {sourceId, sql::limit(limit)});
}

Result<std::optional<ArtifactVersionRecord>> SqlArtifactRepository::findVersion(qint64 sourceId,
                                                                                   const QString &version) {
    Result<QList<ArtifactVersionRecord>> rows =
        select(QStringLiteral("WHERE source_id = ? AND version = ?"), {sourceId, version});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ArtifactVersionRecord>() : rows->first();
}

Result<std::optional<ArtifactVersionRecord>> SqlArtifactRepository::latestVersion(qint64 sourceId) {
    Result<QList<ArtifactVersionRecord>> rows = versions(sourceId, 1);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ArtifactVersionRecord>() : rows->first();
}

} // namespace slipway
