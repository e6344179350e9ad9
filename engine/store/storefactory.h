#pragma once

#include "store/repositories.h"
#include "core/secretbox.h"

#include <memory>

namespace slipway {

// Opens the store at `location`: a file path (the embedded SQLite default, made and migrated when missing) or a
// libpq URI, postgresql://user@host:port/dbname?sslmode=... (a team database on a PostgreSQL server; its schema is
// made when the database is empty, and a database of another schema version is refused: `slipway db init`
// upgrades it). Callers outside the store see only the Store interface: Qt Sql, SQLite and libpq stay private to
// this target.
// `key` seals its secrets when given (the app read it from the system keyring); otherwise the key file does
// (beside the SQLite file, or per team database in the user's configuration: docs/team-setup.md), made when the
// database has no key yet.
Result<std::unique_ptr<Store>> openStore(const QString &location, const std::optional<SecretKey> &key = std::nullopt);

// Whether `location` names a team database (a postgresql:// or postgres:// URI) rather than a file.
bool isServerLocation(const QString &location);

// Makes or upgrades the schema of the database at `location` (`slipway db init`): a file is migrated as on every
// open; a team database of an older version is migrated too, which openStore() refuses to do.
Status initializeDatabase(const QString &location);

// What Test connection found in a team database: its schema version (0: an empty database, which gets the schema
// when Slipway first opens it) and this Slipway's.
struct SchemaVersions final {
    int database = 0;
    int supported = 0;
};
// Connects to the team database `uri` and reads its schema version, writing nothing; a connection that fails says
// why in one sentence (a refused password, a missing database, an unreachable server). Blocks for at most the
// connection timeout (5 seconds unless the URI's connect_timeout says otherwise): call it off the GUI thread.
Result<SchemaVersions> probeTeamDatabase(const QString &uri);

// What to show of `location`: a file path as it is, a URI without its password.
QString displayLocation(const QString &location);

} // namespace slipway
