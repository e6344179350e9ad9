#include "engineconfiguration.h"

#include "core/filemodes.h"
#include "store/storefactory.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QUuid>

#include <unistd.h>

namespace slipway {

EngineHost::StoreFactory storeFactory(const QString &databasePath, const std::optional<SecretKey> &key) {
    return [databasePath, key]() -> Result<std::unique_ptr<Store>> { return openStore(databasePath, key); };
}

EngineConfig engineConfiguration(const QString &databasePath) {
    EngineConfig config;
    config.workRoot = QFileInfo(databasePath).absolutePath() + QStringLiteral("/work");
    // Task folders hold artifacts and whatever tasks write: readable by the user only (docs/security.md#file-modes).
    (void)makePrivateFolder(config.workRoot);
    config.owner.host = QHostInfo::localHostName();
    config.owner.pid = ::getpid();
    config.owner.id = QStringLiteral("%1/%2/%3")
                          .arg(config.owner.host)
                          .arg(config.owner.pid)
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    return config;
}

} // namespace slipway
