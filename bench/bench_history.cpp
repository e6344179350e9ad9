// P2 and P3 (visual history), each with its baseline measured in the same run:
//  - start to first paint (slipway --screenshot) on a 1M-deployment / 100k-release database against an empty
//    one (goal <= 1.5x), with the peak RSS (goal <= 200 MB);
//  - the dashboard's figures for one year of the busiest pipeline (goal <= 500 ms), and those figures alone from the
//    daily rollups (goal <= 100 ms whatever the history) against their computation from the raw rows;
//  - a timeline replot with 100,000 deployments (goal <= 30 ms) against a plain 100,000-point QCPGraph with
//    adaptive sampling.
#include "core/clock.h"
#include "dashboardpage.h"
#include "qcustomplotinclude.h"
#include "services/metrics.h"
#include "services/services.h"
#include "store/sqlitestore.h"
#include "timelineplot.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

using namespace slipway;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

qint64 rssKb(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Wall time of `slipway --screenshot` (start to first paint, then exit) and its peak RSS, sampled.
std::pair<double, double> firstPaint(const QString &binary, const QString &database, const QString &dataHome) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {QStringLiteral("--database"), database, QStringLiteral("--screenshot"),
                           dataHome + QStringLiteral("/shot.png")});
    process.waitForStarted();
    qint64 peak = 0;
    while (!process.waitForFinished(2))
        peak = std::max(peak, rssKb(process.processId()));
    return {double(timer.nsecsElapsed()) / 1e6, double(peak) / 1024.0};
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << Qt::fixed << qSetRealNumberPrecision(1);
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/slipway");
    const qint64 releases = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100'000;
    const qint64 deployments = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1'000'000;
    QTemporaryDir dir;

    // P3 first: it needs no database.
    QList<TimelineBar> bars;
    QRandomGenerator random(5);
    const double year = 365 * 86400.0;
    for (int i = 0; i < 100'000; ++i) {
        const double start = 1.7e9 + random.bounded(year);
        bars.append({int(random.bounded(4)),
                     start,
                     start + 600,
                     random.bounded(10) == 0 ? DeploymentStatus::Failed : DeploymentStatus::Succeeded,
                     i,
                     i,
                     {}});
    }
    TimelinePlot timeline;
    timeline.resize(1200, 400);
    timeline.show();
    timeline.setBars(bars,
                     {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Staging"), QStringLiteral("Prod")});
    QCustomPlot baseline;
    baseline.resize(1200, 400);
    baseline.show();
    QCPGraph *graph = baseline.addGraph();
    graph->setAdaptiveSampling(true);
    QVector<double> keys, values;
    for (int i = 0; i < 100'000; ++i) {
        keys << 1.7e9 + i * (year / 100'000);
        values << random.bounded(4.0);
    }
    graph->setData(keys, values, true);
    baseline.rescaleAxes();
    QList<double> timelineMs, baselineMs, zoomedMs;
    for (int round = 0; round < 15; ++round) {
        QElapsedTimer timer;
        timer.start();
        timeline.refreshNow(); // aggregate + immediate replot
        timelineMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        baseline.replot(QCustomPlot::rpImmediateRefresh);
        baselineMs << timer.nsecsElapsed() / 1e6;
        timeline.zoomTo(1.7e9 + year / 2, 1.7e9 + year / 2 + 86400); // one day: bars as they are
        timer.restart();
        timeline.refreshNow();
        zoomedMs << timer.nsecsElapsed() / 1e6;
        timeline.zoomToAll();
    }
    out << "P3 timeline replot, 100,000 deployments x 4 stages (median of 15):" << Qt::endl;
    out << "  whole year (aggregated): " << median(timelineMs) << " ms; one day: " << median(zoomedMs)
        << " ms; baseline 100,000-point QCPGraph with adaptive sampling: " << median(baselineMs) << " ms; ratio "
        << median(timelineMs) / std::max(0.01, median(baselineMs)) << "x (goal <= 30 ms)" << Qt::endl;

    // P2: an empty database against a generated history.
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString full = dir.filePath(QStringLiteral("history.db"));
    {
        auto store = SqliteStore::open(full);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        SystemClock clock;
        Services services(**store, clock);
        QElapsedTimer timer;
        timer.start();
        Result<DemoDataReport> report =
            services.demoData.generate(releases, deployments, Identity{QStringLiteral("bench")});
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        out << "P2 generated " << report->releases << " releases and " << report->deployments << " deployments in "
            << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        QList<double> dashboardMs;
        for (int round = 0; round < 3; ++round) {
            timer.restart();
            if (!services.history.metrics(1, clock.now().addDays(-365), clock.now()))
                qFatal("metrics failed");
            dashboardMs << timer.nsecsElapsed() / 1e6;
        }
        // The one-year figures alone, from the daily rollups, against the raw-row computation they replace: every
        // finished deployment of the year read (DeploymentRepository::facts) and measured (stageMetrics, dailyCounts).
        const QDateTime yearAgo = clock.now().addDays(-365);
        QList<double> figuresMs, rawMs;
        bool same = true;
        for (int round = 0; round < 3; ++round) {
            timer.restart();
            const Result<PipelineMetrics> figures = services.history.figures(1, yearAgo, clock.now());
            figuresMs << timer.nsecsElapsed() / 1e6;
            if (!figures)
                qFatal("figures failed");
            timer.restart();
            const Result<QList<DeploymentFact>> facts = store->get()->deployments().facts(1, yearAgo);
            if (!facts)
                qFatal("facts failed");
            QHash<QString, QList<DeploymentFact>> byStage;
            for (const DeploymentFact &fact : *facts)
                byStage[fact.stage] << fact;
            QList<StageMetrics> raw;
            for (auto it = byStage.cbegin(); it != byStage.cend(); ++it) {
                raw << stageMetrics(it.key(), it.value(), yearAgo, clock.now());
                (void)dailyCounts(it.value(), yearAgo, clock.now());
            }
            rawMs << timer.nsecsElapsed() / 1e6;
            for (const StageMetrics &r : raw)
                for (const StageMetrics &f : figures->stages)
                    if (f.stage == r.stage)
                        same = same && f.successful == r.successful && f.failed == r.failed &&
                               f.leadTime.count == r.leadTime.count &&
                               f.leadTime.medianSeconds == r.leadTime.medianSeconds;
        }
        out << "  dashboard one-year figures (Web shop) from the daily rollups: " << median(figuresMs)
            << " ms (goal <= 100 ms); baseline, computed from the raw rows: " << median(rawMs) << " ms; ratio "
            << median(figuresMs) / std::max(0.01, median(rawMs)) << "x; same figures: " << (same ? "yes" : "NO")
            << Qt::endl;
        // Baseline: the same year of the same pipeline read by a bare prepared statement, nothing computed.
        QList<double> scanMs;
        qint64 scanned = 0;
        {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(full.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *scan = nullptr;
            sqlite3_prepare_v2(
                db,
                "SELECT id, release_id, attempt, status, queued_at, started_at, completed_at, stage_name "
                "FROM deployments WHERE pipeline_id = 1 AND completed_at >= ?",
                -1, &scan, nullptr);
            for (int round = 0; round < 3; ++round) {
                timer.restart();
                sqlite3_bind_int64(scan, 1, clock.now().addDays(-365).toMSecsSinceEpoch());
                for (scanned = 0; sqlite3_step(scan) == SQLITE_ROW; ++scanned)
                    (void)sqlite3_column_int64(scan, 6);
                sqlite3_reset(scan);
                scanMs << timer.nsecsElapsed() / 1e6;
            }
            sqlite3_finalize(scan);
            sqlite3_close(db);
        }
        out << "  dashboard, one year of the busiest pipeline (Web shop, " << scanned
            << " deployments): " << median(dashboardMs) << " ms (goal <= 500 ms); baseline, the same rows read by a "
            << "bare SQLite query: " << median(scanMs) << " ms; ratio " << median(dashboardMs) / median(scanMs) << "x"
            << Qt::endl;
        // The page as a user opens it: figures, then the table, charts and timeline built on the GUI thread.
        DashboardPage page({services, Identity{QStringLiteral("bench")}});
        page.resize(1400, 900);
        page.show();
        auto *period = page.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
        {
            const QSignalBlocker quiet(period);
            period->setCurrentIndex(period->findData(365));
        }
        QList<double> pageMs;
        for (int round = 0; round < 3; ++round) {
            timer.restart();
            page.showPipeline(1);
            QCoreApplication::processEvents();
            pageMs << timer.nsecsElapsed() / 1e6;
        }
        out << "  the same on the Dashboard page, computed and drawn: " << median(pageMs) << " ms" << Qt::endl;
    }
    QList<double> emptyStart, fullStart;
    double emptyRss = 0, fullRss = 0;
    for (int round = 0; round < 3; ++round) {
        QFile::remove(empty);
        const auto [emptyMs, emptyMb] = firstPaint(binary, empty, dir.filePath(QStringLiteral("home-empty")));
        const auto [fullMs, fullMb] = firstPaint(binary, full, dir.filePath(QStringLiteral("home-full")));
        emptyStart << emptyMs;
        fullStart << fullMs;
        emptyRss = std::max(emptyRss, emptyMb);
        fullRss = std::max(fullRss, fullMb);
    }
    out << "  start to first paint: " << median(fullStart) << " ms on the history, " << median(emptyStart)
        << " ms on an empty database; ratio " << median(fullStart) / std::max(0.01, median(emptyStart))
        << "x (goal <= 1.5x)" << Qt::endl;
    out << "  peak RSS: " << fullRss << " MB on the history, " << emptyRss
        << " MB on an empty database (goal <= 200 MB)" << Qt::endl;
    return 0;
}
