// The history pages clicked through: the timeline's aggregation follows the zoom, a click on a bar opens
// its release, the dashboard's CSV holds the values shown, What's where at a past instant.
#include "comparedialog.h"
#include "dashboardpage.h"
#include "store/storefactory.h"
#include "enginefixture.h"
#include "testenvironment.h"
#include "timelineplot.h"
#include "whatswherepage.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <qcustomplotinclude.h>

using namespace slipway;
using namespace slipway::testing;

class HistoryTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zoomChangesTheAggregationAndAClickOpensTheRelease() {
        QList<TimelineBar> bars;
        QRandomGenerator random(3);
        const double year = 365 * 86400.0;
        for (int i = 0; i < 20000; ++i) {
            const double start = 1.7e9 + random.bounded(year);
            bars.append({int(random.bounded(3)), start, start + 600, DeploymentStatus::Succeeded, 1000 + i, i, {}});
        }
        TimelinePlot timeline;
        timeline.resize(900, 300);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        timeline.setBars(bars, {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")});
        const double yearLevel = timeline.aggregationSeconds();
        QVERIFY(yearLevel > 0);

        // Zoomed to two hours around one bar: drawn as they are.
        const TimelineBar &target = bars[123];
        timeline.zoomTo(target.start - 3600, target.start + 3600);
        QCOMPARE(timeline.aggregationSeconds(), 0.0);
        const auto found =
            std::find_if(timeline.shown().spans.cbegin(), timeline.shown().spans.cend(),
                         [&](const TimelineSpan &s) { return s.single && s.single->releaseId == target.releaseId; });
        QVERIFY(found != timeline.shown().spans.cend());
        QSignalSpy opened(&timeline, &TimelinePlot::releaseClicked);
        QTest::mouseClick(timeline.plot(), Qt::LeftButton, {},
                          timeline.plot()->mapFrom(&timeline, timeline.centreOf(*found)));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), target.releaseId);

        // A wheel step zooms out on the timer: the level rises again.
        timeline.zoomTo(1.7e9, 1.7e9 + year / 4);
        QVERIFY(timeline.aggregationSeconds() > 0);
        QVERIFY(timeline.aggregationSeconds() < yearLevel);
    }

    void theDashboardsCsvHoldsRawNumbersOfTheValuesShown() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(60, 400, Identity{QStringLiteral("lead")}).ok());
        DashboardPage page({*env.services, Identity{QStringLiteral("lead")}});
        page.resize(1100, 800);
        page.show();
        page.showPipeline(1);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("dashboardMetrics"));
        QVERIFY(table->rowCount() == 4);
        const QString path = env.path(QStringLiteral("metrics.csv"));
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("stage,deployments,per_day,lead_time_median_seconds,change_failure_rate,"
                                               "time_to_restore_median_seconds,unrestored"));
        // Numbers a spreadsheet can sum (B40): seconds and ratios, whose display is what the table shows.
        for (int row = 0; row < table->rowCount(); ++row) {
            const QStringList cells = lines.at(row + 1).split(QLatin1Char(','));
            QCOMPARE(cells.size(), table->columnCount());
            QCOMPARE(cells.at(0), table->item(row, 0)->text());
            QCOMPARE(cells.at(1), table->item(row, 1)->text());
            bool number = false;
            QCOMPARE(QString::number(cells.at(2).toDouble(&number), 'f', 2), table->item(row, 2)->text());
            QVERIFY(number);
            if (!cells.at(3).isEmpty()) {
                QCOMPARE(humanDuration(cells.at(3).toDouble(&number)), table->item(row, 3)->text());
                QVERIFY2(number, qPrintable(cells.at(3)));
            }
            if (!cells.at(4).isEmpty()) {
                const double ratio = cells.at(4).toDouble(&number);
                QVERIFY2(number && ratio >= 0 && ratio <= 1, qPrintable(cells.at(4)));
                QCOMPARE(QStringLiteral("%1 %").arg(ratio * 100, 0, 'f', 1), table->item(row, 4)->text());
            }
        }
        // The daily series of the chosen stage follows: one line per UTC day the 30 days touch (noon to noon: 31).
        int daily = 0;
        for (const QString &line : lines)
            daily += line.startsWith(QStringLiteral("2026-"));
        QCOMPARE(daily, 31);
        // The bars of the frequency chart are the daily counts.
        auto *chart = page.findChild<QCustomPlot *>(QStringLiteral("dashboardFrequency"));
        auto *succeeded = qobject_cast<QCPBars *>(chart->plottable(0));
        double total = 0;
        for (auto it = succeeded->data()->constBegin(); it != succeeded->data()->constEnd(); ++it)
            total += it->value;
        QCOMPARE(int(total), table->item(table->rowCount() - 1, 1)->text().toInt());
    }

    void theDashboardsChartsAndBoxesReadClearly() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(60, 400, Identity{QStringLiteral("lead")}).ok());
        DashboardPage page({*env.services, Identity{QStringLiteral("lead")}});
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showPipeline(1);
        for (const char *name : {"dashboardFrequency", "dashboardTrends"}) {
            auto *chart = page.findChild<QCustomPlot *>(QString::fromLatin1(name));
            chart->replot();
            // The legend sits outside the plotted area (B40).
            QVERIFY(!chart->axisRect()->rect().intersects(chart->legend->outerRect()));
            // One unit per axis: each line's unit is its axis's.
            for (int i = 0; i < chart->graphCount(); ++i) {
                const QCPGraph *graph = chart->graph(i);
                const QString unit = graph->name().mid(graph->name().lastIndexOf(QLatin1Char('(')));
                QVERIFY2(unit.endsWith(QLatin1Char(')')), qPrintable(graph->name()));
                QVERIFY2(graph->valueAxis()->label().endsWith(unit), qPrintable(graph->valueAxis()->label()));
            }
        }
        // "Last 30 days", not "day(s)"; the three boxes are labelled.
        auto *period = page.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
        QCOMPARE(period->currentText(), QStringLiteral("Last 30 days"));
        for (const char *name : {"dashboardPipeline", "dashboardPeriod", "dashboardStage"}) {
            auto *label = page.findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Label"));
            QVERIFY(label && label->isVisible());
            QCOMPARE(label->buddy(), page.findChild<QComboBox *>(QString::fromLatin1(name)));
        }
        // Picking another pipeline there tells the window, which moves its tree selection.
        QSignalSpy chosen(&page, &DashboardPage::pipelineChosen);
        auto *pipeline = page.findChild<QComboBox *>(QStringLiteral("dashboardPipeline"));
        QVERIFY(pipeline->count() > 1);
        pipeline->setFocus();
        const int before = pipeline->currentIndex();
        QTest::keyClick(pipeline, before + 1 < pipeline->count() ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(pipeline->currentIndex() != before);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), pipeline->currentData().toLongLong());
        page.showPipeline(1); // the window choosing: no echo
        QCOMPARE(chosen.count(), 1);
    }

    void theDashboardComputesOffTheWindowsThread() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(60, 400, Identity{QStringLiteral("lead")}).ok());
        const QString database = env.location();
        QThread *gui = QThread::currentThread();
        std::atomic<bool> offThread = false;
        MetricsSource source = [&](qint64 pipelineId, const QDateTime &from, const QDateTime &to, MetricsPart part) {
            return QtConcurrent::run([&, pipelineId, from, to, part]() -> Result<PipelineMetrics> {
                offThread = QThread::currentThread() != gui;
                auto store = openStore(database);
                if (!store)
                    return store.error();
                ManualClock clock(to);
                Services services(**store, clock);
                return part == MetricsPart::Figures ? services.history.figures(pipelineId, from, to)
                                                    : services.history.timeline(pipelineId, from, to);
            });
        };
        DashboardPage page({*env.services, Identity{QStringLiteral("lead")}}, source);
        page.show();
        page.showPipeline(1);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("dashboardMetrics"));
        QTRY_COMPARE(table->rowCount(), 4);
        QVERIFY(offThread);
        // The same figures as computed on the spot.
        DashboardPage direct({*env.services, Identity{QStringLiteral("lead")}});
        direct.showPipeline(1);
        QCOMPARE(page.csv(), direct.csv());
    }

    void theFiguresDoNotWaitForTheTimelinesBars() {
        // GIVEN a dashboard whose timeline's bars take their time (a year of a large history)
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(30, 200, Identity{QStringLiteral("lead")}).ok());
        QPromise<Result<PipelineMetrics>> bars;
        QDateTime barsFrom, barsTo;
        MetricsSource source = [&](qint64 pipelineId, const QDateTime &from, const QDateTime &to, MetricsPart part) {
            if (part == MetricsPart::Figures)
                return QtFuture::makeReadyFuture(env.services->history.figures(pipelineId, from, to));
            barsFrom = from;
            barsTo = to;
            return bars.future();
        };
        DashboardPage page({*env.services, Identity{QStringLiteral("lead")}}, source);
        page.show();
        // WHEN it opens a pipeline
        page.showPipeline(1);
        // THEN the figures are there at once, and the timeline says it is still loading
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("dashboardMetrics"))->rowCount(), 4);
        auto *loading = page.findChild<QLabel *>(QStringLiteral("dashboardTimelineStatus"));
        QVERIFY(loading->isVisible());
        QVERIFY2(loading->text().contains(QStringLiteral("Loading")), qPrintable(loading->text()));
        page.timeline()->refreshNow();
        QVERIFY(page.timeline()->shown().spans.isEmpty());
        // WHEN the bars come, THEN they are drawn and the note goes
        bars.start();
        bars.addResult(env.services->history.timeline(1, barsFrom, barsTo));
        bars.finish();
        QTRY_VERIFY(!loading->isVisible());
        page.timeline()->refreshNow();
        QVERIFY(!page.timeline()->shown().spans.isEmpty());
    }

    void compareShowsTheArtifactThatChanged() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(10, 20, Identity{QStringLiteral("lead")}).ok());
        CompareDialog dialog({*env.services, Identity{QStringLiteral("lead")}}, 2);
        dialog.show();
        auto *other = dialog.findChild<QComboBox *>(QStringLiteral("compareOther"));
        QVERIFY(other->count() >= 1);
        dialog.compareWith(1);
        auto *artifacts = dialog.findChild<QTableWidget *>(QStringLiteral("compareArtifacts"));
        QCOMPARE(artifacts->rowCount(), 1);
        QCOMPARE(artifacts->item(0, 0)->text(), QStringLiteral("app"));
        QVERIFY(artifacts->item(0, 1)->text() != artifacts->item(0, 2)->text());
        QVERIFY(artifacts->item(0, 0)->font().bold()); // marked as changed
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("compareSnapshotDiff"))
                    ->toPlainText()
                    .contains(QStringLiteral("same pipeline revision")));
    }

    void whatsWhereTellsNoSuchStageFromNeverDeployed() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("Shop"))).ok());
        QByteArray small = threeStagePipeline(QStringLiteral("Tools"));
        small.replace("\"name\": \"Prod\"", "\"name\": \"Live\"");
        QVERIFY(env.save(small).ok());
        WhatsWherePage page({*env.services, Identity{QStringLiteral("lead")}});
        page.show();
        auto *matrix = page.findChild<QTableWidget *>(QStringLiteral("whatsWhereMatrix"));
        const auto cell = [&](const QString &pipeline, const QString &stage) -> QTableWidgetItem * {
            for (int row = 0; row < matrix->rowCount(); ++row)
                for (int column = 0; column < matrix->columnCount(); ++column)
                    if (matrix->verticalHeaderItem(row)->text() == pipeline &&
                        matrix->horizontalHeaderItem(column)->text() == stage)
                        return matrix->item(row, column);
            return nullptr;
        };
        QVERIFY(cell(QStringLiteral("Shop"), QStringLiteral("Prod")));
        QCOMPARE(cell(QStringLiteral("Shop"), QStringLiteral("Prod"))->text(), QStringLiteral("Never deployed"));
        QCOMPARE(cell(QStringLiteral("Shop"), QStringLiteral("Live"))->text(), QStringLiteral("No such stage"));
        QCOMPARE(cell(QStringLiteral("Tools"), QStringLiteral("Prod"))->text(), QStringLiteral("No such stage"));
        QCOMPARE(cell(QStringLiteral("Tools"), QStringLiteral("Live"))->text(), QStringLiteral("Never deployed"));
        QVERIFY(cell(QStringLiteral("Tools"), QStringLiteral("Prod"))
                    ->toolTip()
                    .contains(QStringLiteral("Tools has no stage Prod")));
    }

    void whatsWhereShowsAPastInstant() {
        TestEnvironment env(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(env.services->demoData.generate(30, 200, Identity{QStringLiteral("lead")}).ok());
        WhatsWherePage page({*env.services, Identity{QStringLiteral("lead")}});
        page.show();
        auto *matrix = page.findChild<QTableWidget *>(QStringLiteral("whatsWhereMatrix"));
        QCOMPARE(matrix->rowCount(), 3);
        const QList<DeployedRelease> then = *env.services->history.whatsWhere(env.clock.now().addDays(-100));
        QVERIFY(!then.isEmpty());
        page.findChild<QDateTimeEdit *>(QStringLiteral("whatsWhereAt"))
            ->setDateTime(env.clock.now().addDays(-100).toLocalTime());
        int shown = 0;
        for (int row = 0; row < matrix->rowCount(); ++row)
            for (int column = 0; column < matrix->columnCount(); ++column) {
                const QTableWidgetItem *item = matrix->item(row, column);
                QVERIFY(item); // every cell says something
                if (!item->data(Qt::UserRole).toLongLong())
                    continue;
                ++shown;
                const auto cell = std::find_if(then.cbegin(), then.cend(), [&](const DeployedRelease &d) {
                    return d.releaseId == item->data(Qt::UserRole).toLongLong() &&
                           d.stage == matrix->horizontalHeaderItem(column)->text();
                });
                QVERIFY(cell != then.cend());
                QVERIFY(item->text().startsWith(cell->releaseName));
                // When and by whom (deliverable 10).
                QVERIFY2(item->text().contains(QStringLiteral(" by %1").arg(cell->requestedBy)),
                         qPrintable(item->text()));
                QVERIFY(!cell->requestedBy.isEmpty());
                QVERIFY(
                    item->text().contains(QLocale().toString(cell->completedAt.toLocalTime(), QLocale::ShortFormat)));
            }
        QCOMPARE(shown, int(then.size()));
    }
};

QTEST_MAIN(HistoryTest)
#include "tst_history.moc"
