#pragma once

#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace slipway {

// A statement prepared on the server (or, for statements PostgreSQL cannot prepare, run as text), read like the
// SQLite cursor: integers come back as qint64 and booleans as 0 or 1, as SQLite gives them, so the repositories
// read both alike.
class PostgresCursor final : public SqlCursor {
public:
    PostgresCursor(const QSqlDatabase &database, QString sql, bool prepared);

    bool prepare() { return m_prepared ? m_query.prepare(m_sql) : true; }
    bool exec(const QVariantList &values);
    QSqlError lastError() const { return m_query.lastError(); }

    bool next() override;
    QVariant value(int column) const override;
    qint64 int64(int column) const override;
    bool isNull(int column) const override;
    QByteArrayView bytes(int column) const override;
    void finish() override;

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared;
    bool m_onRow = false;
    mutable std::vector<QByteArray> m_text; // bytes() per column of the current row
};

} // namespace slipway
