#include "postgresconnection.h"

#include "postgrescursor.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <libpq-fe.h>

namespace slipway {

namespace {

const QString changesChannel = QStringLiteral("slipway_changes");

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("slipway-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

// PostgreSQL prepares only these; anything else (SAVEPOINT, SET, LISTEN, DDL) runs as text, without values.
bool isPreparable(const QString &sql) {
    const QString head = sql.left(8).trimmed().toUpper();
    return head.startsWith(QLatin1String("SELECT")) || head.startsWith(QLatin1String("INSERT")) ||
           head.startsWith(QLatin1String("UPDATE")) || head.startsWith(QLatin1String("DELETE")) ||
           head.startsWith(QLatin1String("WITH")) || head.startsWith(QLatin1String("VALUES"));
}

// SQLSTATEs that mean "another writer, try again": lock_not_available (the busy timeout), deadlock, serialization.
bool isBusyState(const QString &state) {
    return state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001");
}

// The server's words for a connection that failed, as one sentence a user can act on.
Error connectFailure(const PostgresLocation &where, const QString &text) {
    const QString server = where.display();
    if (text.contains(QLatin1String("password authentication failed")))
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the team database %1 refused the password of user %2"),
                                {server, where.user.isEmpty() ? qEnvironmentVariable("USER") : where.user});
    if (text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("password is required")))
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the team database %1 asks for a password: give it in "
                                                            "the URI, in ~/.pgpass or in PGPASSWORD"),
                                {server});
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "the team database %1 does not exist on its server "
                                                           "(create it first: createdb)"),
                               {server});
    // libpq's first line says what failed ("... failed: Connection refused"); the rest are hints and the driver's own.
    return Error::busy(QT_TRANSLATE_NOOP("Engine", "cannot reach the team database %1: %2"),
                       {server, text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed()});
}

} // namespace

PostgresConnection::PostgresConnection(PostgresLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_database(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName)) {}

PostgresConnection::~PostgresConnection() {
    qDeleteAll(m_statements);
    m_statements.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::connectTo(const QString &uri) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(
            QT_TRANSLATE_NOOP("Engine", "the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    Result<PostgresLocation> location = parsePostgresUri(uri);
    if (!location)
        return location.error();
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(*location, nextConnectionName()));
    QSqlDatabase &db = connection->m_database;
    db.setHostName(location->host);
    if (location->port > 0)
        db.setPort(location->port);
    db.setDatabaseName(location->database);
    db.setUserName(location->user);
    db.setPassword(location->password);
    QString options = location->connectOptions();
    // An unreachable server fails within seconds, not libpq's default of waiting forever.
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options);
    connection->m_busyTimeoutMs = SqlConnection::defaultBusyTimeoutMs();
    if (Status connected = connection->connect(); !connected)
        return connected.error();
    return connection;
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const QString &uri, MigrationPolicy policy) {
    Result<std::unique_ptr<PostgresConnection>> connection = connectTo(uri);
    if (!connection)
        return connection;
    if (Status migrated = migratePostgres((*connection)->m_database, (*connection)->location(), policy); !migrated)
        return migrated.error();
    return connection;
}

Result<int> PostgresConnection::schemaVersionAt(const QString &uri) {
    Result<std::unique_ptr<PostgresConnection>> connection = connectTo(uri);
    if (!connection)
        return connection.error();
    return postgresSchemaVersion((*connection)->m_database, (*connection)->location());
}

Status PostgresConnection::connect() {
    if (!m_database.open())
        return connectFailure(m_location, m_database.lastError().text());
    // Times are epoch milliseconds and text is UTF-8 whatever the server's defaults.
    for (const QString &setting :
         {QStringLiteral("SET client_encoding = 'UTF8'"), QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs),
          QStringLiteral("SET application_name = '%1'").arg(m_applicationName)}) {
        if (Status done = run(setting); !done)
            return done;
    }
    if (m_changed && !m_database.driver()->subscribeToNotification(changesChannel))
        return connectFailure(m_location, m_database.driver()->lastError().text());
    m_lost = false;
    return {};
}

// As documented for QSqlDriver::handle(): the variant holds libpq's connection (its type is named "pg_conn*").
pg_conn *PostgresConnection::nativeConnection() const {
    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

Status PostgresConnection::reconnectIfLost() {
    PGconn *conn = nativeConnection();
    if (!m_lost && conn && PQstatus(conn) == CONNECTION_OK)
        return {};
    qDeleteAll(m_statements); // prepared on the old session
    m_statements.clear();
    m_database.close();
    return connect();
}

Error PostgresConnection::failure(const char *source, const QSqlError &error, const QString &sql) {
    const QString state = error.nativeErrorCode();
    if (isBusyState(state))
        return SqlConnection::busyError();
    PGconn *conn = nativeConnection();
    if (!conn || PQstatus(conn) != CONNECTION_OK || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P"))) {
        m_lost = true;
        return connectFailure(m_location, error.text());
    }
    // What the login's team role does not allow (docs/architecture.md#team-roles), in the database's words.
    if (state == QLatin1String("42501")) {
        // The server's first line, without its severity ("ERROR:  ") and the context lines after it.
        QString reason = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "the team database refused this to your login: %1"),
                                {reason});
    }
    return Error::storage(source, {error.text(), sql.simplified()});
}

// `sql` may hold several statements, sent as one message: the server answers each, and exec() looks at the first
// answer only, so the others are read for an error too.
Status PostgresConnection::run(const QString &sql) {
    QSqlQuery query(m_database);
    bool ran = query.exec(sql);
    while (ran && query.nextResult()) {
    }
    if (!ran || query.lastError().isValid())
        return failure(QT_TRANSLATE_NOOP("Engine", "database error: %1 (%2)"), query.lastError(), sql);
    return {};
}

void PostgresConnection::setBusyTimeout(int ms) {
    m_busyTimeoutMs = ms;
    (void)run(QStringLiteral("SET lock_timeout = %1").arg(ms));
}

// A connection is found dead only when used (the server restarted, a network drop): BEGIN has done nothing yet, so it
// is tried once more on a new connection, and the transaction goes ahead if the server is back. BEGIN and the
// writers' lock travel in one message: every round trip inside the lock is time all other writers wait. The lock is
// the row of slipway_changes that every commit updates: taking it needs the right to write, so a login that may only
// read cannot hold the writers back (an advisory lock any login may take). Such a login writes nothing itself.
Status PostgresConnection::begin() {
    const QString beginLocked = m_readOnlyLogin
                                    ? QStringLiteral("BEGIN")
                                    : QStringLiteral("BEGIN; SELECT 1 FROM slipway_changes WHERE id = 1 FOR UPDATE");
    m_wrote = false;
    for (int attempt = 0;; ++attempt) {
        if (Status lost = reconnectIfLost(); !lost)
            return lost;
        Status begun = run(beginLocked);
        if (begun || !m_lost || attempt > 0)
            return begun;
    }
}

// A transaction that wrote moves the change counter and tells every listener, both only if it commits; the three
// statements go as one message.
Status PostgresConnection::commit() {
    if (!m_wrote)
        return run(QStringLiteral("COMMIT"));
    return run(QStringLiteral("UPDATE slipway_changes SET counter = counter + 1 WHERE id = 1; NOTIFY ") +
               changesChannel + QStringLiteral("; COMMIT"));
}

Status PostgresConnection::transaction(const std::function<Status()> &work) {
    if (m_depth > 0) {
        // A nested unit is a savepoint: when it fails, its own writes are undone and the outer transaction goes on
        // (PostgreSQL also needs it to go on after a failed statement).
        const QString savepoint = QStringLiteral("nested%1").arg(m_depth);
        if (Status begun = run(QStringLiteral("SAVEPOINT ") + savepoint); !begun)
            return begun;
        ++m_depth;
        Status result = work();
        --m_depth;
        if (!result) {
            (void)run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
            (void)run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
            return result;
        }
        return run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    }
    if (Status begun = begin(); !begun) {
        (void)run(QStringLiteral("ROLLBACK"));
        return begun;
    }
    m_depth = 1;
    Status result = work();
    m_depth = 0;
    if (result)
        result = commit();
    if (!result)
        (void)run(QStringLiteral("ROLLBACK"));
    return result;
}

// Outside a transaction, a read that finds the connection dead is tried once more on a new one, as BEGIN is: it
// changes nothing. A write is not: whether it happened cannot be known.
Result<SqlCursor *> PostgresConnection::exec(const QString &sql, const QVariantList &values) {
    Result<SqlCursor *> result = execOnce(sql, values);
    if (!result && m_lost && m_depth == 0 && sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        result = execOnce(sql, values);
    return result;
}

Result<SqlCursor *> PostgresConnection::execOnce(const QString &sql, const QVariantList &values) {
    if (m_depth == 0)
        if (Status lost = reconnectIfLost(); !lost)
            return lost.error();
    PostgresCursor *cursor = m_statements.value(sql);
    if (!cursor) {
        const bool prepared = isPreparable(sql);
        if (!prepared && !values.isEmpty())
            return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot prepare statement: %1 (%2)"),
                                  {QStringLiteral("values for a statement PostgreSQL cannot prepare"), sql});
        cursor = new PostgresCursor(m_database, sql, prepared);
        if (!cursor->prepare()) {
            const Error error =
                failure(QT_TRANSLATE_NOOP("Engine", "cannot prepare statement: %1 (%2)"), cursor->lastError(), sql);
            delete cursor;
            return error;
        }
        m_statements.insert(sql, cursor);
    }
    // Anything but a query may write (a SELECT that writes, such as setval, only ever follows an INSERT).
    if (m_depth > 0 && !QStringView(sql).trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        m_wrote = true;
    if (!cursor->exec(values))
        return failure(QT_TRANSLATE_NOOP("Engine", "database error: %1 (%2)"), cursor->lastError(), sql);
    return static_cast<SqlCursor *>(cursor);
}

Result<qint64> PostgresConnection::changeCounter() {
    Result<QVariant> counter = scalar(QStringLiteral("SELECT counter FROM slipway_changes WHERE id = 1"));
    if (!counter)
        return counter.error();
    return counter->toLongLong();
}

QString PostgresConnection::keyFile() const {
    const QString named = qEnvironmentVariable("SLIPWAY_KEY_FILE");
    if (!named.isEmpty())
        return named;
    QString host = m_location.host.isEmpty() ? QStringLiteral("localhost") : m_location.host;
    host.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString name = QStringLiteral("%1-%2-%3.key")
                             .arg(host, QString::number(m_location.port > 0 ? m_location.port : 5432),
                                  m_location.database.isEmpty() ? QStringLiteral("slipway") : m_location.database);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/slipway/keys/") +
           name;
}

Result<QString> PostgresConnection::passwordVerifier(const QString &user, const QByteArray &password) {
    PGconn *conn = nativeConnection();
    if (!conn)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "database error: %1 (%2)"),
                              {QStringLiteral("not connected"), QStringLiteral("PQencryptPasswordConn")});
    QByteArray terminated = password + '\0';
    char *verifier = PQencryptPasswordConn(conn, terminated.constData(), user.toUtf8().constData(), "scram-sha-256");
    terminated.fill('\0'); // the clear password lives no longer than needed
    if (!verifier)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "database error: %1 (%2)"),
                              {QString::fromUtf8(PQerrorMessage(conn)), QStringLiteral("PQencryptPasswordConn")});
    QString made = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return made;
}

void PostgresConnection::setApplicationName(const QString &name) {
    m_applicationName = name; // Slipway's own names only: no quoting needed
    (void)run(QStringLiteral("SET application_name = '%1'").arg(name));
}

bool PostgresConnection::listenForChanges(std::function<void()> changed) {
    m_changed = std::move(changed);
    QObject::connect(m_database.driver(), &QSqlDriver::notification, m_database.driver(),
                     [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         Q_UNUSED(source)
                         if (name == changesChannel && m_changed)
                             m_changed();
                     });
    return m_database.driver()->subscribeToNotification(changesChannel);
}

} // namespace slipway
