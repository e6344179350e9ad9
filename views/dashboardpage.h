#pragma once

#include "releaseactions.h"
#include "services/historyservice.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace slipway {

class TimelinePlot;

// The Dashboard (gui.md): for a pipeline and a period, the DORA figures per stage (a table), the chosen
// stage's daily deployments, lead time, success rate and duration as charts, and the timeline of every
// deployment. Export CSV writes the table and the chosen stage's daily values, as shown.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(ReleaseActions actions, QWidget *parent = nullptr);

    void showPipeline(qint64 pipelineId);
    void refresh();
    bool exportCsv(const QString &path) const;
    QString csv() const;
    TimelinePlot *timeline() const { return m_timeline; }

Q_SIGNALS:
    void openRelease(qint64 releaseId);

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
    PipelineMetrics m_metrics;

    void fillPipelines();
    void fillTable();
    void fillCharts();
    void fillTimeline();
};

// "3 h 20 min", "2 d 4 h", "45 s": a duration as the dashboard shows it.
QString humanDuration(double seconds);

} // namespace slipway
