#pragma once

#include <QStringList>

namespace slipway::cli {

// True when the arguments name a command (so no window is needed).
bool isCommand(const QStringList &arguments);

// Runs one command and returns the process exit code (cli.md: 0 ok, 1 usage/validation,
// 2 not found, 3 forbidden, 4 conflict).
int run(const QStringList &arguments);

} // namespace slipway::cli
