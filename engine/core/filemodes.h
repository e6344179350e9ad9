#pragma once

#include <QString>

namespace slipway {

// Who may read what Slipway keeps (docs/security.md#file-modes): its folders 0700, the database, its -wal and -shm
// and the key file 0600.

// Makes the folder (and its parents) when missing and gives it mode 0700.
bool makePrivateFolder(const QString &path);
// The database file made 0600 when missing (SQLite gives the -wal and -shm it creates the database file's mode), and
// the database, -wal and -shm that exist set to 0600.
bool makePrivateDatabaseFiles(const QString &databasePath);

} // namespace slipway
