#include "sqlpipelinerepository.h"

#include "sqlvalues.h"

namespace slipway {

namespace {
const QString pipelineColumns =
    QStringLiteral("SELECT p.id, p.project_id, j.name, p.name, p.folder, p.current_revision, p.updated_at, r.id "
                   "FROM pipelines p JOIN projects j ON j.id = p.project_id "
                   "LEFT JOIN pipeline_revisions r ON r.pipeline_id = p.id AND r.revision = p.current_revision ");
const QString revisionColumns =
    QStringLiteral("SELECT id, pipeline_id, revision, body, author, comment, created_at FROM pipeline_revisions ");

template <typename T>
Result<std::optional<T>> first(const Result<QList<T>> &rows) {
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<T>() : std::optional<T>(rows->first());
}
} // namespace

Result<ProjectRecord> SqlPipelineRepository::ensureProject(const QString &name, const QDateTime &at) {
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM projects WHERE name = ?"), {name});
    if (!id)
        return id.error();
    if (id->isValid())
        return ProjectRecord{id->toLongLong(), name};
    Result<SqlCursor *> inserted =
        m_db.exec(QStringLiteral("INSERT INTO projects (name, created_at) VALUES (?, ?) RETURNING id"), {name, sql::time(at)});
    if (!inserted)
        return inserted.error();
    return ProjectRecord{sql::insertedId(**inserted), name};
}

Result<QList<PipelineRecord>> SqlPipelineRepository::selectPipelines(const QString &where,
                                                                        const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(pipelineColumns + where, values);
    if (!query)
        return query.error();
    QList<PipelineRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toInt(), sql::time(q.value(6)), q.value(7).toLongLong()});
    q.finish();
    return rows;
}

Result<QList<PipelineRecord>> SqlPipelineRepository::pipelines() {
    return selectPipelines(QStringLiteral("ORDER BY p.folder, p.name COLLATE NOCASE"), {});
}

Result<std::optional<PipelineRecord>> SqlPipelineRepository::pipeline(qint64 id) {
    return first(selectPipelines(QStringLiteral("WHERE p.id = ?"), {id}));
}

Result<std::optional<PipelineRecord>> SqlPipelineRepository::findPipeline(const QString &name) {
    return first(selectPipelines(QStringLiteral("WHERE p.name = ? ORDER BY p.id"), {name}));
}

Result<std::optional<PipelineRecord>> SqlPipelineRepository::findPipeline(qint64 projectId, const QString &name) {
    return first(selectPipelines(QStringLiteral("WHERE p.project_id = ? AND p.name = ?"), {projectId, name}));
}

Result<qint64> SqlPipelineRepository::createPipeline(qint64 projectId, const QString &name, const QDateTime &at) {
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral("INSERT INTO pipelines (project_id, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
        {projectId, name, sql::time(at), sql::time(at)});
    if (!query)
        return query.error();
    return sql::insertedId(**query);
}

Result<RevisionRecord> SqlPipelineRepository::addRevision(qint64 pipelineId, const QString &name,
                                                             const QString &folder, const QByteArray &body,
                                                             const QString &author, const QString &comment,
                                                             const QDateTime &at) {
    Result<QVariant> current =
        m_db.scalar(QStringLiteral("SELECT current_revision FROM pipelines WHERE id = ?"), {pipelineId});
    if (!current)
        return current.error();
    if (!current->isValid())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"), {QString::number(pipelineId)});
    const int next = current->toInt() + 1;
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO pipeline_revisions (pipeline_id, revision, body, author, comment, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {pipelineId, next, QString::fromUtf8(body), author, comment, sql::time(at)});
    if (!inserted)
        return inserted.error();
    const qint64 revisionId = sql::insertedId(**inserted);
    if (Status updated = m_db.execOnly(
            QStringLiteral(
                "UPDATE pipelines SET current_revision = ?, name = ?, folder = ?, updated_at = ? WHERE id = ?"),
            {next, name, folder, sql::time(at), pipelineId});
        !updated)
        return updated.error();
    return RevisionRecord{revisionId, pipelineId, next, body, author, comment, at};
}

Result<QList<RevisionRecord>> SqlPipelineRepository::selectRevisions(const QString &where,
                                                                        const QVariantList &values) {
    Result<SqlCursor *> query = m_db.exec(revisionColumns + where, values);
    if (!query)
        return query.error();
    QList<RevisionRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     q.value(3).toString().toUtf8(), q.value(4).toString(), q.value(5).toString(),
                     sql::time(q.value(6))});
    q.finish();
    return rows;
}

Result<std::optional<RevisionRecord>> SqlPipelineRepository::revision(qint64 pipelineId, int revision) {
    return first(selectRevisions(QStringLiteral("WHERE pipeline_id = ? AND revision = ?"), {pipelineId, revision}));
}

Result<RevisionRecord> SqlPipelineRepository::revisionById(qint64 revisionId) {
    Result<std::optional<RevisionRecord>> found = first(selectRevisions(QStringLiteral("WHERE id = ?"), {revisionId}));
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline revision %1 not found"),
                               {QString::number(revisionId)});
    return **found;
}

Result<QList<RevisionRecord>> SqlPipelineRepository::revisions(qint64 pipelineId) {
    return selectRevisions(QStringLiteral("WHERE pipeline_id = ? ORDER BY revision DESC"), {pipelineId});
}

Status SqlPipelineRepository::syncArtifactSources(qint64 pipelineId, const QList<ArtifactSourceRecord> &sources) {
    // Sources are kept (versions and releases refer to them); ones no longer defined are deactivated.
    if (Status reset =
            m_db.execOnly(QStringLiteral("UPDATE artifact_sources SET active = 0 WHERE pipeline_id = ?"), {pipelineId});
        !reset)
        return reset;
    for (const ArtifactSourceRecord &source : sources) {
        Status upserted = m_db.execOnly(
            QStringLiteral("INSERT INTO artifact_sources (pipeline_id, alias, type, settings, is_primary, active) "
                           "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (pipeline_id, alias) DO UPDATE SET "
                           "type = excluded.type, settings = excluded.settings, is_primary = excluded.is_primary, "
                           "active = 1"),
            {pipelineId, source.alias, source.type, sql::json(source.settings), source.primary ? 1 : 0});
        if (!upserted)
            return upserted;
    }
    return {};
}

Result<QList<ArtifactSourceRecord>> SqlPipelineRepository::artifactSources(qint64 pipelineId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id, pipeline_id, alias, type, is_primary, settings FROM artifact_sources "
                                 "WHERE pipeline_id = ? AND active = 1 ORDER BY id"),
                  {pipelineId});
    if (!query)
        return query.error();
    QList<ArtifactSourceRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toBool(), sql::object(q.value(5))});
    q.finish();
    return rows;
}

Result<qint64> SqlPipelineRepository::takeReleaseNumber(qint64 pipelineId) {
    // Read, then write the next value (an UPDATE … RETURNING costs a statement journal per release): only the
    // transaction's write lock keeps another writer from reading the same number in between.
    if (!m_db.inTransaction())
        return Error::storage(
            QT_TRANSLATE_NOOP("Engine", "release numbers must be taken in the transaction of their release"));
    Result<QVariant> number =
        m_db.scalar(QStringLiteral("SELECT next_release_number FROM pipelines WHERE id = ?"), {pipelineId});
    if (!number)
        return number.error();
    if (!number->isValid())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"), {QString::number(pipelineId)});
    const qint64 taken = number->toLongLong();
    if (Status ok = m_db.execOnly(QStringLiteral("UPDATE pipelines SET next_release_number = ? WHERE id = ?"),
                                  {taken + 1, pipelineId});
        !ok)
        return ok.error();
    return taken;
}

Result<qint64> SqlPipelineRepository::nextReleaseNumber(qint64 pipelineId) {
    Result<QVariant> number =
        m_db.scalar(QStringLiteral("SELECT next_release_number FROM pipelines WHERE id = ?"), {pipelineId});
    if (!number)
        return number.error();
    if (!number->isValid())
        return Error::notFound(QStringLiteral("pipeline %1 not found").arg(pipelineId));
    return number->toLongLong();
}

Result<qint64> SqlPipelineRepository::pipelineCount() {
    Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM pipelines"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status SqlPipelineRepository::deletePipeline(qint64 pipelineId) {
    for (const char *sql :
         {"DELETE FROM artifact_versions WHERE source_id IN (SELECT id FROM artifact_sources WHERE pipeline_id = ?)",
          "DELETE FROM artifact_sources WHERE pipeline_id = ?", "DELETE FROM pipeline_revisions WHERE pipeline_id = ?",
          "DELETE FROM schedule_state WHERE pipeline_id = ?",
          "DELETE FROM pipeline_variable_groups WHERE pipeline_id = ?", "DELETE FROM pipelines WHERE id = ?"})
        if (Status done = m_db.execOnly(QString::fromLatin1(sql), {pipelineId}); !done)
            return done;
    return {};
}

Result<QString> SqlPipelineRepository::definitionsVersion() {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM pipelines), (SELECT max(id) FROM pipeline_revisions)"));
    if (!query)
        return query.error();
    QString version;
    if ((*query)->next())
        version = (*query)->value(0).toString() + QLatin1Char('/') + (*query)->value(1).toString();
    (*query)->finish();
    return version;
}

Result<QList<ScheduleStateRecord>> SqlPipelineRepository::scheduleStates() {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT pipeline_id, schedule_key, last_fired_at FROM schedule_state"));
    if (!query)
        return query.error();
    QList<ScheduleStateRecord> rows;
    while ((*query)->next())
        rows.append({(*query)->value(0).toLongLong(), (*query)->value(1).toString(), sql::time((*query)->value(2))});
    (*query)->finish();
    return rows;
}

Status SqlPipelineRepository::setScheduleFired(qint64 pipelineId, const QString &key, const QDateTime &at) {
    return m_db.execOnly(QStringLiteral("INSERT INTO schedule_state (pipeline_id, schedule_key, last_fired_at) "
                                        "VALUES (?, ?, ?) ON CONFLICT (pipeline_id, schedule_key) "
                                        "DO UPDATE SET last_fired_at = excluded.last_fired_at"),
                         {pipelineId, key, sql::time(at)});
}

Result<QList<ProjectRecord>> SqlPipelineRepository::projects() {
    Result<SqlCursor *> query = m_db.exec(QStringLiteral("SELECT id, name FROM projects ORDER BY id"));
    if (!query)
        return query.error();
    QList<ProjectRecord> rows;
    while ((*query)->next())
        rows.append({(*query)->value(0).toLongLong(), (*query)->value(1).toString()});
    (*query)->finish();
    return rows;
}

} // namespace slipway
