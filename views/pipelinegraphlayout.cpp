#include "pipelinegraphlayout.h"

#include "definition/pipelinedefinition.h"

#include <QHash>

#include <functional>

namespace slipway {

const GraphStage *PipelineGraph::stage(const QString &name) const {
    for (const GraphStage &candidate : stages)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

QPainterPath triggerArrow(const QPointF &from, const QPointF &to) {
    QPainterPath path(from);
    const qreal bend = (to.x() - from.x()) / 2;
    path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
    path.moveTo(to);
    path.lineTo(to + QPointF(-7, -4));
    path.moveTo(to);
    path.lineTo(to + QPointF(-7, 4));
    return path;
}

PipelineGraph layoutPipeline(const PipelineDefinition &definition) {
    PipelineGraph graph;
    for (const ArtifactSourceDefinition &artifact : definition.artifacts)
        graph.artifacts << artifact.alias;

    QHash<QString, const StageDefinition *> byName;
    for (const StageDefinition &stage : definition.stages)
        byName.insert(stage.name, &stage);
    QHash<QString, int> columns;
    // Validation refuses cycles; the depth guard keeps a bad snapshot from recursing forever.
    std::function<int(const StageDefinition &, int)> columnOf = [&](const StageDefinition &stage, int depth) -> int {
        if (columns.contains(stage.name))
            return columns.value(stage.name);
        int column = 1;
        if (stage.trigger.type == StageTrigger::Type::AfterStages && depth < 64)
            for (const QString &before : stage.trigger.stages)
                if (const StageDefinition *previous = byName.value(before))
                    column = std::max(column, columnOf(*previous, depth + 1) + 1);
        columns.insert(stage.name, column);
        return column;
    };
    // A manual stage sits right of the stage before it in the file, where a reader expects it.
    int previousColumn = 0;
    for (const StageDefinition &stage : definition.stages) {
        if (stage.trigger.type == StageTrigger::Type::Manual)
            columns.insert(stage.name, previousColumn + 1);
        previousColumn = columnOf(stage, 0);
    }

    QHash<int, int> rowsUsed;
    for (const StageDefinition &stage : definition.stages) {
        GraphStage placed;
        placed.name = stage.name;
        placed.column = columns.value(stage.name, 1);
        placed.row = rowsUsed[placed.column]++;
        placed.manual = stage.trigger.type == StageTrigger::Type::Manual;
        placed.scheduled = stage.schedule.has_value();
        graph.stages << placed;
        graph.columns = std::max(graph.columns, placed.column + 1);
        graph.rows = std::max(graph.rows, placed.row + 1);
        if (stage.trigger.type == StageTrigger::Type::AfterRelease)
            graph.edges.append({QString(), stage.name, false});
        else if (stage.trigger.type == StageTrigger::Type::AfterStages)
            for (const QString &before : stage.trigger.stages)
                graph.edges.append({before, stage.name, stage.trigger.onPartialSuccess});
    }
    graph.rows = std::max(graph.rows, int(graph.artifacts.size()));
    return graph;
}

} // namespace slipway
