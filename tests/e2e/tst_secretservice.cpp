#include "cliprocess.h"
#include "keyringkey.h"
#include "teampassword.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

namespace {

using Outcome = slipway::testing::CliOutcome;

const QString service = QStringLiteral("Slipway");

QString testData(const char *name) {
    return QStringLiteral(SLIPWAY_TEST_DATA "/") + QString::fromLatin1(name);
}

QString findFile(const QString &folder, const QString &name) {
    QDirIterator files(folder, {name}, QDir::Files, QDirIterator::Subdirectories);
    return files.hasNext() ? files.next() : QString();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The system keyring for real: GNOME Keyring's Secret Service in a D-Bus session of the test's own
// (tools/with-secret-service.sh, which CTest runs this test under). The default database's key lives there, never in
// a file, and a team password is kept there; a keyring that lost the key is told apart from a missing secret.
class SecretServiceTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // `slipway` on its default database (none named, no key file), in this test's data folder.
    Outcome slipway(const QStringList &arguments) {
        return slipway::testing::runSlipway(QStringList{QStringLiteral("--user"), QStringLiteral("carol")} + arguments,
                                            m_dir.filePath(QStringLiteral("data")));
    }

    static QKeychain::Error keyringEntry(const QString &entry, QByteArray *data = nullptr) {
        QKeychain::ReadPasswordJob read(service);
        read.setKey(entry);
        if (!slipway::keyringJobFinishes(read))
            return QKeychain::OtherError;
        if (data)
            *data = read.binaryData();
        return read.error();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("SLIPWAY_TEST_SECRET_SERVICE"))
            QSKIP("needs a Secret Service: CTest runs this under tools/with-secret-service.sh");
        qunsetenv("SLIPWAY_KEY_FILE");
    }

    void theDefaultDatabasesKeyLivesInTheKeyring() {
        QCOMPARE(
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), testData("example-spec.json")}).exitCode, 0);
        const QString database = findFile(m_dir.filePath(QStringLiteral("data")), QStringLiteral("slipway.db"));
        QVERIFY2(!database.isEmpty(), "the default database was not made");
        QVERIFY2(findFile(m_dir.path(), QStringLiteral("*.key")).isEmpty(), "a key file was written");
        QVERIFY(!readFile(database).contains("s3cr3t-value"));

        QByteArray stored;
        QCOMPARE(keyringEntry(QStringLiteral("database key ") + database, &stored), QKeychain::NoError);
        QCOMPARE(QByteArray::fromBase64(stored).size(), 32);

        // Another process unseals the secret with the key it finds in the keyring.
        QCOMPARE(
            slipway({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--admin")})
                .exitCode,
            0);
        const Outcome exported = slipway({QStringLiteral("pipeline"), QStringLiteral("export"),
                                          QStringLiteral("Web app"), QStringLiteral("--include-secrets")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("\"s3cr3t-value\""), exported.out.constData());
    }

    void aKeyringThatLostTheKeyNamesWhatCannotBeDecrypted() {
        const QString database = findFile(m_dir.filePath(QStringLiteral("data")), QStringLiteral("slipway.db"));
        QVERIFY(!database.isEmpty());
        QKeychain::DeletePasswordJob forget(service);
        forget.setKey(QStringLiteral("database key ") + database);
        QVERIFY(slipway::keyringJobFinishes(forget));
        QCOMPARE(forget.error(), QKeychain::NoError);

        const Outcome exported = slipway({QStringLiteral("pipeline"), QStringLiteral("export"),
                                          QStringLiteral("Web app"), QStringLiteral("--include-secrets")});
        QVERIFY(exported.exitCode != 0);
        QVERIFY2(exported.err.contains(QStringLiteral("cannot be decrypted")), qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QStringLiteral("system keyring")), qPrintable(exported.err));
        QVERIFY(!exported.out.contains("s3cr3t-value"));
        // What needs no secret still works.
        QCOMPARE(slipway({QStringLiteral("pipeline"), QStringLiteral("list")}).exitCode, 0);
    }

    void aTeamPasswordIsKeptInTheKeyring() {
        slipway::SystemKeyring keyring;
        const QString entry = slipway::teamPasswordEntry(QStringLiteral("postgresql://dana@db.example:5432/slipway"));
        QVERIFY(!keyring.read(entry).has_value());
        QVERIFY(keyring.write(entry, QStringLiteral("pa55 wörd")));
        QCOMPARE(keyring.read(entry).value_or(QString()), QStringLiteral("pa55 wörd"));
        QCOMPARE(keyringEntry(entry), QKeychain::NoError);
    }
};

QTEST_GUILESS_MAIN(SecretServiceTest)
#include "tst_secretservice.moc"
