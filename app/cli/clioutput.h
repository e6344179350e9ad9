#pragma once

#include "services/pipelineservice.h"
#include "services/releaseservice.h"

#include <QJsonObject>
#include <QTextStream>

namespace slipway::cli {

// Slipway's own JSON shapes for the command line (docs/cli.md).
QJsonObject releaseJson(const ReleaseDetails &details, const PipelineDefinition *snapshot);
QJsonObject releaseSummaryJson(const ReleaseRecord &release);
QJsonObject deploymentJson(const DeploymentRecord &deployment, const QList<TaskRunRecord> &tasks);
QJsonObject pipelineJson(const PipelineRecord &pipeline);
QJsonObject approvalJson(const ApprovalRecord &approval);
QJsonObject artifactVersionJson(const QString &alias, const ArtifactVersionRecord &version);

void printReleaseText(QTextStream &out, const ReleaseDetails &details, const PipelineDefinition *snapshot);
void printJson(QTextStream &out, const QJsonValue &value);
QString isoTime(const QDateTime &utc);

} // namespace slipway::cli
