#include "teampassword.h"

#include "keyringkey.h"
#include "store/postgreslocation.h"
#include "store/storefactory.h"

#include <qt6keychain/keychain.h>

namespace slipway {

namespace {

const QString service = QStringLiteral("Slipway");

bool keyringMayAnswer() {
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

std::optional<QString> SystemKeyring::read(const QString &entry) {
    if (!keyringMayAnswer())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(entry);
    if (!keyringJobFinishes(job) || job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool SystemKeyring::write(const QString &entry, const QString &password) {
    if (!keyringMayAnswer())
        return false;
    QKeychain::WritePasswordJob job(service);
    job.setKey(entry);
    job.setTextData(password);
    return keyringJobFinishes(job) && job.error() == QKeychain::NoError;
}

QString teamPasswordEntry(const QString &location) {
    return QStringLiteral("team-password:") + displayLocation(location);
}

QString withKeyringPassword(const QString &location, PasswordKeyring &keyring) {
    if (!isServerLocation(location) || qEnvironmentVariableIsSet("PGPASSWORD"))
        return location;
    Result<PostgresLocation> parsed = parsePostgresUri(location);
    if (!parsed || !parsed->password.isEmpty())
        return location;
    const std::optional<QString> password = keyring.read(teamPasswordEntry(location));
    if (!password || password->isEmpty())
        return location;
    parsed->password = *password;
    return parsed->uri();
}

} // namespace slipway
