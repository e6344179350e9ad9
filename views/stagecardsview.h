#pragma once

#include "domain/states.h"
#include "pipelinegraphlayout.h"

#include <QColor>
#include <QDateTime>
#include <QWidget>

class QGridLayout;
class QLabel;
class QMenu;

namespace slipway {

// What one stage card shows on the release page (docs/user-guide.md). Every line is always there (empty when it
// does not apply), so a card keeps its height while its stage runs, waits and finishes.
struct StageCard final {
    enum class Action { None, Deploy, Redeploy, Cancel };
    QString stage;
    StageStatus status = StageStatus::NotStarted;
    QString waitingFor; // "Waiting for approval", empty when nothing waits
    // The state as the graph, the chips and the tray say it (presentStage): "Interrupted", "Deferred"; its colours.
    QString stateLabel;
    QColor stateFill, stateText;
    int attempt = 0; // 0: never deployed
    QDateTime startedAt;
    QString attemptDetails; // tooltip: attempt, start time, duration, requester
    QString waitingOn;      // "Awaiting you (group:ops) · 5 min", "Deferred until …"
    QString waitingOnWhy;   // its tooltip, when there is more to say than fits ("waiting for an agent of pool …")
    QString preApprovals;   // "approved by alice, waiting for bob"; empty without approvals
    QString postApprovals;
    QString gates;   // the newest gate round, empty without gates
    QString earlier; // the earlier stages' approvals, while this one waits for a decision
    Action action = Action::None;
    bool actionEnabled = true; // a cancel already asked for is not offered again
};

class StageCardWidget;

// The release's stages as cards laid out like the pipeline graph, joined by trigger arrows; each
// card has the Deploy, Redeploy or Cancel button that applies (objectName "stageAction_NAME") and a
// "Decide" menu button ("stageDecide_NAME") for the decisions its stage waits for. Cards are updated
// in place; they are only rebuilt when the release's stages or the graph change.
class StageCardsView final : public QWidget {
    Q_OBJECT
public:
    explicit StageCardsView(QWidget *parent = nullptr);

    void showCards(const PipelineGraph &graph, const QString &artifacts, const QList<StageCard> &cards);
    // The menu of the stage's Decide button, for the page to fill; its button shows while it has actions.
    QMenu *decisionMenu(const QString &stage) const;
    void setDecisionsShown(const QString &stage, bool shown);
    // The stage's card ("" for the artifacts card), for scrolling it into view; null when there is none.
    QWidget *cardOf(const QString &stage) const;

Q_SIGNALS:
    void actionRequested(const QString &stage, StageCard::Action action);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PipelineGraph m_graph;
    QGridLayout *m_grid = nullptr;
    QWidget *m_artifacts = nullptr;
    QLabel *m_artifactsText = nullptr;
    QHash<QString, StageCardWidget *> m_cards; // by stage
    QString m_shape;                           // the stages and their places the cards were built for
    int m_cardWidth = 0;

    void rebuild(const PipelineGraph &graph, const QList<StageCard> &cards);
    int cardWidthForButtons() const;
};

} // namespace slipway
