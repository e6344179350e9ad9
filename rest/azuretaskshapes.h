#pragma once

#include "definition/specs.h"

#include <QJsonObject>

namespace slipway::rest {

// A Slipway task as an Azure workflow task: the well-known Azure task of the same kind (Bash, PowerShell,
// CmdLine, CopyFiles, InvokeRESTAPI, ManualIntervention, Delay) with its inputs, so that the definition
// POSTed back (or imported with the Azure mapper) gives the same task; an Azure placeholder keeps its id.
QJsonObject azureWorkflowTask(const TaskSpec &task);

} // namespace slipway::rest
