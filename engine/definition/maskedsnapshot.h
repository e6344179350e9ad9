#pragma once

#include <QByteArray>
#include <QStringList>

namespace slipway {

// A pipeline definition as lines for a diff, with the value of every secret variable (pipeline and
// stage) replaced by "***": snapshot diffs are shown to anyone who can see the release.
QStringList maskedDefinitionLines(const QByteArray &definitionJson);

} // namespace slipway
