#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace slipway {

// The advisory lock every writer of a team database holds for its transaction: one writer at a time, as in the
// SQLite file, so that the rules' reads and writes never interleave across processes and machines.
inline constexpr qint64 postgresWriterLock = 0x51195A7;

// An empty database gets the whole schema; one at this version is left alone. Otherwise: CreateOnly (what every
// client does when it connects) refuses, naming both versions; Upgrade (`slipway db init`) migrates an older one.
enum class MigrationPolicy { CreateOnly, Upgrade };
Status migratePostgres(QSqlDatabase &database, const QString &where, MigrationPolicy policy);
// The schema version the database holds, 0 for one without Slipway's tables; reads only.
Result<int> postgresSchemaVersion(QSqlDatabase &database, const QString &where);

} // namespace slipway
