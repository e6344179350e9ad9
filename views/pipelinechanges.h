#pragma once

#include <QString>

class QWidget;

namespace slipway {

class PipelineService;

// The line diff of a release's snapshot (pipeline revision `revision`) against the pipeline's current
// revision; empty when nothing changed. `error` says why it could not be computed.
QString pipelineChangesSince(PipelineService &pipelines, qint64 pipelineId, int revision, QString *error);

// Shows that diff in a message box: the release page's "Pipeline changes" and the redeploy drift warning.
void showPipelineChanges(QWidget *parent, PipelineService &pipelines, qint64 pipelineId, int revision,
                         const QString &releaseName);

} // namespace slipway
