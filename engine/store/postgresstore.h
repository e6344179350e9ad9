#pragma once

#include "postgresconnection.h"
#include "sqlstore.h"

namespace slipway {

// A team database on a PostgreSQL server.
using PostgresStore = SqlStore<PostgresConnection>;

} // namespace slipway
