#pragma once

#include "sqlconnection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace slipway {

// A prepared SQLite statement used through the native API: QtSql's per-execution result caching
// costs more than the statement itself, and the store runs many small statements per change.
class SqliteCursor final : public SqlCursor {
public:
    SqliteCursor(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~SqliteCursor() override;

    // Binds the values (a null QString binds as '', an invalid QVariant as NULL) and runs the first step.
    bool exec(const QVariantList &values);
    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; } // SQLite's primary result code of the failure

    bool next() override;
    QVariant value(int column) const override;
    qint64 int64(int column) const override;
    bool isNull(int column) const override;
    QByteArrayView bytes(int column) const override;
    void finish() override;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_pendingRow = false; // exec() already stepped onto a row that next() has not handed out
    bool m_onRow = false;
    QString m_error;
    int m_errorCode = 0;

    bool bind(int index, const QVariant &value);
};

} // namespace slipway
