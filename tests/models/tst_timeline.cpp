// Timeline aggregation: while bars fit they are drawn as they are; zoomed out they are bucketed per row,
// and no bar is lost or counted twice.
#include "timelineaggregation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace slipway;

namespace {

QList<TimelineBar> randomBars(int count, double span, int rows) {
    QRandomGenerator random(11);
    QList<TimelineBar> bars;
    for (int i = 0; i < count; ++i) {
        const double start = random.bounded(span);
        const int roll = int(random.bounded(10));
        bars.append({int(random.bounded(rows)),
                     start,
                     start + 60 + random.bounded(1200.0),
                     roll < 1   ? DeploymentStatus::Failed
                     : roll < 2 ? DeploymentStatus::Canceled
                                : DeploymentStatus::Succeeded,
                     i + 1,
                     i + 1,
                     {}});
    }
    return bars;
}

} // namespace

class TimelineTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fewBarsAreDrawnAsTheyAre() {
        const QList<TimelineBar> bars{{0, 100, 200, DeploymentStatus::Succeeded, 1, 1, {}},
                                      {1, 150, 400, DeploymentStatus::Failed, 2, 2, {}},
                                      {0, 5000, 5100, DeploymentStatus::Succeeded, 3, 3, {}}};
        const TimelineView view = aggregateTimeline(bars, 0, 1000, 800);
        QCOMPARE(view.bucketSeconds, 0.0);
        QCOMPARE(view.spans.size(), 2); // the third is out of view
        QCOMPARE(view.spans[1].single->releaseId, qint64(2));
        QCOMPARE(view.spans[1].failed, 1);
    }

    void zoomedOutBarsAreBucketedAndEveryOneIsCountedOnce() {
        const QList<TimelineBar> bars = randomBars(100'000, 365 * 86400.0, 4);
        const TimelineView view = aggregateTimeline(bars, 0, 365 * 86400.0, 1200);
        QVERIFY(view.bucketSeconds > 0);
        QVERIFY(view.spans.size() <= 4 * 400);
        int succeeded = 0, failed = 0, other = 0;
        for (const TimelineSpan &span : view.spans) {
            succeeded += span.succeeded;
            failed += span.failed;
            other += span.other;
        }
        int rawSucceeded = 0, rawFailed = 0, rawOther = 0;
        for (const TimelineBar &bar : bars)
            (bar.outcome == DeploymentStatus::Succeeded ? rawSucceeded
             : bar.outcome == DeploymentStatus::Failed  ? rawFailed
                                                        : rawOther)++;
        QCOMPARE(succeeded, rawSucceeded);
        QCOMPARE(failed, rawFailed);
        QCOMPARE(other, rawOther);

        // Zooming in on one day lowers the level: smaller buckets, or the bars themselves.
        const TimelineView day = aggregateTimeline(bars, 100 * 86400.0, 101 * 86400.0, 1200);
        QVERIFY(day.bucketSeconds < view.bucketSeconds);
        int inDay = 0;
        for (const TimelineBar &bar : bars)
            inDay += bar.end >= 100 * 86400.0 && bar.start <= 101 * 86400.0;
        int counted = 0;
        for (const TimelineSpan &span : day.spans)
            counted += span.count();
        QCOMPARE(counted, inDay);
    }
};

QTEST_GUILESS_MAIN(TimelineTest)
#include "tst_timeline.moc"
