#pragma once

#include "core/clock.h"
#include "core/identity.h"
#include "services/services.h"
#include "store/storefactory.h"
#include "teampassword.h"

#include <memory>

namespace slipway {

// Everything a run of the program works with: the opened store, the clock, the services, the user.
class AppSession final {
public:
    // `database` empty: $SLIPWAY_DATABASE, else slipway.db in the app data folder. A team server's URI without a
    // password gets the one in `keyring` when given (the desktop's), unless PGPASSWORD is set (teampassword.h).
    // `displayName` (the desktop's Settings) acts on a file when neither `user` nor $SLIPWAY_USER names anyone.
    static Result<std::unique_ptr<AppSession>> open(const QString &database, const QString &user,
                                                    PasswordKeyring *keyring = nullptr,
                                                    const QString &displayName = {});
    static QString defaultDatabasePath();
    // Who acts: on a team database its login, and a different --user or $SLIPWAY_USER is refused; on a file,
    // Identity::resolve(user).
    static Result<Identity> actingUser(const Store &store, const QString &user, const QString &displayName = {});
    // The file `database` names: itself, else $SLIPWAY_DATABASE, else the default.
    static QString resolvePath(const QString &database);

    Store &store() { return *m_store; }
    // Where the store was opened, as given (a URI keeps its password: the engine's and workers' own connections
    // open it again); show store().location() instead.
    const QString &location() const { return m_location; }
    Services &services() { return *m_services; }
    const Identity &identity() const { return m_identity; }
    const Clock &clock() const { return m_clock; }
    // The key the store was opened with (the system keyring's), for the engine's and workers' own connections;
    // nothing when they read the key file as well.
    const std::optional<SecretKey> &secretKey() const { return m_secretKey; }

private:
    AppSession(QString location, std::unique_ptr<Store> store, Identity identity, std::optional<SecretKey> secretKey);

    QString m_location;
    std::unique_ptr<Store> m_store;
    std::optional<SecretKey> m_secretKey;
    SystemClock m_clock;
    Identity m_identity;
    std::unique_ptr<Services> m_services;
};

} // namespace slipway
