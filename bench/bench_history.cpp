// P2 and P3 (visual history), each with its baseline measured in the same run:
//   bench_history [RELEASES DEPLOYMENTS] [--database FILE|URI [--empty URI]] [--reuse]   (default 100,000 and
//   1,000,000 in a temporary SQLite file; a team database must be empty, and --empty names a second empty one for
//   the first-paint baseline; --reuse measures the history a --database already holds, from demo-data or an
//   earlier run, instead of generating one)
//  - start to first paint (slipway --screenshot) on a 1M-deployment / 100k-release database against an empty
//    one (goal <= 1.5x), with the peak RSS (goal <= 200 MB);
//  - What's where now and the release grid's first page (goals <= 50 ms each);
//  - the dashboard's figures for one year of the busiest pipeline (goal <= 500 ms), and those figures alone from the
//    daily rollups (goal <= 100 ms whatever the history) against their computation from the raw rows;
//  - a timeline replot with 100,000 deployments (goal <= 30 ms) against a plain 100,000-point QCPGraph with
//    adaptive sampling.
#include "core/clock.h"
#include "dashboardpage.h"
#include "qcustomplotinclude.h"
#include "services/metrics.h"
#include "services/services.h"
#include "benchpostgres.h"
#include "store/storefactory.h"
#include "timelineplot.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
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

// Wall time of `slipway --screenshot` (start to first paint, then exit) and its peak RSS, sampled. The
// configuration (XDG_CONFIG_HOME) is the bench's: a team database's key is kept there.
std::pair<double, double> firstPaint(const QString &binary, const QString &database, const QString &dataHome) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
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

void timelineBench(QTextStream &out) {
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
}

// The busiest pipeline's year of finished deployments read by a bare query of the backend's own, nothing computed:
// the rows read and the time taken.
std::pair<qint64, double> bareYearScan(const QString &location, const QDateTime &since) {
    QElapsedTimer timer;
    qint64 rows = 0;
    if (isServerLocation(location)) {
        const QString name = QStringLiteral("bare");
        QSqlDatabase db =
            QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : openBenchConnection(location, name);
        QSqlQuery scan(db);
        scan.setForwardOnly(true);
        timer.start();
        scan.exec(QStringLiteral("SELECT id, release_id, attempt, status, queued_at, started_at, completed_at, "
                                 "stage_name FROM deployments WHERE pipeline_id = 1 AND completed_at >= %1")
                      .arg(since.toMSecsSinceEpoch()));
        for (; scan.next(); ++rows)
            (void)scan.value(6);
        return {rows, timer.nsecsElapsed() / 1e6};
    }
    sqlite3 *db = nullptr;
    sqlite3_open_v2(location.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *scan = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, release_id, attempt, status, queued_at, started_at, completed_at, stage_name "
                       "FROM deployments WHERE pipeline_id = 1 AND completed_at >= ?",
                       -1, &scan, nullptr);
    timer.start();
    sqlite3_bind_int64(scan, 1, since.toMSecsSinceEpoch());
    for (; sqlite3_step(scan) == SQLITE_ROW; ++rows)
        (void)sqlite3_column_int64(scan, 6);
    const double ms = timer.nsecsElapsed() / 1e6;
    sqlite3_finalize(scan);
    sqlite3_close(db);
    return {rows, ms};
}

// The one-year figures alone, from the daily rollups, against the raw-row computation they replace: every finished
// deployment of the year read (DeploymentRepository::facts) and measured (stageMetrics, dailyCounts).
void figuresBench(QTextStream &out, Services &services, Store &store, const QDateTime &now) {
    const QDateTime yearAgo = now.addDays(-365);
    QList<double> figuresMs, rawMs;
    bool same = true;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const Result<PipelineMetrics> figures = services.history.figures(1, yearAgo, now);
        figuresMs << timer.nsecsElapsed() / 1e6;
        if (!figures)
            qFatal("figures failed");
        timer.restart();
        const Result<QList<DeploymentFact>> facts = store.deployments().facts(1, yearAgo);
        if (!facts)
            qFatal("facts failed");
        QHash<QString, QList<DeploymentFact>> byStage;
        for (const DeploymentFact &fact : *facts)
            byStage[fact.stage] << fact;
        QList<StageMetrics> raw;
        for (auto it = byStage.cbegin(); it != byStage.cend(); ++it) {
            raw << stageMetrics(it.key(), it.value(), yearAgo, now);
            (void)dailyCounts(it.value(), yearAgo, now);
        }
        rawMs << timer.nsecsElapsed() / 1e6;
        for (const StageMetrics &r : raw)
            for (const StageMetrics &f : figures->stages)
                if (f.stage == r.stage)
                    same = same && f.successful == r.successful && f.failed == r.failed &&
                           f.leadTime.count == r.leadTime.count && f.leadTime.medianSeconds == r.leadTime.medianSeconds;
    }
    out << "  dashboard one-year figures (Web shop) from the daily rollups: " << median(figuresMs)
        << " ms (goal <= 100 ms); baseline, computed from the raw rows: " << median(rawMs) << " ms; ratio "
        << median(figuresMs) / std::max(0.01, median(rawMs)) << "x; same figures: " << (same ? "yes" : "NO")
        << Qt::endl;
}

// What's where now and the grid's first page of the busiest pipeline (goals <= 50 ms each), against a bare
// primary-key read of one release: what any page costs at the least.
void whereAndGridBench(QTextStream &out, Services &services, Store &store, const QDateTime &now) {
    QList<double> whereMs, gridMs, lookupMs;
    qsizetype whereRows = 0, gridRows = 0;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        timer.start();
        const Result<QList<DeployedRelease>> where = services.history.whatsWhere(now);
        whereMs << timer.nsecsElapsed() / 1e6;
        if (!where)
            qFatal("what's where failed");
        whereRows = where->size();
        timer.restart();
        const Result<QList<ReleaseGridRow>> grid = services.queries.releaseGridSearch(1, {}, 0, false, 100);
        gridMs << timer.nsecsElapsed() / 1e6;
        if (!grid)
            qFatal("grid page failed");
        gridRows = grid->size();
        timer.restart();
        if (!store.releases().release(1))
            qFatal("release lookup failed");
        lookupMs << timer.nsecsElapsed() / 1e6;
    }
    out << "  What's where now (" << whereRows << " pipeline stages): " << median(whereMs)
        << " ms (goal <= 50 ms); first grid page (" << gridRows << " releases with their stages): " << median(gridMs)
        << " ms (goal <= 50 ms); baseline, one release read by id: " << median(lookupMs) << " ms" << Qt::endl;
}

// The dashboard as a user opens it on a year: figures, then the table, charts and timeline built on the GUI thread.
void dashboardBench(QTextStream &out, Services &services, const QString &location, const QDateTime &now) {
    QList<double> dashboardMs;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        if (!services.history.metrics(1, now.addDays(-365), now))
            qFatal("metrics failed");
        dashboardMs << timer.nsecsElapsed() / 1e6;
    }
    QList<double> scanMs;
    qint64 scanned = 0;
    for (int round = 0; round < 3; ++round) {
        const auto [rows, ms] = bareYearScan(location, now.addDays(-365));
        scanned = rows;
        scanMs << ms;
    }
    out << "  dashboard, one year of the busiest pipeline (Web shop, " << scanned
        << " deployments): " << median(dashboardMs) << " ms (goal <= 500 ms); baseline, the same rows read by a "
        << "bare query: " << median(scanMs) << " ms; ratio " << median(dashboardMs) / median(scanMs) << "x" << Qt::endl;
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

void firstPaintBench(QTextStream &out, const QString &full, const QString &empty, const QTemporaryDir &dir) {
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/slipway");
    QList<double> emptyStart, fullStart;
    double emptyRss = 0, fullRss = 0;
    for (int round = 0; round < 3; ++round) {
        if (!isServerLocation(empty))
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
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8()); // keys and settings of the run
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << Qt::fixed << qSetRealNumberPrecision(1);
    QStringList positional;
    bool reuse = false;
    QString full = dir.filePath(QStringLiteral("history.db"));
    QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--database") && i + 1 < args.size())
            full = args.at(++i);
        else if (args.at(i) == QLatin1String("--empty") && i + 1 < args.size())
            empty = args.at(++i);
        else if (args.at(i) == QLatin1String("--reuse"))
            reuse = true;
        else
            positional << args.at(i);
    }
    if (isServerLocation(full) && !isServerLocation(empty))
        qFatal("bench_history: a team database needs --empty URI, a second empty one, for the first-paint baseline");
    const qint64 releases = positional.size() > 0 ? positional.at(0).toLongLong() : 100'000;
    const qint64 deployments = positional.size() > 1 ? positional.at(1).toLongLong() : 1'000'000;

    timelineBench(out); // P3 first: it needs no database
    {
        auto store = openStore(full);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        SystemClock clock;
        Services services(**store, clock);
        if (reuse) {
            out << "P2 (" << displayLocation(full) << ") on the history it holds" << Qt::endl;
        } else {
            QElapsedTimer timer;
            timer.start();
            Result<DemoDataReport> report =
                services.demoData.generate(releases, deployments, Identity{QStringLiteral("bench")});
            if (!report)
                qFatal("%s", qPrintable(report.error().message));
            out << "P2 (" << displayLocation(full) << ") generated " << report->releases << " releases and "
                << report->deployments << " deployments in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        }
        figuresBench(out, services, **store, clock.now());
        whereAndGridBench(out, services, **store, clock.now());
        dashboardBench(out, services, full, clock.now());
    }
    firstPaintBench(out, full, empty, dir);
    return 0;
}
