#pragma once

class QCoreApplication;

namespace slipway {

class Arguments;

// `slipway --headless`: the deployment engine without a window, until SIGINT or SIGTERM.
int runHeadless(QCoreApplication &app, const Arguments &arguments);

} // namespace slipway
