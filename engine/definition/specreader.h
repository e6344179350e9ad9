#pragma once

#include "pipelinedefinition.h"

#include <QJsonObject>

namespace slipway {

// The only readers of the file's keys: JSON in, typed specs out, defaults from specs.h. They expect a
// definition the validator accepted; on anything else they read what they can, and never fail.

TaskSpec taskSpecOf(const QJsonObject &task);
// The typed parts of a stage beyond its name, rank, trigger and variables.
void readStageSpecs(const QJsonObject &stage, StageDefinition &into);
// The `variableGroups` names of a pipeline or a stage.
QStringList variableGroupsOf(const QJsonObject &pipelineOrStage);
// An artifact source, from the file or from the settings the store kept for it.
ArtifactSourceDefinition artifactSourceOf(const QJsonObject &source);
// A schedule of the file, or one being edited (its days, time and zone may not be valid yet).
ScheduleDefinition scheduleOf(const QJsonObject &schedule);

// The schedule as the file writes it (the same keys, values and order).
QJsonObject scheduleJson(const ScheduleDefinition &schedule);
QJsonObject textMapJson(const TextMap &map);

} // namespace slipway
