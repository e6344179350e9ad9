#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace slipway {

// What `slipway db init` did: the schema version before (0: an empty database or a new file) and after.
struct SchemaChange final {
    int before = 0;
    int after = 0;
};

// initializeDatabase() (storefactory.h), telling which versions it went from and to.
Result<SchemaChange> initializeDatabaseReporting(const QString &location);

// The rows of one table in the source and, after the copy, in the target.
struct CopiedTable final {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

using CopyProgress = std::function<void(const QString &table, qint64 done, qint64 total)>;

// Copies every table of the database at `from` (a file or a postgresql:// URI) into the one at `to`, ids as they
// are, secret values still sealed, in one transaction of the target; a PostgreSQL target's id sequences move past
// the copied ids. The target must hold no pipelines, releases or audit events (it is made when missing), and
// nothing is written into one that does. Afterwards the row counts of each table are compared: a difference is an
// error. The source is read in one transaction too, so that it is copied as of one moment.
Result<QList<CopiedTable>> copyDatabase(const QString &from, const QString &to, const CopyProgress &progress = {});

} // namespace slipway
