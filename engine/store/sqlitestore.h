#pragma once

#include "sqliteconnection.h"
#include "sqlstore.h"

namespace slipway {

// The embedded default: one SQLite file.
using SqliteStore = SqlStore<SqliteConnection>;

} // namespace slipway
