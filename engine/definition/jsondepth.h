#pragma once

#include <QByteArray>

namespace slipway {

// Documents nested deeper than this are refused before they are parsed: the pipeline format needs about ten
// levels, and every walk over a document then stays shallow (docs/security.md, "Input size and recursion").
constexpr int maxJsonDepth = 64;

// The byte offset at which `json` first opens its (maxJsonDepth + 1)-th level of arrays and objects, or -1.
// A plain scan that skips strings; it does not validate the JSON (the parser does that afterwards).
qsizetype offsetBeyondJsonDepth(const QByteArray &json, int maxDepth = maxJsonDepth);

} // namespace slipway
