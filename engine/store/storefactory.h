#pragma once

#include "store/repositories.h"
#include "core/secretbox.h"

#include <memory>

namespace slipway {

// Opens the store at `location` (today an SQLite file, made and migrated when missing). Callers outside the store
// see only the Store interface: Qt Sql and SQLite stay private to this target, so a second implementation (a
// PostgreSQL server for teams) can be chosen here without touching them.
// `key` seals its secrets when given (the app read it from the system keyring); otherwise the key file
// (keyFilePath()) does, made when the database has no key yet.
Result<std::unique_ptr<Store>> openStore(const QString &location, const std::optional<SecretKey> &key = std::nullopt);

} // namespace slipway
