#pragma once

#include <QObject>

namespace slipway {

// Row-level change signals, carrying ids so models update the rows concerned instead of resetting.
// Services emit after their transaction commits.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void pipelineSaved(qint64 pipelineId, bool created);
    void releaseCreated(qint64 pipelineId, qint64 releaseId);
    void releaseChanged(qint64 pipelineId, qint64 releaseId);
    void artifactVersionAdded(qint64 pipelineId, qint64 versionId);
    void releasesRemoved(); // retention deleted releases
};

} // namespace slipway
