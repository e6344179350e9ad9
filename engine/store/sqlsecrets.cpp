#include "sqlsecrets.h"

#include "core/filemodes.h"

#include "core/secretfields.h"
#include "sqlvalues.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace slipway {

namespace {

// The body's secrets sealed; false when it had none in plaintext.
bool sealBody(const SecretBox &box, QByteArray &body, Status &failed) {
    bool changed = false;
    const QJsonObject sealed = rewriteSecretValues(QJsonDocument::fromJson(body).object(),
                                                   [&](const QString &, const QString &, const QJsonValue &value) {
                                                       const QString text = value.toString();
                                                       if (text.isEmpty() || SecretBox::isSealed(text))
                                                           return value;
                                                       Result<QString> token = box.seal(text);
                                                       if (!token) {
                                                           failed = token.error();
                                                           return value;
                                                       }
                                                       changed = true;
                                                       return QJsonValue(*token);
                                                   });
    if (changed)
        body = QJsonDocument(sealed).toJson(QJsonDocument::Indented);
    return changed;
}

// Release-time or deployment-time values: those of the pipeline's secret variables sealed.
bool sealValues(const SecretBox &box, QJsonObject &values, const QByteArray &body, Status &failed) {
    const QSet<QString> secret = secretVariableNames(QJsonDocument::fromJson(body).object());
    bool changed = false;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString text = it.value().toString();
        if (!secret.contains(it.key().toLower()) || text.isEmpty() || SecretBox::isSealed(text))
            continue;
        Result<QString> token = box.seal(text);
        if (!token) {
            failed = token.error();
            return false;
        }
        it.value() = *token;
        changed = true;
    }
    return changed;
}

struct Row final {
    qint64 id = 0;
    QByteArray text;
    QByteArray body;
};

Result<QList<Row>> rows(SqlConnection &db, const QString &sql) {
    Result<SqlCursor *> query = db.exec(sql);
    if (!query)
        return query.error();
    QList<Row> found;
    while ((*query)->next())
        found.append(
            {(*query)->int64(0), (*query)->value(1).toString().toUtf8(), (*query)->value(2).toString().toUtf8()});
    (*query)->finish();
    return found;
}

// Revisions are immutable (a trigger refuses updates): the trigger is lifted for this one rewrite, in the same
// transaction, and put back as it was.
Status sealRevisions(SqlConnection &db, const SecretBox &box, int &sealed) {
    Result<QList<Row>> revisions = rows(db, QStringLiteral("SELECT id, body, '' FROM pipeline_revisions"));
    if (!revisions)
        return revisions.error();
    Status failed;
    QList<Row> changed;
    for (Row &row : *revisions)
        if (sealBody(box, row.text, failed))
            changed.append(row);
    if (!failed || changed.isEmpty())
        return failed;
    sealed += int(changed.size());
    if (Status ok = db.execOnly(QStringLiteral("DROP TRIGGER IF EXISTS pipeline_revisions_immutable")); !ok)
        return ok;
    for (const Row &row : std::as_const(changed))
        if (Status ok = db.execOnly(QStringLiteral("UPDATE pipeline_revisions SET body = ? WHERE id = ?"),
                                    {QString::fromUtf8(row.text), row.id});
            !ok)
            return ok;
    return db.execOnly(QStringLiteral("CREATE TRIGGER pipeline_revisions_immutable BEFORE UPDATE ON pipeline_revisions "
                                      "BEGIN SELECT RAISE(ABORT, 'pipeline revisions are immutable'); END"));
}

Status sealValueTable(SqlConnection &db, const SecretBox &box, const QString &select, const QString &update,
                      int &sealed) {
    Result<QList<Row>> found = rows(db, select);
    if (!found)
        return found.error();
    for (const Row &row : std::as_const(*found)) {
        QJsonObject values = QJsonDocument::fromJson(row.text).object();
        Status failed;
        if (sealValues(box, values, row.body, failed)) {
            if (Status ok = db.execOnly(update, {sql::json(values), row.id}); !ok)
                return ok;
            ++sealed;
        }
        if (!failed)
            return failed;
    }
    return {};
}

Status sealStoredSecrets(SqlConnection &db, const SecretBox &box, int &sealed) {
    if (Status ok = sealRevisions(db, box, sealed); !ok)
        return ok;
    // Values of a release or deployment are secret when the pipeline variable of its snapshot is.
    if (Status ok =
            sealValueTable(db, box,
                           QStringLiteral("SELECT r.id, r.variables, b.body FROM releases r JOIN "
                                          "pipeline_revisions b ON b.id = r.revision_id WHERE r.variables <> '{}'"),
                           QStringLiteral("UPDATE releases SET variables = ? WHERE id = ?"), sealed);
        !ok)
        return ok;
    return sealValueTable(db, box,
                          QStringLiteral("SELECT d.id, d.variables, b.body FROM deployments d JOIN releases r ON "
                                         "r.id = d.release_id JOIN pipeline_revisions b ON b.id = r.revision_id "
                                         "WHERE d.variables <> '{}'"),
                          QStringLiteral("UPDATE deployments SET variables = ? WHERE id = ?"), sealed);
}

Result<SecretBox> boxFromKeyFile(const QString &path, bool databaseHasKey) {
    if (QFileInfo::exists(path)) {
        Result<QByteArray> key = readKeyFile(path);
        if (!key)
            return SecretBox::withoutKey(key.error().message);
        return SecretBox(*key, QStringLiteral("the key in %1").arg(path));
    }
    if (databaseHasKey) // a new key would seal new values and open none of the old ones
        return SecretBox::withoutKey(QStringLiteral("the key file %1 is missing").arg(path));
    const QByteArray key = SecretBox::randomKey();
    // A team database's key lives in the user's configuration (docs/team-setup.md): its folder is private.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && !makePrivateFolder(folder))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the folder %1"), {folder});
    if (Status created = createKeyFile(path, key); !created)
        return created.error();
    return SecretBox(key, QStringLiteral("the key in %1").arg(path));
}

} // namespace

Result<SecretBox> openSecretBox(SqlConnection &connection, const std::optional<SecretKey> &given) {
    // A plain read first: opening a database that has its key check takes no write lock, so reading commands
    // work while another process writes (docs/security.md#a-busy-database).
    Result<QVariant> stored = connection.scalar(QStringLiteral("SELECT key_check FROM secret_key WHERE id = 1"));
    if (!stored)
        return stored.error();
    QByteArray check = stored->toString().toLatin1();
    std::optional<SecretBox> box;
    if (given) {
        box.emplace(given->key, given->where);
    } else {
        Result<SecretBox> fromFile = boxFromKeyFile(connection.keyFile(), !check.isEmpty());
        if (!fromFile)
            return fromFile.error();
        box.emplace(std::move(*fromFile));
    }
    if (!box->hasKey())
        return std::move(*box);
    int sealed = 0;
    // The first open with a key seals what an older version stored and records the key check, in one transaction
    // (which reads the check again: another process may have done it meanwhile).
    const Status done = check.isEmpty() ? connection.transaction([&]() -> Status {
        Result<QVariant> again = connection.scalar(QStringLiteral("SELECT key_check FROM secret_key WHERE id = 1"));
        if (!again)
            return again.error();
        check = again->toString().toLatin1();
        if (!check.isEmpty())
            return {};
        if (Status ok = sealStoredSecrets(connection, *box, sealed); !ok)
            return ok;
        return connection.execOnly(
            QStringLiteral("INSERT INTO secret_key (id, key_check, created_at) VALUES (1, ?, ?)"),
            {QString::fromLatin1(box->keyCheck()), QDateTime::currentMSecsSinceEpoch()});
    })
                                        : Status{};
    if (!done)
        return done.error();
    if (!check.isEmpty() && check != box->keyCheck())
        box->markMismatched();
    // The plaintext the rows held is still in freed pages and in the WAL: rebuilt and truncated once, best effort
    // (another connection's read can keep VACUUM from running; docs/security.md says so).
    if (sealed > 0 && connection.dialect() == SqlDialect::Sqlite) {
        (void)connection.execOnly(QStringLiteral("VACUUM"));
        (void)connection.execOnly(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return std::move(*box);
}

} // namespace slipway
