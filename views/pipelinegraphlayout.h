#pragma once

#include <QList>
#include <QPainterPath>
#include <QString>
#include <QStringList>

namespace slipway {

struct PipelineDefinition;

// Where the pipeline graph puts things (docs/user-guide.md): artifacts in column 0, each stage one column right
// of the stages it waits for, stages that follow the release in column 1; rows keep the file's order.
struct GraphStage final {
    QString name;
    int column = 1;
    int row = 0;
    bool manual = false;    // only deployed by hand: drawn without an incoming arrow
    bool scheduled = false; // also deployed on a schedule
};

struct GraphEdge final {
    QString from; // empty: from the artifacts
    QString to;
    bool onPartialSuccess = false;
};

struct PipelineGraph final {
    QStringList artifacts;
    QList<GraphStage> stages;
    QList<GraphEdge> edges;
    int columns = 1;
    int rows = 1;

    const GraphStage *stage(const QString &name) const;
};

PipelineGraph layoutPipeline(const PipelineDefinition &definition);

// A trigger arrow: a horizontal S-curve from `from` to `to` with a small open head at `to`.
QPainterPath triggerArrow(const QPointF &from, const QPointF &to);

} // namespace slipway
