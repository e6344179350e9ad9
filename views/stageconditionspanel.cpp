#include "stageconditionspanel.h"

#include "approvalseditor.h"
#include "conditionssummary.h"
#include "gateseditor.h"
#include "pipelinedocumentmodel.h"
#include "stagetriggereditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace slipway {

StageConditionsPanel::StageConditionsPanel(PipelineDocumentModel &model, DirectoryService &directory,
                                           StageTriggerEditor *trigger, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_trigger(trigger) {
    setObjectName(QStringLiteral("conditionsPanel"));
    setAccessibleName(tr("Deployment conditions"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("conditionsSummary"));
    m_summary->setAccessibleName(tr("What the stage waits for"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto *triggerBox = new QGroupBox(tr("Trigger"), content);
    auto *triggerLayout = new QVBoxLayout(triggerBox);
    trigger->setParent(triggerBox);
    triggerLayout->addWidget(trigger);
    m_preApprovals = new ApprovalsEditor(model, directory, QStringLiteral("preApprovals"),
                                         tr("Before deploying: approvals"), content);
    m_preGates = new GatesEditor(model, QStringLiteral("preGates"), tr("Before deploying: gates"), content);
    m_postApprovals = new ApprovalsEditor(model, directory, QStringLiteral("postApprovals"),
                                          tr("After deploying: approvals"), content);
    m_postGates = new GatesEditor(model, QStringLiteral("postGates"), tr("After deploying: gates"), content);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_summary);
    layout->addWidget(triggerBox);
    layout->addWidget(m_preApprovals);
    layout->addWidget(m_preGates);
    layout->addWidget(m_postApprovals);
    layout->addWidget(m_postGates);
    layout->addStretch(1);
    setWidget(content);

    connect(&model, &PipelineDocumentModel::documentEdited, this, &StageConditionsPanel::updateSummary);
    setStage({});
}

void StageConditionsPanel::setStage(const QModelIndex &stage) {
    m_stage = stage;
    widget()->setEnabled(stage.isValid());
    m_trigger->setStage(stage);
    m_preApprovals->setStage(stage);
    m_preGates->setStage(stage);
    m_postApprovals->setStage(stage);
    m_postGates->setStage(stage);
    updateSummary();
}

QString StageConditionsPanel::stagePath() const {
    return m_stage.isValid() ? m_stage.data(PipelineDocumentModel::PathRole).toString() : QString();
}

void StageConditionsPanel::updateSummary() {
    const QString path = stagePath();
    m_summary->setText(path.isEmpty() ? tr("Select a stage to see its deployment conditions.")
                                      : conditionsSummary(m_model.value(path).toObject()));
}

} // namespace slipway
