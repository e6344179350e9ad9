#include "databaseconnector.h"

#include "store/postgreslocation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

namespace {

// Runs on a worker thread: it holds nothing of the dialog, which may be gone when the server answers.
Result<SchemaVersions> tryServer(const QString &uri, const QString &password, PasswordKeyring &keyring) {
    Result<PostgresLocation> location = parsePostgresUri(uri);
    if (!location)
        return location.error();
    if (password.isEmpty())
        return probeTeamDatabase(withKeyringPassword(uri, keyring));
    location->password = password;
    return probeTeamDatabase(location->uri());
}

} // namespace

DatabaseConnector databaseConnector(std::shared_ptr<PasswordKeyring> keyring) {
    DatabaseConnector connector;
    connector.test = [keyring](const QString &uri, const QString &password) {
        return QtConcurrent::run([keyring, uri, password] { return tryServer(uri, password, *keyring); });
    };
    connector.keepPassword = [keyring](const QString &uri, const QString &password) {
        return keyring->write(teamPasswordEntry(uri), password);
    };
    return connector;
}

} // namespace slipway
