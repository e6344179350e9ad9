#pragma once

#include "core/identity.h"

namespace slipway {

class Services;

// What the release screens act through: the engine's services (the same rules as the CLI and REST)
// and the user acting.
struct ReleaseActions final {
    Services &services;
    Identity user;
    // A member of a team database (docs/team-setup.md#who-acts): creates releases, deploys and decides approvals;
    // cancelling, abandoning, keeping and editing pipelines are an admin's, so those controls are disabled.
    bool member = false;
};

// Why a control is disabled for a member; on the control's tooltip.
QString memberLimitText();
// Disables `control` (a widget or an action) for a member, saying why on its tooltip.
template <typename Control>
void limitForMember(Control *control) {
    control->setEnabled(false);
    control->setToolTip(memberLimitText());
}

} // namespace slipway
