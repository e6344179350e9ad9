#include "identity.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace slipway {

QString osLoginName() {
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnv = qEnvironmentVariable("USER");
    return fromEnv.isEmpty() ? QStringLiteral("unknown") : fromEnv;
}

Identity Identity::resolve(const QString &explicitUser) {
    if (!explicitUser.trimmed().isEmpty())
        return {explicitUser.trimmed()};
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_USER").trimmed();
    if (!fromEnv.isEmpty())
        return {fromEnv};
    return {osLoginName()};
}

} // namespace slipway
