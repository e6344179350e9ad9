#include "storefactory.h"

#include "postgresstore.h"
#include "migrations.h"
#include "sqlitestore.h"
#include "sqlrollups.h"

namespace slipway {

namespace {
template <class Opened>
Result<std::unique_ptr<Store>> asStore(Opened opened) {
    if (!opened)
        return opened.error();
    return std::unique_ptr<Store>(std::move(*opened));
}
} // namespace

bool isServerLocation(const QString &location) {
    return isPostgresUri(location);
}

Result<std::unique_ptr<Store>> openStore(const QString &location, const std::optional<SecretKey> &key) {
    if (isServerLocation(location))
        return asStore(PostgresStore::open(location, key));
    return asStore(SqliteStore::open(location, key));
}

Status initializeDatabase(const QString &location) {
    // An upgrade's back-fill of the rollups is done here rather than by the first client to open the database.
    if (!isServerLocation(location)) {
        Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(location);
        return opened ? backfillRollupsIfPending(**opened) : Status{opened.error()};
    }
    Result<std::unique_ptr<PostgresConnection>> opened = PostgresConnection::open(location, MigrationPolicy::Upgrade);
    return opened ? backfillRollupsIfPending(**opened) : Status{opened.error()};
}

Result<SchemaVersions> probeTeamDatabase(const QString &uri) {
    Result<int> version = PostgresConnection::schemaVersionAt(uri);
    if (!version)
        return version.error();
    return SchemaVersions{*version, latestSchemaVersion()};
}

QString displayLocation(const QString &location) {
    if (!isServerLocation(location))
        return location;
    Result<PostgresLocation> parsed = parsePostgresUri(location);
    return parsed ? parsed->display() : QStringLiteral("postgresql://…");
}

} // namespace slipway
