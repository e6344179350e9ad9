#pragma once

#include "core/result.h"
#include "definition/problem.h"
#include "domain/states.h"

namespace slipway {

// An engine refusal or a validation problem in the user's language: its template translated in the
// "Engine" context, then filled with its arguments; the English message when it has no template.
QString errorText(const Error &error);
QString problemText(const Problem &problem);
QString problemMessage(const Problem &problem); // without its path
// Any engine template (context "Engine") with its arguments in the user's language; `fallback` without one.
QString engineTemplateText(const char *source, const QStringList &arguments, const QString &fallback);

// A state in words; the domain's toString() names are wire names for the CLI and REST.
QString statusText(ReleaseStatus status);
QString statusText(DeploymentStatus status);
QString statusText(OperationStatus status);
QString statusText(TaskStatus status);
QString statusText(ApprovalStatus status);

// A line the engine stored in English (a log line, a task's or an approval's message) in the user's
// language when it is one of the engine's known sentences; any other text (user data) as it is.
QString engineText(const QString &english);

} // namespace slipway
