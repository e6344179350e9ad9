#pragma once

#include "core/result.h"

namespace slipway {

class AppSession;

// On a database without pipelines, creates "Sample web app": a folder artifact source with two
// versions under the app data folder, stages Dev → QA → Prod with short scripts, and one release.
// Returns the new pipeline's id, or 0 when the database already had pipelines.
Result<qint64> ensureSamplePipeline(AppSession &session, const QString &dataFolder);

} // namespace slipway
