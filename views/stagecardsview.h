#pragma once

#include "domain/states.h"
#include "pipelinegraphlayout.h"

#include <QDateTime>
#include <QWidget>

class QGridLayout;

namespace slipway {

// What one stage card shows on the release page (gui.md).
struct StageCard final {
    enum class Action { None, Deploy, Redeploy, Cancel };
    QString stage;
    StageStatus status = StageStatus::NotStarted;
    QString waitingFor; // "Waiting for approval", empty when nothing waits
    int attempt = 0;    // 0: never deployed
    QDateTime startedAt;
    QString preApprovals; // "✓ alice", "⏳ bob", "✗ carol"; empty without approvals
    QString postApprovals;
    QString gates; // the newest gate round, empty without gates
    Action action = Action::None;
};

// The release's stages as cards laid out like the pipeline graph, joined by trigger arrows; each
// card has the Deploy, Redeploy or Cancel button that applies (objectName "stageAction_NAME").
class StageCardsView final : public QWidget {
    Q_OBJECT
public:
    explicit StageCardsView(QWidget *parent = nullptr);

    void showCards(const PipelineGraph &graph, const QString &artifacts, const QList<StageCard> &cards);

Q_SIGNALS:
    void actionRequested(const QString &stage, StageCard::Action action);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PipelineGraph m_graph;
    QGridLayout *m_grid = nullptr;
    QHash<QString, QWidget *> m_cards; // by stage; "" for the artifacts
    QWidget *makeCard(const StageCard &card);
};

} // namespace slipway
