#pragma once

#include "domain/states.h"

#include <QStringList>

namespace slipway {

// A line the engine writes (a log line, not a stored message): `source` (context "Engine", marked with
// QT_TRANSLATE_NOOP) in the application's language, filled with its arguments.
QString engineText(const char *source, const QStringList &arguments = {});

// A task's outcome as a word in the log ("succeeded"), in the application's language.
QString engineTaskStatusText(TaskStatus status);

} // namespace slipway
