#include "storefactory.h"

#include "sqlitestore.h"

namespace slipway {

Result<std::unique_ptr<Store>> openStore(const QString &location, const std::optional<SecretKey> &key) {
    Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(location, key);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Store>(std::move(*opened));
}

} // namespace slipway
