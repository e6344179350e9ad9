#include "pipelinegraphview.h"

#include "statuspresentation.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>

namespace slipway {

namespace {

constexpr qreal boxWidth = 130;
constexpr qreal boxHeight = 40;
constexpr qreal columnGap = 56;
constexpr qreal rowGap = 12;
constexpr int stageNameRole = 1; // QGraphicsItem::data key

QRectF boxAt(int column, int row) {
    return {column * (boxWidth + columnGap), row * (boxHeight + rowGap), boxWidth, boxHeight};
}

QGraphicsPathItem *addBox(QGraphicsScene &scene, const QRectF &rect, const QColor &fill, const QString &text,
                          const QString &tip, bool dashed) {
    QPainterPath shape;
    shape.addRoundedRect(rect, 6, 6);
    auto *box = scene.addPath(shape, QPen(fill.darker(130), 1.2, dashed ? Qt::DashLine : Qt::SolidLine), fill);
    box->setToolTip(tip);
    auto *label = new QGraphicsSimpleTextItem(text, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBrush(fill.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    QString elided = text;
    while (label->boundingRect().width() > rect.width() - 12 && elided.size() > 3) {
        elided.chop(2);
        label->setText(elided + QStringLiteral("…"));
    }
    label->setPos(rect.center() - label->boundingRect().center());
    return box;
}

} // namespace

PipelineGraphView::PipelineGraphView(QWidget *parent) : QGraphicsView(parent) {
    setObjectName(QStringLiteral("pipelineGraph"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().base());
    setToolTip(tr("The pipeline: artifacts on the left, stages joined by their triggers; click a stage"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PipelineGraphView::showGraph(const PipelineGraph &graph, const QHash<QString, StageStatus> &statuses) {
    m_graph = graph;
    QGraphicsScene &canvas = *scene();
    canvas.clear();
    const QColor artifactColour(0x5c, 0x6b, 0xc0);
    for (qsizetype row = 0; row < graph.artifacts.size(); ++row)
        addBox(canvas, boxAt(0, int(row)), artifactColour, graph.artifacts[row],
               tr("Artifact source %1").arg(graph.artifacts[row]), false);
    if (graph.artifacts.isEmpty())
        addBox(canvas, boxAt(0, 0), QColor(0xe0, 0xe0, 0xe0), tr("No artifacts"),
               tr("This pipeline has no artifact source"), true);

    const QPen edgePen(palette().color(QPalette::Mid), 1.4);
    const qreal artifactsMiddle = (std::max<qsizetype>(1, graph.artifacts.size()) * (boxHeight + rowGap) - rowGap) / 2;
    for (const GraphEdge &edge : graph.edges) {
        const GraphStage *to = graph.stage(edge.to);
        const GraphStage *from = edge.from.isEmpty() ? nullptr : graph.stage(edge.from);
        if (!to || (!edge.from.isEmpty() && !from))
            continue;
        const QPointF start =
            from ? QPointF(boxAt(from->column, from->row).right(), boxAt(from->column, from->row).center().y())
                 : QPointF(boxWidth, artifactsMiddle);
        const QRectF target = boxAt(to->column, to->row);
        auto *line = canvas.addPath(triggerArrow(start, QPointF(target.left() - 1, target.center().y())),
                                    edge.onPartialSuccess ? QPen(edgePen.color(), 1.4, Qt::DashLine) : edgePen);
        line->setToolTip(edge.from.isEmpty() ? tr("%1 deploys after a release is created").arg(edge.to)
                                             : tr("%1 deploys after %2 succeeds").arg(edge.to, edge.from));
    }
    for (const GraphStage &stage : graph.stages) {
        const std::optional<StageStatus> status =
            statuses.contains(stage.name) ? std::optional(statuses.value(stage.name)) : std::nullopt;
        const QColor fill = status ? stageStatusColor(*status) : QColor(0xec, 0xef, 0xf1);
        QString tip = stage.manual ? tr("%1: deployed by hand").arg(stage.name) : stage.name;
        if (status)
            tip += QLatin1Char('\n') + tr("Newest release: %1").arg(stageStatusLabel(*status));
        if (stage.scheduled)
            tip += QLatin1Char('\n') + tr("Also deploys on a schedule");
        QString text = stage.name;
        if (stage.scheduled)
            text = QStringLiteral("⏱ ") + text;
        QGraphicsPathItem *box = addBox(canvas, boxAt(stage.column, stage.row), fill, text, tip, stage.manual);
        box->setData(stageNameRole, stage.name);
        box->setCursor(Qt::PointingHandCursor);
    }
    canvas.setSceneRect(canvas.itemsBoundingRect().adjusted(-6, -6, 6, 6));
    updateGeometry();
}

QSize PipelineGraphView::sizeHint() const {
    const QRectF area = scene() ? scene()->sceneRect() : QRectF();
    return {int(area.width()) + 8, std::min(int(area.height()) + 8, 3 * int(boxHeight + rowGap) + 8)};
}

void PipelineGraphView::mousePressEvent(QMouseEvent *event) {
    for (QGraphicsItem *item : items(event->position().toPoint()))
        for (QGraphicsItem *at = item; at; at = at->parentItem())
            if (const QString stage = at->data(stageNameRole).toString(); !stage.isEmpty()) {
                Q_EMIT stageClicked(stage);
                return;
            }
    QGraphicsView::mousePressEvent(event);
}

} // namespace slipway
