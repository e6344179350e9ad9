#pragma once

#include <QString>
#include <QStringList>

namespace slipway {

// Who acts. Resolved once at the boundary (CLI, GUI, REST token) and passed down explicitly.
struct Identity final {
    QString userName;

    // --user beats $SLIPWAY_USER beats the OS login name.
    static Identity resolve(const QString &explicitUser = {});
};

// The operating system's name for who runs this process, whatever name they act under.
QString osLoginName();

} // namespace slipway
