#pragma once

#include "core/result.h"

#include <QHash>
#include <QVariantList>

namespace slipway {

class SqlConnection;

// "web 1.1.0, api 2.0" per release: the releases grid and What's where show a release's versions so.
Result<QHash<qint64, QString>> artifactSummaries(SqlConnection &db, const QVariantList &releaseIds);

} // namespace slipway
