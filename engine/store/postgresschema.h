#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace slipway {

// The advisory lock under which the first client makes the schema of an empty team database, once even when several
// open it at once. Afterwards writers and upgrades take turns on a row lock (postgresconnection.cpp) instead, which a
// login that may only read cannot take.
inline constexpr qint64 postgresSchemaLock = 0x51195A7;

// An empty database gets the whole schema; one at this version is left alone. Otherwise: CreateOnly (what every
// client does when it connects) refuses, naming both versions; Upgrade (`slipway db init`) migrates an older one.
enum class MigrationPolicy { CreateOnly, Upgrade };
Status migratePostgres(QSqlDatabase &database, const QString &where, MigrationPolicy policy);
// The schema version the database holds, 0 for one without Slipway's tables; reads only.
Result<int> postgresSchemaVersion(QSqlDatabase &database, const QString &where);

} // namespace slipway
