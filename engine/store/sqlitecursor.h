#pragma once

#include <QString>
#include <QByteArrayView>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace slipway {

// A prepared SQLite statement used through the native API: QtSql's per-execution result caching
// costs more than the statement itself, and the store runs many small statements per change.
// Reads like QSqlQuery (next, value, finish) so repository code stays plain.
class SqlCursor final {
public:
    SqlCursor(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~SqlCursor();
    Q_DISABLE_COPY_MOVE(SqlCursor)

    // Binds the values (a null QString binds as '', an invalid QVariant as NULL) and runs the first step.
    bool exec(const QVariantList &values);
    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; } // SQLite's primary result code of the failure

    bool next();
    QVariant value(int column) const;
    // Typed reads without a QVariant, for queries that return hundreds of thousands of rows.
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QByteArrayView bytes(int column) const; // valid until the next step
    void finish();
    QVariant lastInsertId() const { return m_lastInsertId; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_pendingRow = false; // exec() already stepped onto a row that next() has not handed out
    bool m_onRow = false;
    QVariant m_lastInsertId;
    QString m_error;
    int m_errorCode = 0;

    bool bind(int index, const QVariant &value);
};

} // namespace slipway
