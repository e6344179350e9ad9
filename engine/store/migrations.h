#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace slipway {

// The schema version this build writes. Older databases are migrated step by step, each step in
// one transaction; a newer database is refused rather than misread.
int latestSchemaVersion();

Status migrate(QSqlDatabase &database);

// One statement of a migration, on either backend; its failure names the statement.
Status runMigrationStatement(QSqlDatabase &database, const QString &statement);

} // namespace slipway
