#include "engineconfiguration.h"

#include "store/storefactory.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QUuid>

#include <unistd.h>

namespace slipway {

EngineHost::StoreFactory storeFactory(const QString &databasePath) {
    return [databasePath]() -> Result<std::unique_ptr<Store>> { return openStore(databasePath); };
}

EngineConfig engineConfiguration(const QString &databasePath) {
    EngineConfig config;
    config.workRoot = QFileInfo(databasePath).absolutePath() + QStringLiteral("/work");
    config.owner.host = QHostInfo::localHostName();
    config.owner.pid = ::getpid();
    config.owner.id = QStringLiteral("%1/%2/%3")
                          .arg(config.owner.host)
                          .arg(config.owner.pid)
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    return config;
}

} // namespace slipway
