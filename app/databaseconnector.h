#pragma once

#include "databasesettings.h"
#include "teampassword.h"

#include <memory>

namespace slipway {

// Settings ▸ Database's Test connection (on the global thread pool, never the GUI thread: the answer may take the
// connection timeout) and its keyring, over `keyring`. Test connection writes nothing to the database it tries.
DatabaseConnector databaseConnector(std::shared_ptr<PasswordKeyring> keyring);

} // namespace slipway
