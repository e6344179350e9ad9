#pragma once

class QApplication;

namespace slipway {

class Arguments;

// The desktop application: opens the database, makes sure there is something to look at, shows the window.
int runGui(QApplication &app, const Arguments &arguments);

} // namespace slipway
