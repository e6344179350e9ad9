#include "directoryservice.h"

#include <QRegularExpression>

namespace slipway {

Result<qint64> DirectoryService::addUser(const QString &name, const QString &displayName, const Identity &actor) {
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.@-]+$"));
    if (!validName.match(name).hasMatch())
        return Error::validation(
            QStringLiteral("\"%1\" is not a user name (letters, digits, '_', '.', '@', '-')").arg(name));
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    qint64 id = 0;
    const Status written = store.transaction([&]() -> Status {
        Result<qint64> added = store.directory().addUser(name, displayName, now);
        if (!added)
            return added.error();
        id = *added;
        return recordAudit(store.audit(),
                           {0, now, actor.userName, QStringLiteral("user.added"), QStringLiteral("user"), id,
                            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("displayName"), displayName}}});
    });
    if (!written)
        return written.error();
    return id;
}

} // namespace slipway
