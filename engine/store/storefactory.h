#pragma once

#include "store/repositories.h"

#include <memory>

namespace slipway {

// Opens the store at `location` (today an SQLite file, made and migrated when missing). Callers outside the store
// see only the Store interface: Qt Sql and SQLite stay private to this target, so a second implementation (a
// PostgreSQL server for teams) can be chosen here without touching them.
Result<std::unique_ptr<Store>> openStore(const QString &location);

} // namespace slipway
