#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace slipway {

// The rows of one executed statement, read like QSqlQuery (next, value, finish). The repositories see only
// this and SqlConnection, so one set of repositories serves the SQLite file and the PostgreSQL server.
class SqlCursor {
public:
    virtual ~SqlCursor() = default;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    // Typed reads without a QVariant, for queries that return hundreds of thousands of rows.
    virtual qint64 int64(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual QByteArrayView bytes(int column) const = 0; // UTF-8 text, valid until the next step
    virtual void finish() = 0;

protected:
    SqlCursor() = default;
    Q_DISABLE_COPY_MOVE(SqlCursor)
};

enum class SqlDialect { Sqlite, Postgres };

// One connection to the store's database with the engine's transaction discipline: one writer at a time,
// so that the rules read what they write without interleaving, whichever process or machine writes.
class SqlConnection {
public:
    virtual ~SqlConnection() = default;

    virtual SqlDialect dialect() const = 0;
    // The file path, or the server's URI without its password.
    virtual QString location() const = 0;

    // Runs `work` in one transaction; a nested call is a savepoint inside the outer one, undone alone
    // when it fails. Any error of the outermost work rolls everything back.
    virtual Status transaction(const std::function<Status()> &work) = 0;
    virtual bool inTransaction() const = 0;

    // Prepares once per connection and binds positional values (?); returns the executed statement,
    // positioned before its first row. A null QString binds as '', an invalid QVariant as NULL.
    virtual Result<SqlCursor *> exec(const QString &sql, const QVariantList &values = {}) = 0;
    Status execOnly(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    // How long a call waits for another writer before it fails with ErrorKind::Busy.
    virtual void setBusyTimeout(int ms) = 0;
    // The budget of a user's call: 3 s, or $SLIPWAY_BUSY_TIMEOUT_MS (tests shorten it).
    static int defaultBusyTimeoutMs() {
        bool ok = false;
        const int configured = qEnvironmentVariableIntValue("SLIPWAY_BUSY_TIMEOUT_MS", &ok);
        return ok && configured >= 0 ? configured : 3000;
    }
    // The refusal a call gets when another writer holds the lock past the busy timeout.
    static Error busyError() {
        return Error::busy(QT_TRANSLATE_NOOP("Engine", "the database is busy (locked by another process)"));
    }
    // Grows whenever any connection commits a change.
    virtual Result<qint64> changeCounter() = 0;
    // Calls `changed` when any client commits a change, if the database can tell (see Store::watchChanges).
    virtual bool listenForChanges(std::function<void()> changed) = 0;
    // The SCRAM-SHA-256 verifier of `password` for login `user`, made here so that the clear password never reaches
    // the server (a team database only).
    virtual Result<QString> passwordVerifier(const QString &user, const QByteArray &password) {
        Q_UNUSED(user)
        Q_UNUSED(password)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "logins and roles belong to a team database; a database "
                                                             "file has one account (docs/team-setup.md)"));
    }
    // A login that may write no table (a team member's) takes no writers' lock: it could not.
    virtual void setReadOnlyLogin(bool readOnly) { Q_UNUSED(readOnly) }
    // How other clients of a team database see this connection (pg_stat_activity), kept across reconnections.
    virtual void setApplicationName(const QString &name) { Q_UNUSED(name) }
    // Where the key that seals secret values is kept when no keyring gives it ($SLIPWAY_KEY_FILE first).
    virtual QString keyFile() const = 0;

protected:
    SqlConnection() = default;
    Q_DISABLE_COPY_MOVE(SqlConnection)
};

inline Status SqlConnection::execOnly(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> query = exec(sql, values);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

inline Result<QVariant> SqlConnection::scalar(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> query = exec(sql, values);
    if (!query)
        return query.error();
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    (*query)->finish();
    return value;
}

namespace sql {
// The id an INSERT ... RETURNING id gave back (both backends write RETURNING: PostgreSQL has no last row id).
inline qint64 insertedId(SqlCursor &inserted) {
    const qint64 id = inserted.next() ? inserted.int64(0) : 0;
    inserted.finish();
    return id;
}
} // namespace sql

} // namespace slipway
