#pragma once

namespace slipway {
class Arguments;
}

namespace slipway::cli {

// Runs the command `arguments` name (RunMode::Command, parsed without mistakes) and returns the process
// exit code (docs/cli.md: 0 ok, 1 usage/validation, 2 not found, 3 forbidden, 4 conflict).
int run(const Arguments &arguments);

} // namespace slipway::cli
