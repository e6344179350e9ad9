#include "sqliteconnection.h"

#include "migrations.h"

#include "core/filemodes.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace slipway {

namespace {
QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("slipway-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isBusyCode(int code) {
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// Qt's driver gives only text: its errors while opening and migrating say "database is locked" when busy.
Error busyOrStorage(Error error) {
    if (error.message.contains(QLatin1String("database is locked"), Qt::CaseInsensitive) ||
        error.message.contains(QLatin1String("database table is locked"), Qt::CaseInsensitive))
        return SqlConnection::busyError();
    return error;
}
} // namespace

void SqliteConnection::setBusyTimeout(int ms) {
    sqlite3_busy_timeout(m_handle, ms);
}

Error SqliteConnection::statementError(const char *source, const QString &detail, int code, const QString &sql) const {
    if (isBusyCode(code))
        return busyError();
    return Error::storage(source, {detail, sql.simplified()});
}

SqliteConnection::SqliteConnection(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName)) {}

SqliteConnection::~SqliteConnection() {
    qDeleteAll(m_statements);
    m_statements.clear();
    m_literalStatements.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(
            QT_TRANSLATE_NOOP("Engine", "the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"));
    const QFileInfo info(path);
    // A folder made for the database is private; one the user chose keeps its mode. The files are 0600 either way.
    if (!QFileInfo::exists(info.absolutePath()) && !makePrivateFolder(info.absolutePath()))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the folder %1"), {info.absolutePath()});
    if (!makePrivateDatabaseFiles(info.absoluteFilePath()))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot open the database %1: %2"),
                              {path, QString::fromLocal8Bit(strerror(errno))});
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase &db = connection->m_database;
    db.setDatabaseName(info.absoluteFilePath());
    const QString busyTimeout = QString::number(defaultBusyTimeoutMs());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + busyTimeout);
    if (!db.open())
        return busyOrStorage(Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot open the database %1: %2"),
                                            {path, db.lastError().text()}));
    // WAL lets readers run beside one writer; NORMAL is durable against a crash of the process. Checkpoints every
    // 4,000 pages (not 1,000): fewer fsync stalls on the committing thread, hot pages written once each.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA wal_autocheckpoint = 4000"}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return busyOrStorage(Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot open the database %1: %2"),
                                                {path, query.lastError().text()}));
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return busyOrStorage(Error::storage(QT_TRANSLATE_NOOP("Engine", "%1 is not a Slipway database: %2"),
                                            {path, check.lastError().text()}));
    check.finish();
    if (Status migrated = migrate(db); !migrated)
        return busyOrStorage(migrated.error());
    const QVariant handle = db.driver()->handle();
    // As documented for QSqlDriver::handle(): the variant holds the driver's sqlite3 pointer.
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.constData()))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "the Qt SQLite driver did not expose its connection"));
    connection->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    return connection;
}

Status SqliteConnection::transaction(const std::function<Status()> &work) {
    if (m_depth > 0) {
        // A nested unit is a savepoint: when it fails, its own writes are undone and the outer
        // transaction decides what happens to the rest (the REST server's group commit keeps it).
        const QString savepoint = QStringLiteral("nested%1").arg(m_depth);
        if (Status begun = execOnly(QStringLiteral("SAVEPOINT ") + savepoint); !begun)
            return begun;
        ++m_depth;
        Status result = work();
        --m_depth;
        if (!result) {
            (void)execOnly(QStringLiteral("ROLLBACK TO ") + savepoint);
            (void)execOnly(QStringLiteral("RELEASE ") + savepoint);
            return result;
        }
        return execOnly(QStringLiteral("RELEASE ") + savepoint);
    }
    if (Status begun = execOnly(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    m_depth = 1;
    Status result = work();
    m_depth = 0;
    if (!result) {
        (void)execOnly(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (Status committed = execOnly(QStringLiteral("COMMIT")); !committed) {
        (void)execOnly(QStringLiteral("ROLLBACK"));
        return committed;
    }
    return {};
}

Result<SqlCursor *> SqliteConnection::exec(const QString &sql, const QVariantList &values) {
    const bool literal = !sql.data_ptr().isMutable(); // QStringLiteral text lives in the binary
    SqliteCursor *cursor = literal ? m_literalStatements.value(sql.constData()) : nullptr;
    if (!cursor) {
        cursor = m_statements.value(sql);
        if (!cursor && !(cursor = prepare(sql)))
            return statementError(QT_TRANSLATE_NOOP("Engine", "cannot prepare statement: %1 (%2)"),
                                  QString::fromUtf8(sqlite3_errmsg(m_handle)), sqlite3_errcode(m_handle), sql);
        if (literal)
            m_literalStatements.insert(sql.constData(), cursor);
    }
    if (!cursor->exec(values))
        return statementError(QT_TRANSLATE_NOOP("Engine", "database error: %1 (%2)"), cursor->lastError(),
                              cursor->lastErrorCode(), sql);
    return cursor;
}

SqliteCursor *SqliteConnection::prepare(const QString &sql) {
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    auto *cursor = new SqliteCursor(m_handle, statement);
    m_statements.insert(sql, cursor);
    return cursor;
}

Result<qint64> SqliteConnection::changeCounter() {
    Result<QVariant> version = scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    return version->toLongLong();
}

} // namespace slipway
