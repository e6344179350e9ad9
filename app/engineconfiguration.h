#pragma once

#include "core/secretbox.h"
#include "runtime/enginehost.h"

namespace slipway {

// How the app runs its engine on a database: a store per engine thread, a work folder beside the
// database, and an owner id that is unique per process (host, pid, random part).
EngineHost::StoreFactory storeFactory(const QString &databasePath, const std::optional<SecretKey> &key = std::nullopt);
EngineConfig engineConfiguration(const QString &databasePath);

} // namespace slipway
