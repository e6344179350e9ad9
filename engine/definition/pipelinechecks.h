#pragma once

#include "pipelineparser.h"

namespace slipway {

// Rules that span several places of a definition (names, references, cycles, tokens, approvers).
// Defensive about types: the schema validator reports those.
void checkPipelineSemantics(const QJsonObject &document, const KnownPrincipals *principals, QList<Problem> &problems);

} // namespace slipway
