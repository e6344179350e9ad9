#pragma once

#include "timelineaggregation.h"

#include <QWidget>

class QCustomPlot;
class QMouseEvent;
class QTimer;

namespace slipway {

class GanttPlottable;

// The deployment timeline (docs/user-guide.md): a QCustomPlot Gantt with one row per stage and deployments as bars
// coloured by outcome. It zooms and pans horizontally from minutes to years; when zoomed out the bars
// are aggregated into what fits the pixels (re-aggregation and replot are scheduled by a timer, not
// done on every wheel step). Hovering shows a tooltip; clicking a bar opens its release, clicking a
// bucket zooms into it.
class TimelinePlot final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    void setBars(QList<TimelineBar> bars, const QStringList &rows);
    void zoomTo(double from, double to); // seconds since the epoch
    void zoomToAll();
    // 0 while bars are drawn as they are, else the bucket width in seconds.
    double aggregationSeconds() const;
    const TimelineView &shown() const;
    // Where a span of the current view is drawn, for tests and tooltips.
    QPoint centreOf(const TimelineSpan &span) const;
    QCustomPlot *plot() const { return m_plot; }
    // Renders what is pending now (tests and benchmarks); the timer does this otherwise.
    void refreshNow();
    // The tooltip at a point of the plot: the bar or bucket there, else how to use the plot.
    QString toolTipAt(const QPointF &position) const;

Q_SIGNALS:
    void releaseClicked(qint64 releaseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    GanttPlottable *m_gantt = nullptr;
    QTimer *m_refresh = nullptr;
    QList<TimelineBar> m_bars;
    QStringList m_rows;

    void onMouseMove(QMouseEvent *event);
    void onClick(QMouseEvent *event);
};

} // namespace slipway
