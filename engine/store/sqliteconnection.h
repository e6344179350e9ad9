#pragma once

#include "core/result.h"
#include "sqlitecursor.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <memory>

namespace slipway {

// One SQLite connection (one per thread that uses the store) with cached prepared statements and
// the transaction discipline of the engine: BEGIN IMMEDIATE, so writers queue instead of deadlocking.
// QtSql opens the database and runs the migrations; the statements of everyday work go through
// the native API on the same connection (SqlCursor).
class SqliteConnection final {
public:
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    // Opens (creating if needed) and migrates the database file. It waits up to defaultBusyTimeoutMs() for another
    // process's write lock, then fails with ErrorKind::Busy.
    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path);

    // The budget of a user's call: 3 s, or $SLIPWAY_BUSY_TIMEOUT_MS (tests shorten it).
    static int defaultBusyTimeoutMs();
    void setBusyTimeout(int ms);
    // The refusal a call gets when another process holds the write lock past the busy timeout.
    static Error busyError();

    const QString &path() const { return m_path; }

    // Runs `work` in one transaction; a nested call is a savepoint inside the outer one, undone alone
    // when it fails. Any error of the outermost work rolls everything back.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Prepares once per connection and binds positional values; returns the executed statement,
    // positioned before its first row.
    Result<SqlCursor *> exec(const QString &sql, const QVariantList &values = {});
    Status execOnly(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    QSqlDatabase &database() { return m_database; }

private:
    SqliteConnection(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
    sqlite3 *m_handle = nullptr; // the driver's own connection, for native prepared statements
    // SQLITE_BUSY and SQLITE_LOCKED become ErrorKind::Busy, anything else a storage error.
    Error statementError(const char *source, const QString &detail, int code, const QString &sql) const;
    // Prepares and keeps a statement; null when SQLite refuses it (sqlite3_errmsg says why).
    SqlCursor *prepare(const QString &sql);
    QHash<QString, SqlCursor *> m_statements;
    // The same statements found by the address of their text when it is a QStringLiteral (static, never
    // freed or changed): hashing a few hundred characters per statement cost more than the statement.
    QHash<const QChar *, SqlCursor *> m_literalStatements;
    int m_depth = 0;
};

} // namespace slipway
