#pragma once

#include <QPersistentModelIndex>
#include <QScrollArea>

class QLabel;

namespace slipway {

class ApprovalsEditor;
class DirectoryService;
class GatesEditor;
class PipelineDocumentModel;
class StageTriggerEditor;

// A stage's deployment conditions, as Azure's pre- and post-deployment conditions: a one-line summary
// of what the stage waits for, its trigger, then the approvals and gates before it deploys and after.
class StageConditionsPanel final : public QScrollArea {
    Q_OBJECT
public:
    // The panel shows `trigger` (the editor keeps its own objectName) above the approvals and gates.
    StageConditionsPanel(PipelineDocumentModel &model, DirectoryService &directory, StageTriggerEditor *trigger,
                         QWidget *parent = nullptr);

    void setStage(const QModelIndex &stage);

private:
    PipelineDocumentModel &m_model;
    QPersistentModelIndex m_stage;
    QLabel *m_summary = nullptr;
    StageTriggerEditor *m_trigger = nullptr;
    ApprovalsEditor *m_preApprovals = nullptr;
    GatesEditor *m_preGates = nullptr;
    ApprovalsEditor *m_postApprovals = nullptr;
    GatesEditor *m_postGates = nullptr;

    QString stagePath() const;
    void updateSummary();
};

} // namespace slipway
