#include "databaseopen.h"
#include "memorykeyring.h"
#include "teampassword.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

// Sets or unsets an environment variable for one scope, and puts it back.
class EnvironmentScope final {
public:
    EnvironmentScope(const char *name, const QByteArray &value, bool set = true)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_was(qgetenv(name)) {
        if (set)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
    ~EnvironmentScope() {
        if (m_had)
            qputenv(m_name, m_was);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_was;
};

} // namespace

// The desktop's team password (docs/security.md#team-passwords): in the keyring, looked up when the desktop opens a
// team server whose URI has none; without a keyring libpq's own conventions work as before.
class TeamPasswordTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key"))));
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
        qunsetenv("PGPASSWORD");
    }

    void theEntryNamesTheServerWithoutItsPassword() {
        QCOMPARE(
            teamPasswordEntry(QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/team?sslmode=require")),
            QStringLiteral("team-password:postgresql://alice@db.example.com:6543/team?sslmode=require"));
    }

    void theKeyringIsAskedOnlyForAServerWithoutAPassword() {
        MemoryKeyring keyring;
        const QString uri = QStringLiteral("postgresql://alice@db.example.com:6543/team");
        QVERIFY(keyring.write(teamPasswordEntry(uri), QStringLiteral("p@ss:word")));
        QCOMPARE(withKeyringPassword(uri, keyring),
                 QStringLiteral("postgresql://alice:p%40ss%3Aword@db.example.com:6543/team"));
        QCOMPARE(keyring.reads(), 1);
        const QString given = QStringLiteral("postgresql://alice:typed@db.example.com:6543/team");
        QCOMPARE(withKeyringPassword(given, keyring), given);
        QCOMPARE(withKeyringPassword(QStringLiteral("/tmp/slipway.db"), keyring), QStringLiteral("/tmp/slipway.db"));
        {
            const EnvironmentScope password("PGPASSWORD", "from-the-environment");
            QCOMPARE(withKeyringPassword(uri, keyring), uri); // libpq's convention wins
        }
        QCOMPARE(keyring.reads(), 1);
        const QString other = QStringLiteral("postgresql://bob@db.example.com:6543/team");
        QCOMPARE(withKeyringPassword(other, keyring), other); // nothing kept for bob: libpq looks on its own
    }

    void theSystemKeyringWithoutASessionBusAnswersAtOnce() {
        const EnvironmentScope bus("DBUS_SESSION_BUS_ADDRESS", {}, false);
        SystemKeyring keyring;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keyring.read(QStringLiteral("team-password:postgresql://x@h/d")).has_value());
        QVERIFY(!keyring.write(QStringLiteral("team-password:postgresql://x@h/d"), QStringLiteral("pw")));
        QVERIFY(timer.elapsed() < 500);
    }

    // As the CLI: one sentence, no password, within the connection timeout; the start offers a file instead.
    void anUnreachableServerAtStartOffersAnotherDatabase() {
        const QString uri = QStringLiteral("postgresql://alice:s3cret@127.0.0.1:%1/team").arg(closedPort());
        QStringList asked;
        DatabaseChooser chooser;
        chooser.ask = [&](const QString &problem) {
            asked << problem;
            return asked.size() == 1 ? DatabaseRecovery::ChooseAnother : DatabaseRecovery::Quit;
        };
        const QString file = m_dir.filePath(QStringLiteral("instead.db"));
        chooser.chooseExisting = [&] { return file; };
        QElapsedTimer timer;
        timer.start();
        QString opened;
        MemoryKeyring keyring;
        Result<std::unique_ptr<AppSession>> session =
            openSessionAsking(uri, QString(), chooser, &opened, &keyring, QStringLiteral("dana"));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QCOMPARE(opened, file);
        QCOMPARE((*session)->identity().userName, QStringLiteral("dana")); // the display name acts on the file
        QCOMPARE(asked.size(), 1);
        QVERIFY2(
            asked.first().startsWith(QStringLiteral("Cannot reach the team database postgresql://alice@127.0.0.1:")),
            qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(QStringLiteral("Connection refused")), qPrintable(asked.first()));
        QVERIFY(!asked.first().contains(QStringLiteral("s3cret")));
        QVERIFY(!asked.first().contains(QLatin1Char('\n')));
        QVERIFY(timer.elapsed() < 5000);
        session = openSessionAsking(uri, QStringLiteral("me"), chooser, &opened, &keyring);
        QVERIFY(!session.ok()); // quit
        QCOMPARE(asked.size(), 2);
    }

    void aSavedPasswordIsLookedUpAtOpen() {
        const ServerUri server = passwordServer();
        if (server.host.isEmpty())
            QSKIP("needs the suite's cluster (the @postgres variant)");
        TestDatabase database(m_dir.path());
        const QString uri = ownDatabase(database, server);
        const EnvironmentScope key(
            "SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        MemoryKeyring keyring;
        QVERIFY(keyring.write(teamPasswordEntry(uri), server.password));
        Result<std::unique_ptr<AppSession>> session = AppSession::open(uri, QString(), &keyring);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QCOMPARE(keyring.reads(), 1);
        QVERIFY(!(*session)->store().location().contains(server.password)); // what is shown
        QVERIFY((*session)->location().contains(server.password));          // what the engine connects with
    }

    void withoutTheKeyringLibpqConventionsStillWork() {
        const ServerUri server = passwordServer();
        if (server.host.isEmpty())
            QSKIP("needs the suite's cluster (the @postgres variant)");
        TestDatabase database(m_dir.path());
        const QString uri = ownDatabase(database, server);
        const EnvironmentScope key(
            "SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        MemoryKeyring empty;
        Result<std::unique_ptr<AppSession>> none = AppSession::open(uri, QString(), &empty);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QStringLiteral("asks for a password")),
                 qPrintable(none.error().message));
        {
            const EnvironmentScope password("PGPASSWORD", server.password.toUtf8());
            Result<std::unique_ptr<AppSession>> session = AppSession::open(uri, QString(), &empty);
            QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        }
        QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(
            QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(server.port).arg(server.user, server.password).toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const EnvironmentScope passfile("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
        Result<std::unique_ptr<AppSession>> session = AppSession::open(uri, QString(), &empty);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        SystemKeyring system; // no session bus in the tests: nothing, at once
        const EnvironmentScope bus("DBUS_SESSION_BUS_ADDRESS", {}, false);
        session = AppSession::open(uri, QString(), &system);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    }

private:
    QTemporaryDir m_dir;

    // `database` handed to the password role, as a team's admin would: its URI without the password.
    static QString ownDatabase(const TestDatabase &database, const ServerUri &server) {
        const QString name = database.location().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
        if (!database.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, server.user)))
            qFatal("cannot hand %s to %s", qPrintable(name), qPrintable(server.user));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(server.user).arg(server.port).arg(name);
    }
};

QTEST_GUILESS_MAIN(TeamPasswordTest)
#include "tst_teampassword.moc"
