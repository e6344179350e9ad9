#pragma once

#include "core/result.h"
#include "definition/problem.h"

namespace slipway {

// An engine refusal or a validation problem in the user's language: its template translated in the
// "Engine" context, then filled with its arguments; the English message when it has no template.
QString errorText(const Error &error);
QString problemText(const Problem &problem);

} // namespace slipway
