#include "dashboardpage.h"
#include "pagetitle.h"

#include "errortext.h"
#include "qcustomplotinclude.h"
#include "services/services.h"
#include "statuspresentation.h"
#include "timelineplot.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway {

namespace {

enum Column {
    StageColumn,
    DeploymentsColumn,
    PerDayColumn,
    LeadTimeColumn,
    FailureRateColumn,
    RestoreColumn,
    UnrestoredColumn,
    ColumnCount
};

QCustomPlot *makeChart(const QString &name, QWidget *parent) {
    auto *chart = new QCustomPlot(parent);
    chart->setObjectName(name);
    chart->setMinimumHeight(170);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("d MMM"));
    chart->xAxis->setTicker(ticker);
    chart->legend->setVisible(true);
    chart->legend->setFont(QApplication::font());
    // Under the plot, in a row of its own: a legend inside the axis rect covered the bars (B40).
    chart->axisRect()->insetLayout()->take(chart->legend);
    chart->plotLayout()->insertRow(1);
    chart->plotLayout()->addElement(1, 0, chart->legend);
    chart->plotLayout()->setRowStretchFactor(1, 0.001);
    chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
    chart->legend->setBrush(Qt::NoBrush);
    chart->legend->setBorderPen(Qt::NoPen);
    return chart;
}

double keyOf(const QDate &day) {
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

} // namespace

QString humanDuration(double seconds) {
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return DashboardPage::tr("%1 s").arg(s);
    if (s < 3600)
        return DashboardPage::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return DashboardPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return DashboardPage::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

DashboardPage::DashboardPage(ReleaseActions actions, MetricsSource source, QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions)), m_source(std::move(source)) {
    setObjectName(QStringLiteral("dashboardPage"));
    if (!m_source)
        m_source = [this](qint64 pipelineId, const QDateTime &from, const QDateTime &to, MetricsPart part) {
            HistoryService &history = m_actions.services.history;
            return QtFuture::makeReadyFuture(part == MetricsPart::Figures ? history.figures(pipelineId, from, to)
                                                                          : history.timeline(pipelineId, from, to));
        };
    m_watcher = new QFutureWatcher<Result<PipelineMetrics>>(this);
    m_barsWatcher = new QFutureWatcher<Result<PipelineMetrics>>(this);
    QLabel *title = pageTitle(tr("Dashboard"), QStringLiteral("dashboardTitle"), this);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("dashboardPipeline"));
    m_pipeline->setToolTip(tr("The pipeline the figures are for"));
    m_pipeline->setAccessibleName(tr("Pipeline"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setToolTip(tr("The period measured, up to now"));
    m_period->setAccessibleName(tr("Period"));
    for (const int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n days", nullptr, days), days);
    m_period->setCurrentIndex(1);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("dashboardStage"));
    m_stage->setToolTip(tr("The stage the charts show"));
    m_stage->setAccessibleName(tr("Stage"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("dashboardExport"));
    exportButton->setToolTip(tr("Write the figures and the chosen stage's daily values to a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("metrics.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            m_status->setText(tr("Cannot write %1.").arg(path));
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_timelineStatus = new QLabel(this);
    m_timelineStatus->setObjectName(QStringLiteral("dashboardTimelineStatus"));
    m_timelineStatus->hide();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("dashboardMetrics"));
    m_table->setAccessibleName(tr("Deployment figures per stage"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Deployments"), tr("Per day"), tr("Lead time (median)"),
                                        tr("Change failure rate"), tr("Time to restore (median)"), tr("Unrestored")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frequency = makeChart(QStringLiteral("dashboardFrequency"), this);
    m_trends = makeChart(QStringLiteral("dashboardTrends"), this);
    m_timeline = new TimelinePlot(this);
    m_timeline->setObjectName(QStringLiteral("dashboardTimeline"));
    connect(m_timeline, &TimelinePlot::releaseClicked, this, &DashboardPage::openRelease);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    // Chosen here by the user (showPipeline blocks the combo's signals): the window follows.
    connect(m_pipeline, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT pipelineChosen(m_pipeline->currentData().toLongLong()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DashboardPage::fillCharts);

    auto *controls = new QHBoxLayout;
    controls->addWidget(title);
    controls->addStretch(1);
    const auto labelled = [this, controls](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setObjectName(box->objectName() + QStringLiteral("Label"));
        label->setBuddy(box);
        controls->addWidget(label);
        controls->addWidget(box);
    };
    labelled(tr("&Pipeline:"), m_pipeline);
    labelled(tr("Pe&riod:"), m_period);
    labelled(tr("S&tage:"), m_stage);
    controls->addWidget(exportButton);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_frequency);
    charts->addWidget(m_trends);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table);
    layout->addLayout(charts, 1);
    layout->addWidget(m_timelineStatus);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_status);
    fillPipelines();
}

void DashboardPage::fillPipelines() {
    const QSignalBlocker blocker(m_pipeline);
    m_pipeline->clear();
    if (Result<QList<PipelineRecord>> pipelines = m_actions.services.queries.pipelines())
        for (const PipelineRecord &p : *pipelines)
            m_pipeline->addItem(p.name, p.id);
}

void DashboardPage::showPipeline(qint64 pipelineId) {
    fillPipelines();
    const int index = m_pipeline->findData(pipelineId);
    const QSignalBlocker blocker(m_pipeline);
    m_pipeline->setCurrentIndex(std::max(0, index));
    refresh();
}

void DashboardPage::refresh() {
    const qint64 pipelineId = m_pipeline->currentData().toLongLong();
    if (pipelineId <= 0)
        return;
    const QDateTime to = m_actions.services.clock.now();
    const QDateTime from = to.addDays(-m_period->currentData().toInt());
    const quint64 generation = ++m_generation;
    m_figuresShown = false;
    m_bars.reset();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QFuture<Result<PipelineMetrics>> future = m_source(pipelineId, from, to, MetricsPart::Figures);
    requestBars(pipelineId, from, to, generation);
    if (future.isFinished()) {
        showMetrics(future.result(), timer->elapsed());
        return;
    }
    m_status->setText(tr("Computing…"));
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcher<Result<PipelineMetrics>>::finished, this, [this, generation, timer] {
        if (generation == m_generation) // an older request finishing late is dropped
            showMetrics(m_watcher->result(), timer->elapsed());
    });
    m_watcher->setFuture(future);
}

void DashboardPage::requestBars(qint64 pipelineId, const QDateTime &from, const QDateTime &to, quint64 generation) {
    m_barsWatcher->disconnect(this);
    QFuture<Result<PipelineMetrics>> bars = m_source(pipelineId, from, to, MetricsPart::Timeline);
    if (bars.isFinished()) {
        showBars(bars.result());
        return;
    }
    m_timelineStatus->setText(tr("Loading the timeline's deployments…"));
    m_timelineStatus->show();
    connect(m_barsWatcher, &QFutureWatcher<Result<PipelineMetrics>>::finished, this, [this, generation] {
        if (generation == m_generation)
            showBars(m_barsWatcher->result());
    });
    m_barsWatcher->setFuture(bars);
}

void DashboardPage::showBars(const Result<PipelineMetrics> &bars) {
    if (!bars) {
        m_timelineStatus->setText(errorText(bars.error()));
        m_timelineStatus->show();
        return;
    }
    m_timelineStatus->hide();
    m_bars = bars->deployments;
    if (m_figuresShown) // the rows are the figures' stages: drawn once both are here
        fillTimeline();
}

void DashboardPage::showMetrics(const Result<PipelineMetrics> &metrics, qint64 elapsedMs) {
    if (!metrics) {
        m_status->setText(errorText(metrics.error()));
        return;
    }
    m_metrics = *metrics;
    m_status->setText(tr("Computed in %1 ms.").arg(elapsedMs));
    {
        const QSignalBlocker blocker(m_stage);
        const QString chosen = m_stage->currentText();
        m_stage->clear();
        for (const StageMetrics &stage : std::as_const(m_metrics.stages))
            m_stage->addItem(stage.stage);
        const int keep = m_stage->findText(chosen);
        m_stage->setCurrentIndex(keep >= 0 ? keep : m_stage->count() - 1); // the last stage: usually Prod
    }
    fillTable();
    fillCharts();
    m_figuresShown = true;
    if (m_bars)
        fillTimeline();
}

void DashboardPage::fillTable() {
    m_table->setRowCount(int(m_metrics.stages.size()));
    for (int row = 0; row < m_metrics.stages.size(); ++row) {
        const StageMetrics &m = m_metrics.stages[row];
        const QStringList cells{m.stage,
                                QString::number(m.successful),
                                QString::number(m.perDay, 'f', 2),
                                m.leadTime.count ? humanDuration(m.leadTime.medianSeconds) : QStringLiteral("–"),
                                m.changeFailureRate ? QStringLiteral("%1 %").arg(*m.changeFailureRate * 100, 0, 'f', 1)
                                                    : QStringLiteral("–"),
                                m.timeToRestore.count ? humanDuration(m.timeToRestore.medianSeconds)
                                                      : QStringLiteral("–"),
                                QString::number(m.unrestored)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    // As tall as its rows: the charts get the rest.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::min(height, 220));
}

void DashboardPage::fillCharts() {
    const QList<DailyCounts> days = m_metrics.daily.value(m_stage->currentText());
    m_frequency->clearPlottables();
    m_trends->clearPlottables();
    QVector<double> keys, succeeded, failed, rate, lead, duration;
    for (const DailyCounts &day : days) {
        keys << keyOf(day.day);
        succeeded << day.successful;
        failed << day.failed;
        const int counted = day.successful + day.failed;
        rate << (counted ? 100.0 * day.successful / counted : qQNaN());
        lead << (day.medianLeadTimeSeconds > 0 ? day.medianLeadTimeSeconds / 3600.0 : qQNaN());
        duration << (day.meanDurationSeconds > 0 ? day.meanDurationSeconds / 60.0 : qQNaN());
    }
    const double width = days.size() > 120 ? 86400.0 * 0.9 : 86400.0 * 0.7;
    auto addBars = [&](const QVector<double> &values, const QString &name, StageStatus colourOf) {
        auto *bars = new QCPBars(m_frequency->xAxis, m_frequency->yAxis);
        bars->setName(name);
        bars->setBrush(stageStatusColor(colourOf));
        bars->setPen(Qt::NoPen);
        bars->setWidth(width);
        bars->setData(keys, values, true);
        return bars;
    };
    QCPBars *ok = addBars(succeeded, tr("Succeeded"), StageStatus::Succeeded);
    addBars(failed, tr("Failed"), StageStatus::Failed)->moveAbove(ok);
    m_frequency->yAxis->setLabel(tr("Deployments per day"));

    // One unit per axis (B40): counts and hours on the first chart, percent and minutes on the second.
    auto addLine = [&](QCustomPlot *chart, QCPAxis *axis, const QVector<double> &values, const QString &name,
                       const QColor &colour) {
        QCPGraph *graph = chart->addGraph(chart->xAxis, axis);
        graph->setName(name);
        graph->setPen(QPen(colour, 1.6));
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
        graph->setData(keys, values, true);
        return graph;
    };
    m_frequency->yAxis2->setVisible(true);
    addLine(m_frequency, m_frequency->yAxis2, lead, tr("Median lead time (h)"), QColor(0x1e, 0x63, 0xc6));
    m_frequency->yAxis2->setLabel(tr("Median lead time (h)"));
    m_frequency->rescaleAxes();
    m_frequency->yAxis->setRangeLower(0);
    m_frequency->yAxis2->setRangeLower(0);
    m_frequency->replot();

    m_trends->yAxis2->setVisible(true);
    addLine(m_trends, m_trends->yAxis, rate, tr("Success rate (%)"), QColor(0x2e, 0x7d, 0x32));
    addLine(m_trends, m_trends->yAxis2, duration, tr("Mean duration (min)"), QColor(0x8d, 0x6e, 0x63));
    m_trends->rescaleAxes();
    m_trends->yAxis->setRange(0, 105);
    m_trends->yAxis2->setRangeLower(0);
    m_trends->yAxis->setLabel(tr("Success rate (%)"));
    m_trends->yAxis2->setLabel(tr("Mean duration (min)"));
    m_trends->replot();
}

void DashboardPage::fillTimeline() {
    const QList<DeploymentFact> *facts = &*m_bars;
    QStringList rows;
    QHash<QString, int> rowOf;
    for (const StageMetrics &stage : std::as_const(m_metrics.stages)) {
        rowOf.insert(stage.stage, int(rows.size()));
        rows << stage.stage;
    }
    QList<TimelineBar> bars;
    bars.reserve(facts->size());
    QString stage; // the facts come stage by stage: look the row up once per run
    int row = -1;
    for (const DeploymentFact &f : std::as_const(*facts)) {
        if (f.stage != stage) {
            stage = f.stage;
            row = rowOf.value(stage, -1);
        }
        const qint64 start = f.startedAt.value_or(f.queuedAt);
        bars.append({row, double(start / 1000), double(f.completedAt / 1000), f.status, f.releaseId, f.id,
                     f.releaseName, f.attempt});
    }
    m_timeline->setBars(std::move(bars), rows);
}

} // namespace slipway
