#pragma once

#include "definition/pipelinedefinition.h"
#include "definition/specs.h"

#include <QJsonArray>

#include <QJsonObject>

namespace slipway::rest {

// A Slipway task as an Azure workflow task: the well-known Azure task of the same kind (Bash, PowerShell,
// CmdLine, CopyFiles, InvokeRESTAPI, ManualIntervention, Delay) with its inputs, so that the definition
// POSTed back (or imported with the Azure mapper) gives the same task; an Azure placeholder keeps its id.
QJsonObject azureWorkflowTask(const TaskSpec &task);

// A stage's tasks as Azure's one agent phase, with the deploymentInput Azure writes. A release's snapshot
// goes without the tasks' inputs and environment: they may hold a secret's value (the definition's answer
// has them; a release's masked text is in its logs).
QJsonArray deployPhasesJson(const StageDefinition &stage, bool withInputs = true);
// Azure's environmentOptions: Slipway sends no mail and keeps no badges, so these are Azure's defaults.
QJsonObject environmentOptionsJson();
// What starts the stage, as Azure's triggerReason words it.
QString triggerReasonOf(const StageDefinition &stage);

} // namespace slipway::rest
