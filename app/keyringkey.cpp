#include "keyringkey.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace slipway {

namespace {

const QString service = QStringLiteral("Slipway");
constexpr int answerWithinMs = 3000;

} // namespace

bool keyringJobFinishes(QKeychain::Job &job) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(answerWithinMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

std::optional<SecretKey> keyringKey(const QString &databasePath, const QString &defaultDatabasePath) {
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    if (database != QFileInfo(defaultDatabasePath).absoluteFilePath() ||
        qEnvironmentVariableIsSet("SLIPWAY_KEY_FILE") || QFileInfo::exists(keyFilePath(database)) ||
        qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return std::nullopt;
    const QString entry = QStringLiteral("database key ") + database;
    const SecretKey found{{}, QStringLiteral("the key in the system keyring (%1)").arg(entry)};
    QKeychain::ReadPasswordJob read(service);
    read.setKey(entry);
    if (!keyringJobFinishes(read))
        return std::nullopt;
    if (read.error() == QKeychain::NoError) {
        const QByteArray key = QByteArray::fromBase64(read.binaryData());
        if (key.size() != SecretBox::keyBytes)
            return std::nullopt;
        return SecretKey{key, found.where};
    }
    if (read.error() != QKeychain::EntryNotFound)
        return std::nullopt; // no keyring: the key file
    const QByteArray key = SecretBox::randomKey();
    QKeychain::WritePasswordJob write(service);
    write.setKey(entry);
    write.setBinaryData(key.toBase64());
    if (!keyringJobFinishes(write) || write.error() != QKeychain::NoError)
        return std::nullopt;
    return SecretKey{key, found.where};
}

} // namespace slipway
