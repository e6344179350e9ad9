#pragma once

#include "core/result.h"
#include "core/secretbox.h"
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
class SqliteConnection final : public SqlConnection {
public:
    ~SqliteConnection() override;

    // Opens (creating if needed) and migrates the database file. It waits up to defaultBusyTimeoutMs() for another
    // process's write lock, then fails with ErrorKind::Busy.
    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path);

    void setBusyTimeout(int ms) override;

    const QString &path() const { return m_path; }
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    QString location() const override { return m_path; }

    // BEGIN IMMEDIATE: the writer takes the file's write lock first, so writers queue instead of deadlocking.
    Status transaction(const std::function<Status()> &work) override;
    bool inTransaction() const override { return m_depth > 0; }
    Result<SqlCursor *> exec(const QString &sql, const QVariantList &values = {}) override;
    Result<qint64> changeCounter() override;                                // SQLite's data_version
    bool listenForChanges(std::function<void()>) override { return false; } // SQLite cannot tell: poll
    QString keyFile() const override { return keyFilePath(m_path); }        // beside the file

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
    SqliteCursor *prepare(const QString &sql);
    QHash<QString, SqliteCursor *> m_statements;
    // The same statements found by the address of their text when it is a QStringLiteral (static, never
    // freed or changed): hashing a few hundred characters per statement cost more than the statement.
    QHash<const QChar *, SqliteCursor *> m_literalStatements;
    int m_depth = 0;
};

} // namespace slipway
