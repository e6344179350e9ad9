// The test harness's databases (docs/testing.md#postgresql): each test's own, on SQLite or on the suite's cluster.
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace slipway::testing;

namespace {

// Why a connection to the server of `uri` as its user with `password` fails; empty when it succeeds.
QString connectionProblem(const QString &uri, const QString &password) {
    const ServerUri server = ServerUri::parse(uri);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            problem = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return problem.isEmpty() ? QString() : problem + QLatin1Char(' ');
}

int databasesNamed(const QString &name) {
    int count = -1;
    TestDatabase probe(QDir::tempPath());
    probe.withOwnConnection([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name)) &&
            query.next())
            count = query.value(0).toInt();
    });
    return count;
}

} // namespace

class TestDatabaseTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheUriPartsLibpqTakes() {
        const ServerUri socket =
            ServerUri::parse(QStringLiteral("postgresql://u:p%40w@%2Ftmp%2Fs:5433/db?sslmode=disable"));
        QCOMPARE(socket.user, QStringLiteral("u"));
        QCOMPARE(socket.password, QStringLiteral("p@w"));
        QCOMPARE(socket.host, QStringLiteral("/tmp/s"));
        QCOMPARE(socket.port, 5433);
        QCOMPARE(socket.withDatabase(QStringLiteral("other")),
                 QStringLiteral("postgresql://u:p%40w@%2Ftmp%2Fs:5433/other?sslmode=disable"));
        const ServerUri query = ServerUri::parse(QStringLiteral("postgres://me@localhost/db?host=/run/pg&port=6000"));
        QCOMPARE(query.host, QStringLiteral("/run/pg"));
        QCOMPARE(query.port, 6000);
        QCOMPARE(query.withDatabase(QStringLiteral("x")),
                 QStringLiteral("postgres://me@localhost/x?host=/run/pg&port=6000"));
    }

    void eachTestDatabaseIsFreshAndItsOwn() {
        QTemporaryDir dir;
        TestDatabase first(dir.path(), QStringLiteral("a.db"));
        TestDatabase second(dir.path(), QStringLiteral("b.db"));
        QVERIFY(first.location() != second.location());
        QCOMPARE(first.isPostgres(), !testServerUri().isEmpty());
        QVERIFY(first.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(second.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(!first.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(first.exec(QStringLiteral("INSERT INTO t VALUES (42)")));
        QVERIFY(storedText(first).contains(QStringLiteral("42")));
        QVERIFY(!storedText(second).contains(QStringLiteral("42")));
        if (!first.isPostgres()) {
            QCOMPARE(first.location(), dir.filePath(QStringLiteral("a.db")));
            QVERIFY(QFile::exists(first.location()));
        }
    }

    void aServerDatabaseIsDroppedWithItsObject() {
        if (testServerUri().isEmpty())
            QSKIP("PostgreSQL only: no server (SLIPWAY_TEST_POSTGRES_DIR)");
        QTemporaryDir dir;
        auto database = std::make_unique<TestDatabase>(dir.path());
        const QString location = database->location();
        const QString name = location.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
        QVERIFY2(name.startsWith(QStringLiteral("slipway_test_")), qPrintable(location));
        QCOMPARE(databasesNamed(name), 1);
        database.reset();
        QCOMPARE(databasesNamed(name), 0);
    }

    void theClusterAsksForAPasswordOverTcp() {
        const QString dir = qEnvironmentVariable("SLIPWAY_TEST_POSTGRES_DIR");
        if (dir.isEmpty())
            QSKIP("needs the suite's cluster (SLIPWAY_TEST_POSTGRES_DIR)");
        QFile file(QDir(dir).filePath(QStringLiteral("tcp-uri")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString tcp = QString::fromUtf8(file.readAll()).trimmed();
        const ServerUri server = ServerUri::parse(tcp);
        QCOMPARE(server.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(server.user, QStringLiteral("slipway_pw"));
        QCOMPARE(connectionProblem(tcp, server.password), QString());
        QVERIFY(connectionProblem(tcp, server.password + QLatin1Char('x')).contains(QStringLiteral("password")));
        // The superuser is trusted on the socket only.
        QString superuser = server.prefix;
        superuser.replace(QStringLiteral("slipway_pw:") + server.password, QStringLiteral("slipway"));
        QVERIFY(!connectionProblem(superuser, QString()).isEmpty());
        QCOMPARE(connectionProblem(testServerUri(), QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseTest)
#include "tst_testdatabase.moc"
