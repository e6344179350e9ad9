#pragma once

#include "postgreslocation.h"
#include "postgresschema.h"
#include "sqlconnection.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

struct pg_conn; // libpq's PGconn

namespace slipway {

class PostgresCursor;

// One connection to a team database on a PostgreSQL server, through Qt's PostgreSQL driver (QPSQL). Every outermost
// transaction takes the writers' lock (a row lock on slipway_changes), so the engine keeps SQLite's discipline of one
// writer at a time across processes and machines; readers outside a transaction never wait. Statements are prepared
// once per connection. A lost connection is opened again at the next transaction; until then calls fail with
// ErrorKind::Busy (worth retrying), as when another writer holds the lock past the busy timeout.
class PostgresConnection final : public SqlConnection {
public:
    ~PostgresConnection() override;

    // Connects and creates the schema in an empty database; a database of another schema version is refused
    // (MigrationPolicy::Upgrade migrates an older one: `slipway db init`).
    static Result<std::unique_ptr<PostgresConnection>> open(const QString &uri,
                                                            MigrationPolicy policy = MigrationPolicy::CreateOnly);
    // Connects and reads the schema version (0: an empty database) without writing anything: Test connection.
    static Result<int> schemaVersionAt(const QString &uri);

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    QString location() const override { return m_location.display(); }
    Status transaction(const std::function<Status()> &work) override;
    bool inTransaction() const override { return m_depth > 0; }
    Result<SqlCursor *> exec(const QString &sql, const QVariantList &values = {}) override;
    void setBusyTimeout(int ms) override;
    Result<qint64> changeCounter() override;
    // $XDG_CONFIG_HOME/slipway/keys/<host>-<port>-<database>.key: each desktop and engine holds the team's key.
    QString keyFile() const override;
    Result<QString> passwordVerifier(const QString &user, const QByteArray &password) override;
    void setApplicationName(const QString &name) override;
    void setReadOnlyLogin(bool readOnly) override { m_readOnlyLogin = readOnly; }

    // Calls `changed` (on this connection's thread) when any client commits a change: LISTEN slipway_changes.
    bool listenForChanges(std::function<void()> changed) override;

private:
    PostgresConnection(PostgresLocation location, QString connectionName);

    static Result<std::unique_ptr<PostgresConnection>> connectTo(const QString &uri);
    pg_conn *nativeConnection() const;
    Status connect();
    Status reconnectIfLost();
    Error failure(const char *source, const QSqlError &error, const QString &sql);
    Status run(const QString &sql);
    Status begin();
    Result<SqlCursor *> execOnce(const QString &sql, const QVariantList &values);
    Status commit();

    PostgresLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_database;
    QHash<QString, PostgresCursor *> m_statements;
    int m_depth = 0;
    int m_busyTimeoutMs = 3000;
    bool m_lost = false;
    QString m_applicationName = QStringLiteral("slipway");
    bool m_readOnlyLogin = false; // a member's: its transactions take no writers' lock
    bool m_wrote = false;         // the outermost transaction ran a statement that may write
    std::function<void()> m_changed;
};

} // namespace slipway
