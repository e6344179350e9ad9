#pragma once

#include "core/clock.h"
#include "services/changenotifier.h"
#include "services/memberrequests.h"
#include "store/repositories.h"

namespace slipway {

// What every service needs, injected once: where state lives, what time it is, whom to tell.
struct EngineContext final {
    Store &store;
    const Clock &clock;
    ChangeNotifier &notifier;
    MemberRequests &memberRequests; // what a member's action becomes on a team database
};

} // namespace slipway
