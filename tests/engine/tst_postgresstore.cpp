// The team database's own behaviour: URIs, the sentences of a failed connection, schema versions, the writers'
// lock, change notifications and reconnection. The shared behaviour of both stores is proven by every engine
// test's postgres variant; these need a PostgreSQL server ($SLIPWAY_TEST_POSTGRES, started by the suite).
#include "store/migrations.h"
#include "testdatabase.h"
#include "store/postgreslocation.h"
#include "store/postgresstore.h"
#include "store/storefactory.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace slipway;

namespace {

// A fresh database on the test server, dropped at the end; its URI.
class ScratchDatabase final {
public:
    ScratchDatabase() {
        static QAtomicInteger<int> counter;
        m_name =
            QStringLiteral("pgstore_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        admin(QStringLiteral("CREATE DATABASE ") + m_name);
    }
    ~ScratchDatabase() { admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    Q_DISABLE_COPY_MOVE(ScratchDatabase)

    QString uri() const {
        PostgresLocation server = parsePostgresUri(serverUri()).value();
        server.database = m_name;
        return server.display();
    }
    static QString serverUri() { return slipway::testing::testServerUri(); }

    static void admin(const QString &statement) {
        const PostgresLocation server = parsePostgresUri(serverUri()).value();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(server.host);
            if (server.port > 0)
                db.setPort(server.port);
            db.setUserName(server.user);
            db.setDatabaseName(server.database);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

private:
    QString m_name;
};

} // namespace

class PostgresStoreTest final : public QObject {
    Q_OBJECT

private:
    static bool haveServer() { return !ScratchDatabase::serverUri().isEmpty(); }

private Q_SLOTS:
    void urisAreReadAsLibpqReadsThem() {
        const PostgresLocation tcp =
            parsePostgresUri(QStringLiteral("postgresql://ann:s%40cret@db.example.com:6543/rel%20db?sslmode=require"))
                .value();
        QCOMPARE(tcp.user, QStringLiteral("ann"));
        QCOMPARE(tcp.password, QStringLiteral("s@cret"));
        QCOMPARE(tcp.host, QStringLiteral("db.example.com"));
        QCOMPARE(tcp.port, 6543);
        QCOMPARE(tcp.database, QStringLiteral("rel db"));
        QCOMPARE(tcp.options, QStringList{QStringLiteral("sslmode=require")});
        QCOMPARE(tcp.connectOptions(), QStringLiteral("sslmode='require'"));
        QVERIFY(!tcp.display().contains(QLatin1String("cret"))); // never shown
        QCOMPARE(tcp.display(), QStringLiteral("postgresql://ann@db.example.com:6543/rel%20db?sslmode=require"));

        const PostgresLocation socket =
            parsePostgresUri(QStringLiteral("postgres://slipway@%2Fvar%2Frun%2Fpg/x")).value();
        QCOMPARE(socket.host, QStringLiteral("/var/run/pg"));
        QCOMPARE(parsePostgresUri(QStringLiteral("postgresql:///x?host=/tmp/s&port=5433")).value().host,
                 QStringLiteral("/tmp/s"));
        QCOMPARE(parsePostgresUri(QStringLiteral("postgresql://[::1]:5433/x")).value().host, QStringLiteral("::1"));
        QVERIFY(isServerLocation(QStringLiteral("postgresql://h/x")));
        QVERIFY(!isServerLocation(QStringLiteral("/home/ann/postgresql.db")));
        QCOMPARE(displayLocation(QStringLiteral("postgresql://a:pw@h/x")), QStringLiteral("postgresql://a@h/x"));
    }

    void badUrisSayWhatIsWrong() {
        const Result<PostgresLocation> port = parsePostgresUri(QStringLiteral("postgresql://h:99999/x"));
        QVERIFY(!port);
        QCOMPARE(port.error().kind, ErrorKind::Validation);
        QVERIFY(port.error().message.contains(QLatin1String("port")));
        QVERIFY(!parsePostgresUri(QStringLiteral("postgresql://h/x?novalue")));
        QVERIFY(!parsePostgresUri(QStringLiteral("postgresql://[::1/x")));
        QVERIFY(!parsePostgresUri(QStringLiteral("postgresql://h/") + QString(5000, QLatin1Char('x'))));
    }

    void anUnreachableServerIsOneSentenceWorthRetrying() {
        const Result<std::unique_ptr<Store>> store =
            openStore(QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/slipway?connect_timeout=2"));
        QVERIFY(!store);
        QCOMPARE(store.error().kind, ErrorKind::Busy);
        QVERIFY2(store.error().message.startsWith(QLatin1String("cannot reach the team database "
                                                                "postgresql://nobody@127.0.0.1:1/slipway")),
                 qPrintable(store.error().message));
        QVERIFY(!store.error().message.contains(QLatin1String(":pw@")));
    }

    void aMissingDatabaseIsNamed() {
        if (!haveServer())
            QSKIP("needs SLIPWAY_TEST_POSTGRES (the suite starts a server)");
        PostgresLocation missing = parsePostgresUri(ScratchDatabase::serverUri()).value();
        missing.database = QStringLiteral("no_such_database");
        const Result<std::unique_ptr<Store>> store = openStore(missing.display());
        QVERIFY(!store);
        QCOMPARE(store.error().kind, ErrorKind::NotFound);
        QVERIFY2(store.error().message.contains(QLatin1String("does not exist")), qPrintable(store.error().message));
    }

    void anotherSchemaVersionIsRefusedWithBoth() {
        if (!haveServer())
            QSKIP("needs SLIPWAY_TEST_POSTGRES (the suite starts a server)");
        ScratchDatabase database;
        QVERIFY(openStore(database.uri()).ok()); // an empty database gets the schema
        auto setVersion = [&](int version) {
            auto store = PostgresStore::open(database.uri()).value();
            QVERIFY(
                store->connection().execOnly(QStringLiteral("UPDATE slipway_schema SET version = %1").arg(version)));
        };
        setVersion(99);
        Result<std::unique_ptr<Store>> newer = openStore(database.uri());
        QVERIFY(!newer);
        QVERIFY2(newer.error().message.contains(QLatin1String("schema version 99")) &&
                     newer.error().message.contains(QStringLiteral("version %1").arg(latestSchemaVersion())),
                 qPrintable(newer.error().message));
        QVERIFY(!initializeDatabase(database.uri())); // nor will db init go backwards
    }

    void oneWriterAtATimeAcrossConnections() {
        if (!haveServer())
            QSKIP("needs SLIPWAY_TEST_POSTGRES (the suite starts a server)");
        ScratchDatabase database;
        auto first = PostgresStore::open(database.uri()).value();
        auto second = PostgresStore::open(database.uri()).value();
        second->setBusyTimeout(100);
        Status inner;
        const Status outer = first->transaction([&]() -> Status {
            inner = second->transaction([&]() -> Status { return {}; });
            return {};
        });
        QVERIFY(outer);
        QVERIFY(!inner);
        QCOMPARE(inner.error().kind, ErrorKind::Busy);
        QVERIFY(second->transaction([] { return Status{}; })); // free again once the first committed
    }

    void aCommitReachesAnotherConnectionsListener() {
        if (!haveServer())
            QSKIP("needs SLIPWAY_TEST_POSTGRES (the suite starts a server)");
        ScratchDatabase database;
        auto watcher = PostgresStore::open(database.uri()).value();
        auto writer = PostgresStore::open(database.uri()).value();
        int told = 0;
        QVERIFY(watcher->watchChanges([&] { ++told; }));
        const qint64 before = watcher->changeCounter().value();
        // A transaction that only reads tells nobody; one that writes does, once it commits.
        QVERIFY(writer->transaction([&]() -> Status {
            Result<qint64> count = writer->pipelines().pipelineCount();
            return count ? Status{} : Status{count.error()};
        }));
        QVERIFY(writer->transaction([&]() -> Status {
            Result<ProjectRecord> made =
                writer->pipelines().ensureProject(QStringLiteral("Team"), QDateTime::currentDateTimeUtc());
            return made ? Status{} : Status{made.error()};
        }));
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 5000);
        QCOMPARE(watcher->changeCounter().value(), before + 1);
    }

    void aLostConnectionComesBackByItself() {
        if (!haveServer())
            QSKIP("needs SLIPWAY_TEST_POSTGRES (the suite starts a server)");
        ScratchDatabase database;
        auto store = PostgresStore::open(database.uri()).value();
        const qint64 backend =
            store->connection().scalar(QStringLiteral("SELECT pg_backend_pid()")).value().toLongLong();
        ScratchDatabase::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
        // The first call may learn of the loss (Busy: worth retrying); the next one works on a new session.
        const Result<qint64> first = store->pipelines().pipelineCount();
        if (!first)
            QCOMPARE(first.error().kind, ErrorKind::Busy);
        QTRY_VERIFY_WITH_TIMEOUT(store->pipelines().pipelineCount().ok(), 5000);
        QVERIFY(store->connection().scalar(QStringLiteral("SELECT pg_backend_pid()")).value().toLongLong() != backend);
    }
};

QTEST_GUILESS_MAIN(PostgresStoreTest)
#include "tst_postgresstore.moc"
