#include "appsession.h"

#include "core/filemodes.h"
#include "keyringkey.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace slipway {

QString AppSession::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/slipway.db");
}

AppSession::AppSession(QString location, std::unique_ptr<Store> store, Identity identity,
                       std::optional<SecretKey> secretKey)
    : m_location(std::move(location)), m_store(std::move(store)), m_secretKey(std::move(secretKey)),
      m_identity(std::move(identity)), m_services(std::make_unique<Services>(*m_store, m_clock)) {}

QString AppSession::resolvePath(const QString &database) {
    QString path = database;
    if (path.isEmpty())
        path = qEnvironmentVariable("SLIPWAY_DATABASE");
    if (path.isEmpty())
        path = defaultDatabasePath();
    return path;
}

Result<std::unique_ptr<AppSession>> AppSession::open(const QString &database, const QString &user,
                                                     PasswordKeyring *keyring, const QString &displayName) {
    const QString path = resolvePath(database);
    // The app's own data folder is private, made so or not; a folder the user named keeps its mode.
    const QString defaultPath = defaultDatabasePath();
    if (!isServerLocation(path) && QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath).absoluteFilePath() &&
        !makePrivateFolder(QFileInfo(defaultPath).absolutePath()))
        return Error::storage(QStringLiteral("cannot create the folder %1").arg(QFileInfo(defaultPath).absolutePath()));
    std::optional<SecretKey> key = keyringKey(path, defaultPath);
    // The engine's and workers' own connections open the same URI: the keyring's password goes with it.
    const QString connectTo = keyring ? withKeyringPassword(path, *keyring) : path;
    Result<std::unique_ptr<Store>> store = openStore(connectTo, key);
    if (!store)
        return store.error();
    Result<Identity> identity = actingUser(**store, user, displayName);
    if (!identity)
        return identity.error();
    return std::unique_ptr<AppSession>(new AppSession(connectTo, std::move(*store), *identity, std::move(key)));
}

Result<Identity> AppSession::actingUser(const Store &store, const QString &user, const QString &displayName) {
    const QString login = store.login();
    const bool namesSomeone = !user.trimmed().isEmpty() || !qEnvironmentVariable("SLIPWAY_USER").trimmed().isEmpty();
    if (login.isEmpty())
        return Identity::resolve(namesSomeone || displayName.trimmed().isEmpty() ? user : displayName);
    // A team database knows who connected: Slipway acts only as that login (docs/team-setup.md#who-acts).
    const Identity claimed = Identity::resolve(user);
    if (namesSomeone && claimed.userName != login)
        return Error::forbidden(
            QT_TRANSLATE_NOOP("Engine", "on a team database you act as your database login \"%1\"; --user or "
                                        "$SLIPWAY_USER \"%2\" cannot change that (connect as \"%2\" instead)"),
            {login, claimed.userName});
    return Identity{login};
}

} // namespace slipway
