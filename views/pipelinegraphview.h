#pragma once

#include "pipelinegraphlayout.h"
#include "statuspresentation.h"

#include <QGraphicsView>
#include <QHash>

namespace slipway {

// The small pipeline graph above the releases grid (docs/user-guide.md): artifacts on the left, stages as boxes
// joined by trigger arrows; a box takes the state of its stage in the newest release, with the same
// label, colour and tooltip as the grid's chip (statuspresentation). Background and colours follow the
// palette, and are redrawn when it changes (dark theme). Clicking a stage selects its column in the grid.
class PipelineGraphView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit PipelineGraphView(QWidget *parent = nullptr);

    void showGraph(const PipelineGraph &graph, const QHash<QString, StageSituation> &situations = {});
    const PipelineGraph &graph() const { return m_graph; }
    QSize sizeHint() const override;
    // What a stage's box shows: its fill, and its tooltip (for tests and accessibility).
    QColor boxColour(const QString &stage) const;
    QString boxToolTip(const QString &stage) const;

Q_SIGNALS:
    void stageClicked(const QString &stage);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    PipelineGraph m_graph;
    QHash<QString, StageSituation> m_situations;
    QGraphicsItem *boxOf(const QString &stage) const;
};

} // namespace slipway
