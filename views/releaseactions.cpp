#include "releaseactions.h"

#include <QCoreApplication>

namespace slipway {

QString memberLimitText() {
    return QCoreApplication::translate("ReleaseActions",
                                       "Your login is a member of this team database: ask an admin to do this");
}

} // namespace slipway
