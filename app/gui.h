#pragma once

class QApplication;

namespace slipway {

// The desktop application: opens the database, makes sure there is something to look at, shows the window.
int runGui(QApplication &app);

} // namespace slipway
