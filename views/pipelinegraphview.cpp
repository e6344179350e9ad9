#include "pipelinegraphview.h"

#include "statuspresentation.h"

#include <QCoreApplication>
#include <QEvent>
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
                          const QString &tip, bool dashed, qreal inset = 0) {
    QPainterPath shape;
    shape.addRoundedRect(rect, 6, 6);
    auto *box = scene.addPath(shape, QPen(fill.darker(130), 1.2, dashed ? Qt::DashLine : Qt::SolidLine), fill);
    box->setToolTip(tip);
    auto *label = new QGraphicsSimpleTextItem(text, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBrush(textColourOn(fill));
    QString elided = text;
    const QRectF area = rect.adjusted(inset, 0, 0, 0);
    while (label->boundingRect().width() > area.width() - 12 && elided.size() > 3) {
        elided.chop(2);
        label->setText(elided + QStringLiteral("…"));
    }
    label->setPos(area.center() - label->boundingRect().center());
    return box;
}

// A small clock drawn as lines (a font's ⏱ is a missing-glyph box on Debian): the stage also runs on
// a schedule.
void addClock(QGraphicsPathItem *box, const QRectF &rect, const QColor &colour) {
    const QPointF centre(rect.left() + 11, rect.top() + 11);
    QPainterPath clock;
    clock.addEllipse(centre, 5.5, 5.5);
    clock.moveTo(centre);
    clock.lineTo(centre + QPointF(0, -3.5));
    clock.moveTo(centre);
    clock.lineTo(centre + QPointF(2.5, 1));
    auto *item = new QGraphicsPathItem(clock, box);
    item->setPen(QPen(colour, 1.3));
    item->setToolTip(QCoreApplication::translate("PipelineGraphView", "Also deploys on a schedule"));
}

} // namespace

PipelineGraphView::PipelineGraphView(QWidget *parent) : QGraphicsView(parent) {
    setObjectName(QStringLiteral("pipelineGraph"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().base());
    setAccessibleName(tr("Pipeline graph"));
    viewport()->setAccessibleName(tr("Pipeline graph")); // the viewport is what takes the focus
    setToolTip(tr("The pipeline: artifacts on the left, stages joined by their triggers; click a stage"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PipelineGraphView::showGraph(const PipelineGraph &graph, const QHash<QString, StageSituation> &situations) {
    m_graph = graph;
    m_situations = situations;
    setBackgroundBrush(palette().base());
    QGraphicsScene &canvas = *scene();
    canvas.clear();
    const bool dark = isDarkPalette(palette());
    const QColor artifactColour = dark ? QColor(0x7e, 0x8c, 0xe0) : QColor(0x5c, 0x6b, 0xc0);
    for (qsizetype row = 0; row < graph.artifacts.size(); ++row)
        addBox(canvas, boxAt(0, int(row)), artifactColour, graph.artifacts[row],
               tr("Artifact source %1").arg(graph.artifacts[row]), false);
    if (graph.artifacts.isEmpty())
        addBox(canvas, boxAt(0, 0), stageStateColour(StageState::Manual, palette()), tr("No artifacts"),
               tr("This pipeline has no artifact source"), true);

    const QPen edgePen(palette().color(dark ? QPalette::Light : QPalette::Mid), 1.4);
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
        // The same presentation as the newest release's chip; a stage it lacks looks not started.
        const auto situation = situations.constFind(stage.name);
        const StagePresentation shown =
            presentStage(stage.name, situation == situations.cend() ? StageSituation{} : *situation, palette());
        QStringList tip;
        if (stage.manual)
            tip << tr("%1: deployed by hand").arg(stage.name);
        tip << (situation == situations.cend() ? stage.name : tr("Newest release: %1").arg(shown.toolTip));
        if (stage.scheduled)
            tip << tr("Also deploys on a schedule");
        const QRectF rect = boxAt(stage.column, stage.row);
        QGraphicsPathItem *box = addBox(canvas, rect, shown.fill, stage.name, tip.join(QLatin1Char('\n')),
                                        stage.manual || shown.dashed, stage.scheduled ? 16 : 0);
        if (stage.scheduled)
            addClock(box, rect, shown.text);
        box->setData(stageNameRole, stage.name);
        box->setCursor(Qt::PointingHandCursor);
    }
    canvas.setSceneRect(canvas.itemsBoundingRect().adjusted(-6, -6, 6, 6));
    updateGeometry();
}

QGraphicsItem *PipelineGraphView::boxOf(const QString &stage) const {
    for (QGraphicsItem *item : scene()->items())
        if (item->data(stageNameRole).toString() == stage)
            return item;
    return nullptr;
}

QColor PipelineGraphView::boxColour(const QString &stage) const {
    const auto *box = dynamic_cast<const QGraphicsPathItem *>(boxOf(stage));
    return box ? box->brush().color() : QColor();
}

QString PipelineGraphView::boxToolTip(const QString &stage) const {
    const QGraphicsItem *box = boxOf(stage);
    return box ? box->toolTip() : QString();
}

void PipelineGraphView::changeEvent(QEvent *event) {
    QGraphicsView::changeEvent(event);
    // A theme switch: the background and the state colours follow the new palette.
    if (event->type() == QEvent::PaletteChange)
        showGraph(m_graph, m_situations);
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
