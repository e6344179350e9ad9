#include "engineconfiguration.h"

#include "core/filemodes.h"
#include "store/storefactory.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace slipway {

EngineHost::StoreFactory storeFactory(const QString &databasePath, const std::optional<SecretKey> &key) {
    return [databasePath, key]() -> Result<std::unique_ptr<Store>> { return openStore(databasePath, key); };
}

// Beside the file, or for a team database in the user's data folder, one folder per database.
QString workRootFor(const QString &databasePath) {
    if (!isServerLocation(databasePath))
        return QFileInfo(databasePath).absolutePath() + QStringLiteral("/work");
    QString name = displayLocation(databasePath).mid(QStringLiteral("postgresql://").size());
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/work/") + name;
}

EngineConfig engineConfiguration(const QString &databasePath) {
    EngineConfig config;
    config.workRoot = workRootFor(databasePath);
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
