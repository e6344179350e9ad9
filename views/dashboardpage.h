#pragma once

#include "releaseactions.h"
#include "services/historyservice.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace slipway {

class TimelinePlot;

// The dashboard asks for its two parts separately: the figures (from the daily rollups, fast whatever the history)
// and the timeline's bars (one row per deployment of the period, slow on a large history), so that the figures never
// wait for the bars.
enum class MetricsPart { Figures, Timeline };

// Where the dashboard's parts come from: for Figures, PipelineMetrics' stages and daily counts; for Timeline, its
// deployments. The app computes each on a worker thread with its own database connection; the default computes them
// at once through the services (tests, small databases).
using MetricsSource = std::function<QFuture<Result<PipelineMetrics>>(qint64 pipelineId, const QDateTime &from,
                                                                     const QDateTime &to, MetricsPart part)>;

// The Dashboard (docs/user-guide.md): for a pipeline and a period, the DORA figures per stage (a table), the chosen
// stage's daily deployments, lead time, success rate and duration as charts, and the timeline of every
// deployment. Export CSV writes the table's figures and the chosen stage's daily values as raw numbers.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(ReleaseActions actions, MetricsSource source = {}, QWidget *parent = nullptr);

    void showPipeline(qint64 pipelineId);
    void refresh();
    bool exportCsv(const QString &path) const;
    QString csv() const;
    TimelinePlot *timeline() const { return m_timeline; }

Q_SIGNALS:
    void openRelease(qint64 releaseId);
    // The user picked another pipeline in the page's own box (the window's tree follows it).
    void pipelineChosen(qint64 pipelineId);

private:
    ReleaseActions m_actions;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_stage = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_frequency = nullptr;
    QCustomPlot *m_trends = nullptr;
    TimelinePlot *m_timeline = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_timelineStatus = nullptr;
    PipelineMetrics m_metrics;
    std::optional<QList<DeploymentFact>> m_bars; // the timeline's, once they have come
    MetricsSource m_source;
    QFutureWatcher<Result<PipelineMetrics>> *m_watcher = nullptr;
    QFutureWatcher<Result<PipelineMetrics>> *m_barsWatcher = nullptr;
    quint64 m_generation = 0; // a newer request makes older answers stale
    bool m_figuresShown = false;

    void requestBars(qint64 pipelineId, const QDateTime &from, const QDateTime &to, quint64 generation);
    void showMetrics(const Result<PipelineMetrics> &metrics, qint64 elapsedMs);
    void showBars(const Result<PipelineMetrics> &bars);

    void fillPipelines();
    void fillTable();
    void fillCharts();
    void fillTimeline();
};

// "3 h 20 min", "2 d 4 h", "45 s": a duration as the dashboard shows it.
QString humanDuration(double seconds);

} // namespace slipway
