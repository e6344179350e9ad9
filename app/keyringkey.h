#pragma once

#include "core/secretbox.h"

#include <optional>

namespace QKeychain {
class Job;
}

namespace slipway {

// Runs a keychain job to its end (its answer comes through an event loop of its own, so any thread may call it), or
// gives up after a few seconds: false then.
bool keyringJobFinishes(QKeychain::Job &job);

// The key that seals the default database's secrets, from the system keyring (Secret Service, KWallet), which takes a
// new one when it has none. Nothing (the store then uses the key file) for any other database, when a key file
// exists or $SLIPWAY_KEY_FILE names one, and when no keyring answers within a few seconds (no session bus: headless
// engines, CI, tests).
std::optional<SecretKey> keyringKey(const QString &databasePath, const QString &defaultDatabasePath);

} // namespace slipway
