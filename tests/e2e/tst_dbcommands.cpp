#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// `slipway db init` and `slipway db copy` end to end: real processes, a file and a team database on the PostgreSQL
// server that $SLIPWAY_TEST_POSTGRES names (a database on which the test may CREATE DATABASE).
class TestDbCommands final : public QObject {
    Q_OBJECT

    struct Run final {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_server;

    Run slipway(const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SLIPWAY_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A new empty database on the test server, named in the server URI's place.
    QString newDatabase() {
        const QString name = QStringLiteral("dbc_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QProcess psql;
        const QString admin = m_server;
        psql.start(QStringLiteral("psql"), {admin, QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE ") + name});
        if (!psql.waitForFinished(30000) || psql.exitCode() != 0)
            return {};
        const qsizetype slash = admin.lastIndexOf(QLatin1Char('/'));
        const qsizetype query = admin.indexOf(QLatin1Char('?'), slash);
        return admin.left(slash + 1) + name + (query < 0 ? QString() : admin.mid(query));
    }

    // The id of the variable group `name` in `database`; 0 when there is none.
    qint64 groupId(const QString &database, const QString &name) {
        const Run listed = slipway({QStringLiteral("--database"), database, QStringLiteral("variable-group"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray groups = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        for (const QJsonValue &group : groups)
            if (group.toObject().value(QLatin1String("name")).toString() == name)
                return group.toObject().value(QLatin1String("id")).toInteger();
        return 0;
    }

    // Adds the variable group `name` and removes it again: its id is the table's high-water mark, with no row.
    qint64 addAndRemoveGroup(const QString &database, const QString &name) {
        const QStringList group{QStringLiteral("--database"), database, QStringLiteral("variable-group")};
        if (slipway(group + QStringList{QStringLiteral("add"), name}).code != 0)
            return 0;
        const qint64 id = groupId(database, name);
        if (slipway(group + QStringList{QStringLiteral("remove"), name}).code != 0)
            return 0;
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_server = slipway::testing::testServerUri();
    }

    void initOnAFileSaysWhatItDid() {
        Run made = slipway({QStringLiteral("db"), QStringLiteral("init"), file(QStringLiteral("a.db"))});
        QCOMPARE(made.code, 0);
        QVERIFY2(made.out.contains(QLatin1String("Created the schema (version")), qPrintable(made.out));
        Run again = slipway({QStringLiteral("db"), QStringLiteral("init"), file(QStringLiteral("a.db"))});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("is already at schema version")), qPrintable(again.out));
    }

    void copyFileToServerAndBack() {
        if (m_server.isEmpty())
            QSKIP("SLIPWAY_TEST_POSTGRES is unset: no PostgreSQL server to copy to");
        const QString source = file(QStringLiteral("source.db"));
        QCOMPARE(
            slipway({QStringLiteral("--database"), source, QStringLiteral("demo-data"), QStringLiteral("--releases"),
                     QStringLiteral("4"), QStringLiteral("--deployments"), QStringLiteral("6")})
                .code,
            0);
        const QString team = newDatabase();
        QVERIFY(!team.isEmpty());
        Run init = slipway({QStringLiteral("db"), QStringLiteral("init"), team});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(QLatin1String("Created the schema")), qPrintable(init.out));
        Run copied = slipway({QStringLiteral("db"), QStringLiteral("copy"), source, team});
        QVERIFY2(copied.code == 0, qPrintable(copied.err));
        QVERIFY2(copied.out.contains(QLatin1String("the row counts of every table match")), qPrintable(copied.out));
        QVERIFY2(copied.out.contains(QLatin1String("The audit chain of the copy verifies")), qPrintable(copied.out));
        const QStringList list{QStringLiteral("pipeline"), QStringLiteral("list")};
        const QString fromFile = slipway(QStringList{QStringLiteral("--database"), source} + list).out;
        QCOMPARE(slipway(QStringList{QStringLiteral("--database"), team} + list).out, fromFile);
        // The server's next id follows the copied ones.
        Run created = slipway({QStringLiteral("--database"), team, QStringLiteral("release"), QStringLiteral("create"),
                               QStringLiteral("Web shop")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY2(created.out.startsWith(QLatin1String("Created release 5 ")), qPrintable(created.out));

        Run refused = slipway({QStringLiteral("db"), QStringLiteral("copy"), source, team});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains(QLatin1String("nothing was written")), qPrintable(refused.err));

        const QString back = file(QStringLiteral("back.db"));
        Run home = slipway({QStringLiteral("db"), QStringLiteral("copy"), team, back});
        QVERIFY2(home.code == 0, qPrintable(home.err));
        QCOMPARE(slipway(QStringList{QStringLiteral("--database"), back} + list).out, fromFile);
        const QStringList releases{QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("Web shop")};
        QCOMPARE(slipway(QStringList{QStringLiteral("--database"), back} + releases).out,
                 slipway(QStringList{QStringLiteral("--database"), team} + releases).out);
    }

    // An id deleted before a copy is not handed out again by the copy, in either direction.
    void aDeletedIdIsNotHandedOutAgainByTheCopy() {
        if (m_server.isEmpty())
            QSKIP("SLIPWAY_TEST_POSTGRES is unset: no PostgreSQL server to copy to");
        const QString source = file(QStringLiteral("highwater.db"));
        const QStringList group{QStringLiteral("variable-group"), QStringLiteral("add")};
        QCOMPARE(
            slipway(QStringList{QStringLiteral("--database"), source} + group + QStringList{QStringLiteral("Kept")})
                .code,
            0);
        const qint64 goneAtHome = addAndRemoveGroup(source, QStringLiteral("Gone"));
        QVERIFY(goneAtHome > groupId(source, QStringLiteral("Kept")));
        const QString team = newDatabase();
        QCOMPARE(slipway({QStringLiteral("db"), QStringLiteral("init"), team}).code, 0);
        Run there = slipway({QStringLiteral("db"), QStringLiteral("copy"), source, team});
        QVERIFY2(there.code == 0, qPrintable(there.err));
        const qint64 goneOnServer = addAndRemoveGroup(team, QStringLiteral("On the server"));
        QVERIFY2(goneOnServer > goneAtHome, qPrintable(QString::number(goneOnServer)));

        const QString back = file(QStringLiteral("highwater-back.db"));
        Run home = slipway({QStringLiteral("db"), QStringLiteral("copy"), team, back});
        QVERIFY2(home.code == 0, qPrintable(home.err));
        QCOMPARE(
            slipway(QStringList{QStringLiteral("--database"), back} + group + QStringList{QStringLiteral("At home")})
                .code,
            0);
        QVERIFY(groupId(back, QStringLiteral("At home")) > goneOnServer);
    }

    void badLocationsGiveOneSentenceAndAnExitCode() {
        Run usage = slipway({QStringLiteral("db"), QStringLiteral("copy"), file(QStringLiteral("x.db"))});
        QCOMPARE(usage.code, 1);
        Run missingFile = slipway({QStringLiteral("db"), QStringLiteral("copy"), file(QStringLiteral("none.db")),
                                   file(QStringLiteral("y.db"))});
        QCOMPARE(missingFile.code, 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("y.db"))));
        Run unreachable = slipway({QStringLiteral("db"), QStringLiteral("init"),
                                   QStringLiteral("postgresql://slipway@127.0.0.1:1/x?connect_timeout=2")});
        QCOMPARE(unreachable.code, 5);
        QVERIFY2(unreachable.err.contains(QLatin1String("cannot reach the team database")),
                 qPrintable(unreachable.err));
        if (m_server.isEmpty())
            QSKIP("SLIPWAY_TEST_POSTGRES is unset: no server for a missing database");
        const QString team = newDatabase();
        const QString missing =
            team.left(team.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("no_such_db") +
            team.mid(team.indexOf(QLatin1Char('?')) < 0 ? team.size() : team.indexOf(QLatin1Char('?')));
        Run notThere = slipway({QStringLiteral("db"), QStringLiteral("init"), missing});
        QCOMPARE(notThere.code, 2);
        QVERIFY2(notThere.err.contains(QLatin1String("does not exist on its server")), qPrintable(notThere.err));
    }
};

QTEST_GUILESS_MAIN(TestDbCommands)
#include "tst_dbcommands.moc"
