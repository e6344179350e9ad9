#include "keyringkey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

// Where no keyring can answer (no session bus: headless engines, CI), the key file is used, at once and quietly.
class KeyringKeyTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fallsBackToTheKeyFileWithoutASessionBus() {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("slipway.db"));
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keyringKey(database, database).has_value());
        QVERIFY(timer.elapsed() < 500);
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }

    void otherDatabasesAndKeyFilesNeverAskTheKeyring() {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("slipway.db"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        QVERIFY(!keyringKey(database, dir.filePath(QStringLiteral("default.db"))).has_value());
        QFile keyFile(database + QStringLiteral(".key"));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.close();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keyringKey(database, database).has_value()); // a key file beside the database wins
        QVERIFY(timer.elapsed() < 500);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
};

QTEST_GUILESS_MAIN(KeyringKeyTest)
#include "tst_keyringkey.moc"
