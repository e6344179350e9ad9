#pragma once

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QTest>
#include <QUrlQuery>

#include <unistd.h>

namespace slipway::testing {

// The PostgreSQL server the tests run against, or empty for SQLite: $SLIPWAY_TEST_POSTGRES (a URI), else the
// `uri` file of the cluster in $SLIPWAY_TEST_POSTGRES_DIR (tools/pgcluster.sh, started by CTest's fixture).
inline QString testServerUri() {
    const QString uri = qEnvironmentVariable("SLIPWAY_TEST_POSTGRES");
    if (!uri.isEmpty())
        return uri;
    const QString dir = qEnvironmentVariable("SLIPWAY_TEST_POSTGRES_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(QDir(dir).filePath(QStringLiteral("uri")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SLIPWAY_TEST_POSTGRES_DIR is set but %s cannot be read (is the cluster started?)",
               qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// First in a test function of SQLite itself (its files, pragmas, locks): skipped when the suite runs on PostgreSQL.
#define SLIPWAY_SQLITE_ONLY(why)                                                                                       \
    if (!slipway::testing::testServerUri().isEmpty())                                                                  \
    QSKIP("SQLite only: " why)

// The parts of a libpq URI that QPSQL takes separately; `prefix` is everything before the database name.
struct ServerUri final {
    QString prefix, user, password, host, query;
    int port = -1;

    static ServerUri parse(const QString &uri) {
        static const QRegularExpression shape(
            QStringLiteral("^(postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\\d+))?/)([^?]*)(\\?.*)?$"));
        const QRegularExpressionMatch match = shape.match(uri);
        if (!match.hasMatch())
            qFatal("not a PostgreSQL URI: %s", qPrintable(uri));
        const auto decoded = [&](int group) { return QUrl::fromPercentEncoding(match.captured(group).toUtf8()); };
        ServerUri parts{match.captured(1), decoded(2), decoded(3), decoded(4), match.captured(7)};
        parts.port = match.captured(5).isEmpty() ? -1 : match.captured(5).toInt();
        const QUrlQuery options(match.captured(7).mid(1));
        if (options.hasQueryItem(QStringLiteral("host")))
            parts.host = options.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (options.hasQueryItem(QStringLiteral("port")))
            parts.port = options.queryItemValue(QStringLiteral("port")).toInt();
        return parts;
    }

    QString withDatabase(const QString &name) const { return prefix + name + query; }
};

// The URI of `user`'s own login on the team database at `location`, made on first use as a member of the owner's
// role (as people join a team: docs/team-setup.md#who-acts): on a team database the login is who acts.
inline QString loginUri(const QString &location, const QString &user) {
    const ServerUri server = ServerUri::parse(location);
    static QStringList made; // server and user
    const QString key = location.section(QLatin1Char('/'), 0, -2) + QLatin1Char(' ') + user;
    if (!made.contains(key)) {
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {location, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qc"),
                    QStringLiteral("DO $$ BEGIN EXECUTE format('CREATE ROLE %I LOGIN', '%1'); EXCEPTION WHEN "
                                   "duplicate_object OR unique_violation THEN NULL; END $$; GRANT \"%2\" TO \"%1\"")
                        .arg(user, server.user)});
        if (!psql.waitForFinished(30000) || psql.exitCode() != 0)
            qFatal("cannot make the login %s: %s", qPrintable(user), psql.readAllStandardError().constData());
        made << key;
    }
    const qsizetype at = location.indexOf(QLatin1Char('@'));
    if (at < 0)
        qFatal("no user in %s", qPrintable(location));
    return QStringLiteral("postgresql://") + user + location.mid(at);
}

// Where and as whom AppSession::open acts as `user`: the file and the name, or the team database as their login.
struct Actor final {
    QString location, user;
};
inline Actor actorOn(const QString &location, const QString &user) {
    if (!location.startsWith(QLatin1String("postgres")))
        return {location, user};
    return {loginUri(location, user), QString()};
}

// The arguments that make a CLI call act as `user`: `--database FILE --user NAME` on a file, the login's URI on a
// team database.
inline QStringList actingAs(const QString &location, const QString &user) {
    const Actor actor = actorOn(location, user);
    QStringList arguments{QStringLiteral("--database"), actor.location};
    if (!actor.user.isEmpty())
        arguments << QStringLiteral("--user") << actor.user;
    return arguments;
}

// One test's own database: on the PostgreSQL server, a fresh database (unique by process id and a counter) made
// here and dropped with this object; without a server, the file `fileName` in `folder`, removed first.
class TestDatabase final {
public:
    explicit TestDatabase(const QString &folder, const QString &fileName = QStringLiteral("slipway.db"))
        : m_file(QDir(folder).filePath(fileName)) {
        const QString server = testServerUri();
        if (server.isEmpty()) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(m_file + QLatin1String(suffix));
            return;
        }
        static QAtomicInteger<int> counter;
        m_server = ServerUri::parse(server);
        m_name = QStringLiteral("slipway_test_%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~TestDatabase() {
        if (!m_name.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isPostgres() const { return !m_name.isEmpty(); }
    // What openStore and `--database` take: the server's URI naming this database, or the SQLite file.
    QString location() const { return isPostgres() ? m_server.withDatabase(m_name) : m_file; }
    // The SQLite file (also when on PostgreSQL, for tests that make SQLite files beside it).
    QString filePath() const { return m_file; }

    // Calls work(QSqlDatabase &) on a connection of its own to this database, beside the store's.
    template <typename Work>
    void withOwnConnection(Work work) const {
        withConnection(isPostgres() ? m_name : QString(), work);
    }

    // Runs raw SQL on a connection of its own (for tests that damage the data on purpose).
    bool exec(const QString &sql) const {
        bool done = false;
        withOwnConnection([&](QSqlDatabase &db) {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        });
        return done;
    }

private:
    void admin(const QString &sql) const {
        withConnection(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        });
    }

    // A connection to `database` on the server, or to the SQLite file when `database` is empty.
    template <typename Work>
    void withConnection(const QString &database, Work work) const {
        static QAtomicInteger<int> connections;
        const QString name = QStringLiteral("test-database-%1").arg(connections.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                database.isEmpty() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
            if (database.isEmpty()) {
                db.setDatabaseName(m_file);
            } else {
                db.setDatabaseName(database);
                db.setHostName(m_server.host);
                db.setUserName(m_server.user);
                db.setPassword(m_server.password);
                if (m_server.port > 0)
                    db.setPort(m_server.port);
            }
            if (!db.open())
                qFatal("cannot reach the test database %s: %s", qPrintable(database.isEmpty() ? m_file : database),
                       qPrintable(db.lastError().text()));
            if (!database.isEmpty()) // not the NOTICEs of DROP ... IF EXISTS
                QSqlQuery(QStringLiteral("SET client_min_messages = warning"), db);
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString m_file;
    ServerUri m_server;
    QString m_name;
};

// Every text cell of the database, the pipeline's revisions included (their secret values are sealed:
// docs/security.md#secrets-at-rest).
inline QString storedText(const TestDatabase &database) {
    QString all;
    database.withOwnConnection([&](QSqlDatabase &db) {
        QSqlQuery tables(database.isPostgres()
                             ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                              "current_schema() AND table_type = 'BASE TABLE'")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                         db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(QStringLiteral("SELECT * FROM ") + table, db);
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    all += rows.value(i).toString() + QLatin1Char('\n');
        }
    });
    return all;
}

} // namespace slipway::testing
