#pragma once

#include <QObject>

namespace slipway {

// Row-level change signals, carrying ids so models update the rows concerned instead of resetting.
// Services emit after their transaction commits. In the window the models listen to the app's change
// feed instead, which emits the same signals once per changed row, whichever connection committed.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void pipelineSaved(qint64 pipelineId, bool created);
    void releaseCreated(qint64 pipelineId, qint64 releaseId);
    void releaseChanged(qint64 pipelineId, qint64 releaseId);
    void artifactVersionAdded(qint64 pipelineId, qint64 versionId);
    void releasesRemoved();                    // retention deleted releases
    void variableGroupChanged(qint64 groupId); // created, edited or deleted
    // More changed at once than is worth naming row by row (generated demo data, a long absence): reload.
    void reloadNeeded();
};

} // namespace slipway
