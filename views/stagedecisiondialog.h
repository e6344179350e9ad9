#pragma once

#include "stagesituation.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace slipway {

// The confirmation step of one decision on one stage of one release (approve, reject, defer,
// reassign, resume or reject an intervention, ignore a gate, cancel): it names the release, stage and
// attempt, asks for a fresh comment, and shows the engine's refusal in place (the dialog stays open).
// The release page's stage card and the grid chip's context menu both open it.
class StageDecisionDialog final : public QDialog {
    Q_OBJECT
public:
    StageDecisionDialog(ReleaseActions actions, StageDecisionContext situation, StageDecision decision,
                        QWidget *parent = nullptr);

    StageDecision decision() const { return m_decision; }

Q_SIGNALS:
    // The engine accepted the decision; `message` says what was done, naming the release.
    void decided(const QString &message);

private:
    ReleaseActions m_actions;
    StageDecisionContext m_situation;
    StageDecision m_decision;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QDateTimeEdit *m_deferUntil = nullptr;
    QLabel *m_deferUtc = nullptr;
    QComboBox *m_reassignTo = nullptr;
    QComboBox *m_gate = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;

    QString summaryText() const;
    QString confirmText() const;
    void addChoices(QFormLayout *form);
    void showProblem(const QString &text);
    void confirm();
    Status perform(QString &done);
};

// Adds the decisions that apply to the stage to `menu` (object names "stageDecision_KEY"); each opens a
// StageDecisionDialog over `parent`, and `decided` gets its message once the engine accepted it.
void addStageDecisions(QMenu *menu, const ReleaseActions &actions, const StageDecisionContext &situation,
                       QWidget *parent, const std::function<void(const QString &)> &decided, bool withCancel = true);

} // namespace slipway
