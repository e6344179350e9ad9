#pragma once

#include "core/identity.h"

namespace slipway {

class Services;

// What the release screens act through: the engine's services (the same rules as the CLI and REST)
// and the user acting.
struct ReleaseActions final {
    Services &services;
    Identity user;
};

} // namespace slipway
