#include "timelineplot.h"

#include "datetext.h"
#include "statuspresentation.h"

#include <QHelpEvent>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include "qcustomplotinclude.h"

namespace slipway {

// Draws the spans of a TimelineView: one box per span, stacked by outcome when it is a bucket.
class GanttPlottable final : public QCPAbstractPlottable {
public:
    GanttPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis) {}

    void setView(TimelineView view) { m_view = std::move(view); }
    const TimelineView &view() const { return m_view; }
    void setKeyRange(const QCPRange &range, int rows) {
        m_keys = range;
        m_rows = rows;
    }

    QRectF rectOf(const TimelineSpan &span) const {
        const double left = keyAxis()->coordToPixel(span.start);
        const double right = std::max(left + 2, keyAxis()->coordToPixel(span.end));
        const double top = valueAxis()->coordToPixel(span.row - 0.32);
        const double bottom = valueAxis()->coordToPixel(span.row + 0.32);
        return QRectF(QPointF(left, std::min(top, bottom)), QPointF(right, std::max(top, bottom)));
    }

    int spanAt(const QPointF &pos) const {
        for (qsizetype i = m_view.spans.size() - 1; i >= 0; --i)
            if (rectOf(m_view.spans[i]).adjusted(-1, -1, 1, 1).contains(pos))
                return int(i);
        return -1;
    }

    double selectTest(const QPointF &pos, bool, QVariant *) const override { return spanAt(pos) >= 0 ? 0 : -1; }
    QCPRange getKeyRange(bool &found, QCP::SignDomain) const override {
        found = m_keys.size() > 0;
        return m_keys;
    }
    QCPRange getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const override {
        found = true;
        return QCPRange(-0.5, m_rows - 0.5);
    }

protected:
    void draw(QCPPainter *painter) override {
        painter->setPen(Qt::NoPen);
        const QColor succeeded = stageStatusColor(StageStatus::Succeeded);
        const QColor failed = stageStatusColor(StageStatus::Failed);
        const QColor other = stageStatusColor(StageStatus::Canceled);
        for (const TimelineSpan &span : std::as_const(m_view.spans)) {
            const QRectF box = rectOf(span);
            if (box.right() < clipRect().left() || box.left() > clipRect().right())
                continue;
            // Stacked by outcome, failures on top so they stand out.
            double y = box.bottom();
            const double total = std::max(1, span.count());
            for (const auto &[part, colour] :
                 {std::pair{span.succeeded, succeeded}, std::pair{span.other, other}, std::pair{span.failed, failed}}) {
                if (part == 0)
                    continue;
                const double height = box.height() * part / total;
                painter->setBrush(colour);
                painter->drawRect(QRectF(box.left(), y - height, box.width(), height));
                y -= height;
            }
        }
    }
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override {
        painter->fillRect(rect, stageStatusColor(StageStatus::Succeeded));
    }

private:
    TimelineView m_view;
    QCPRange m_keys;
    int m_rows = 1;
};

TimelinePlot::TimelinePlot(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("timeline"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QStringLiteral("d MMM yyyy\nHH:mm"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    // No static tooltip: Qt would show it over a bar's own after the tooltip delay (B10).
    m_plot->setAccessibleDescription(tr("Wheel to zoom, drag to pan; click a bar to open its release"));
    m_plot->installEventFilter(this);
    m_gantt = new GanttPlottable(m_plot->xAxis, m_plot->yAxis);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(15); // wheel steps arrive in bursts: aggregate and replot once per burst
    connect(m_refresh, &QTimer::timeout, this, &TimelinePlot::refreshNow);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), m_refresh, qOverload<>(&QTimer::start));
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::onClick);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(160);
}

void TimelinePlot::setBars(QList<TimelineBar> bars, const QStringList &rows) {
    m_bars = std::move(bars);
    m_rows = rows;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < rows.size(); ++i)
        ticker->addTick(double(i), rows[i]);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.5, std::max<qsizetype>(1, rows.size()) - 0.5);
    double first = 0, last = 0;
    for (const TimelineBar &bar : std::as_const(m_bars)) {
        first = first == 0 ? bar.start : std::min(first, bar.start);
        last = std::max(last, bar.end);
    }
    m_gantt->setKeyRange(QCPRange(first, last), int(rows.size()));
    zoomToAll();
}

void TimelinePlot::zoomToAll() {
    bool found = false;
    QCPRange range = m_gantt->getKeyRange(found, QCP::sdBoth);
    if (!found || range.size() <= 0)
        range = QCPRange(range.lower - 3600, range.lower + 3600);
    const double margin = range.size() * 0.02;
    zoomTo(range.lower - margin, range.upper + margin);
}

void TimelinePlot::zoomTo(double from, double to) {
    m_plot->xAxis->setRange(from, to);
    refreshNow();
}

void TimelinePlot::refreshNow() {
    m_refresh->stop();
    const QCPRange range = m_plot->xAxis->range();
    const int pixels = std::max(100, m_plot->axisRect()->width());
    m_gantt->setView(aggregateTimeline(m_bars, range.lower, range.upper, pixels));
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

double TimelinePlot::aggregationSeconds() const {
    return m_gantt->view().bucketSeconds;
}

const TimelineView &TimelinePlot::shown() const {
    return m_gantt->view();
}

QPoint TimelinePlot::centreOf(const TimelineSpan &span) const {
    return m_plot->mapTo(this, m_gantt->rectOf(span).center().toPoint());
}

QString TimelinePlot::toolTipAt(const QPointF &position) const {
    const int index = m_gantt->spanAt(position);
    if (index < 0)
        return tr("Wheel to zoom, drag to pan; click a bar to open its release");
    const TimelineSpan &span = m_gantt->view().spans.at(index);
    const QLocale locale;
    if (span.single) {
        const TimelineBar &bar = *span.single;
        return tr("%1 · %2 · attempt %3\n%4 – %5")
            .arg(bar.release, m_rows.value(bar.row))
            .arg(bar.attempt)
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(qint64(span.single->start)).toLocalTime(),
                                 QLocale::LongFormat),
                 locale.toString(QDateTime::fromSecsSinceEpoch(qint64(span.single->end)).toLocalTime(),
                                 QLocale::LongFormat));
    }
    return tr("%n deployment(s): %1 succeeded, %2 failed, %3 other\nClick to zoom in", nullptr, span.count())
        .arg(span.succeeded)
        .arg(span.failed)
        .arg(span.other);
}

void TimelinePlot::onMouseMove(QMouseEvent *event) {
    if (m_gantt->spanAt(event->position()) < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipAt(event->position()), m_plot);
}

// The delayed tooltip event shows what is under the mouse, not a text of the whole plot.
bool TimelinePlot::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), m_plot);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePlot::onClick(QMouseEvent *event) {
    const int index = m_gantt->spanAt(event->position());
    if (index < 0)
        return;
    const TimelineSpan span = m_gantt->view().spans.at(index);
    if (span.single)
        Q_EMIT releaseClicked(span.single->releaseId);
    else
        zoomTo(span.start, span.end);
}

} // namespace slipway
