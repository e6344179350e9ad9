#include "sqlauditrepository.h"

#include "sqlvalues.h"

#include <QCryptographicHash>

namespace slipway {

namespace {

const QString genesisHash = QString(64, QLatin1Char('0'));

QString chainHash(const QString &previous, qint64 atMs, const QString &actor, const QString &action,
                  const QString &objectType, qint64 objectId, const QString &details) {
    // Length-prefixed fields, so they cannot be shifted into each other; hashed in one pass.
    QByteArray message;
    message.reserve(256 + details.size());
    for (const QString &field :
         {previous, QString::number(atMs), actor, action, objectType, QString::number(objectId), details}) {
        const QByteArray bytes = field.toUtf8();
        message.append(QByteArray::number(bytes.size())).append(':').append(bytes);
    }
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<qint64> SqlAuditRepository::append(const AuditEventRecord &event) {
    if (!m_db.inTransaction())
        return Error::storage(
            QT_TRANSLATE_NOOP("Engine", "audit events must be written in the transaction of their change"));
    Result<QVariant> head = m_db.scalar(QStringLiteral("SELECT last_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const QString previous = head->isValid() ? head->toString() : genesisHash;

    const qint64 atMs = event.at.toMSecsSinceEpoch();
    QJsonObject recorded = event.details;
    if (!m_osLogin.isEmpty())
        recorded.insert(QStringLiteral("osLogin"), m_osLogin);
    const QString details = sql::json(recorded);
    const QString hash =
        chainHash(previous, atMs, event.actor, event.action, event.objectType, event.objectId, details);
    Result<SqlCursor *> inserted = m_db.exec(
        QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_id, details, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {atMs, event.actor, event.action, event.objectType, event.objectId, details, previous, hash});
    if (!inserted)
        return inserted.error();
    // The trigger audit_head_follows moves the head in the same statement.
    return sql::insertedId(**inserted);
}

Result<QList<AuditEventRecord>> SqlAuditRepository::events(const QString &objectType, qint64 objectId) {
    Result<SqlCursor *> query =
        m_db.exec(QStringLiteral("SELECT id, at, actor, action, object_type, object_id, details FROM audit_events "
                                 "WHERE object_type = ? AND object_id = ? ORDER BY id"),
                  {objectType, objectId});
    if (!query)
        return query.error();
    QList<AuditEventRecord> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), sql::time(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), sql::object(q.value(6))});
    q.finish();
    return rows;
}

Result<qint64> SqlAuditRepository::lastEventId() {
    Result<QVariant> last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_events"));
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<QList<AuditedChange>> SqlAuditRepository::changesAfter(qint64 afterId, int limit) {
    // Deployments and approvals name their release; a deleted release leaves both ids 0.
    Result<SqlCursor *> query = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.action, a.object_type, a.object_id, "
            "CASE a.object_type WHEN 'pipeline' THEN a.object_id "
            "  WHEN 'release' THEN (SELECT r.pipeline_id FROM releases r WHERE r.id = a.object_id) "
            "  WHEN 'deployment' THEN (SELECT d.pipeline_id FROM deployments d WHERE d.id = a.object_id) "
            "  WHEN 'approval' THEN (SELECT d.pipeline_id FROM approvals p JOIN deployments d "
            "                        ON d.id = p.deployment_id WHERE p.id = a.object_id) "
            "  WHEN 'artifactVersion' THEN (SELECT s.pipeline_id FROM artifact_versions v JOIN artifact_sources s "
            "                               ON s.id = v.source_id WHERE v.id = a.object_id) END, "
            "CASE a.object_type WHEN 'release' THEN (SELECT r.id FROM releases r WHERE r.id = a.object_id) "
            "  WHEN 'deployment' THEN (SELECT d.release_id FROM deployments d WHERE d.id = a.object_id) "
            "  WHEN 'approval' THEN (SELECT d.release_id FROM approvals p JOIN deployments d "
            "                        ON d.id = p.deployment_id WHERE p.id = a.object_id) END "
            "FROM audit_events a WHERE a.id > ? ORDER BY a.id LIMIT ?"),
        {afterId, sql::limit(limit)});
    if (!query)
        return query.error();
    QList<AuditedChange> rows;
    SqlCursor &q = **query;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong()});
    q.finish();
    return rows;
}

Result<AuditChainReport> SqlAuditRepository::verifyChain() {
    AuditChainReport report;
    auto broken = [&report](qint64 id, const QString &problem) {
        report.intact = false;
        report.firstBadEventId = id;
        report.problem = problem;
        return report;
    };
    Result<SqlCursor *> query = m_db.exec(QStringLiteral("SELECT id, at, actor, action, object_type, object_id, "
                                                         "details, prev_hash, hash FROM audit_events ORDER BY id"));
    if (!query)
        return query.error();
    SqlCursor &q = **query;
    QString previous = genesisHash;
    qint64 expectedId = 0;
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString computed =
            chainHash(previous, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString());
        // A gap in the ids alone is no deletion: a PostgreSQL sequence keeps the ids of a transaction that rolled
        // back (a connection cut mid-write). An event missing from the middle breaks the next event's link.
        QString problem;
        const bool follows = q.value(7).toString() == previous;
        if (expectedId != 0 && id != expectedId && !follows)
            problem = QStringLiteral("audit events %1 to %2 are missing").arg(expectedId).arg(id - 1);
        else if (!follows)
            problem = QStringLiteral("audit event %1 does not follow the event before it").arg(id);
        else if (q.value(8).toString() != computed)
            problem = QStringLiteral("audit event %1 was changed after it was written").arg(id);
        if (!problem.isEmpty()) {
            q.finish();
            return broken(id, problem);
        }
        previous = computed;
        expectedId = id + 1;
        lastId = id;
        ++report.eventsChecked;
    }
    q.finish();

    Result<SqlCursor *> head =
        m_db.exec(QStringLiteral("SELECT last_id, last_hash, count FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const bool hasHead = (*head)->next();
    const qint64 headId = hasHead ? (*head)->value(0).toLongLong() : 0;
    const QString headHash = hasHead ? (*head)->value(1).toString() : genesisHash;
    const qint64 headCount = hasHead ? (*head)->value(2).toLongLong() : 0;
    (*head)->finish();
    if (headId != lastId || headHash != previous || headCount != report.eventsChecked)
        return broken(
            0, QStringLiteral("the newest audit events were removed (the log should end at event %1)").arg(headId));
    return report;
}

} // namespace slipway
