#pragma once

#include "domain/states.h"
#include "pipelinegraphlayout.h"

#include <QGraphicsView>
#include <QHash>

namespace slipway {

// The small pipeline graph above the releases grid (gui.md): artifacts on the left, stages as boxes
// joined by trigger arrows; a box takes the colour of its stage's state in the newest release.
// Clicking a stage selects its column in the grid.
class PipelineGraphView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit PipelineGraphView(QWidget *parent = nullptr);

    void showGraph(const PipelineGraph &graph, const QHash<QString, StageStatus> &statuses = {});
    const PipelineGraph &graph() const { return m_graph; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void stageClicked(const QString &stage);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    PipelineGraph m_graph;
};

} // namespace slipway
