#pragma once

#include "core/secretbox.h"
#include "sqlconnection.h"

#include <optional>

namespace slipway {

// The database's box, checked against the key check it stores (a key that is not the database's opens nothing
// and says so; everything that needs no secret keeps working). The first open with a key seals the plaintext
// secrets an older database holds: revisions, release-time and deployment-time values.
Result<SecretBox> openSecretBox(SqlConnection &connection, const std::optional<SecretKey> &given);

} // namespace slipway
