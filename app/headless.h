#pragma once

class QCoreApplication;

namespace slipway {

// `slipway --headless`: the deployment engine without a window, until SIGINT or SIGTERM.
int runHeadless(QCoreApplication &app);

} // namespace slipway
