// The grid the dashboard keeps its durations to (docs/metrics.md#rollups): how much it loses, that it is stable, how
// a day's samples are written and read back (the earlier one-value-per-sample form included), and that a
// distribution over counted samples is the one over the same samples listed.
#include "domain/samplecounts.h"
#include "services/metrics.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace slipway;

class SampleCountsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theGridKeepsRoundDurationsAndLosesAtMostFourPercent() {
        // GIVEN durations a dashboard shows
        // THEN short ones and round minutes and hours are kept as they are
        for (const qint64 s : {0, 1, 59, 119, 120, 600, 1'200, 5'400, 7'200, 14'400, 86'400, 864'000, 36'000 * 30})
            QCOMPARE(quantizeSeconds(s), s);
        QCOMPARE(quantizeSeconds(124), qint64(120));
        QCOMPARE(quantizeSeconds(125), qint64(130));
        QCOMPARE(quantizeSeconds(1'199), qint64(1'200));
        QCOMPARE(quantizeSeconds(-5), qint64(0));
        // AND absurd durations (a damaged row) stop at a bound instead of overflowing
        QCOMPARE(quantizeSeconds(std::numeric_limits<qint64>::max()), quantizeSeconds(qint64(1) << 50));
        // AND any other loses at most 4.2 %, and quantizing again changes nothing
        for (qint64 s = 1; s < 4'000'000; s += 1 + s / 97) {
            const qint64 q = quantizeSeconds(s);
            QVERIFY2(std::abs(double(q - s)) / double(s) <= 0.042, qPrintable(QString::number(s)));
            QCOMPARE(quantizeSeconds(q), q);
        }
    }

    void aDayOfManySamplesStaysAFewHundredPairs() {
        // GIVEN 100,000 lead times spread from a minute to ten days
        SampleCounts counts;
        QRandomGenerator random(7);
        for (int i = 0; i < 100'000; ++i)
            addSample(counts, 60 + random.bounded(864'000));
        // THEN they are counted in at most a few hundred values
        QCOMPARE(sampleCount(counts), qint64(100'000));
        QVERIFY2(counts.size() < 700, qPrintable(QString::number(counts.size())));
    }

    void aHistogramAddsUpTheSameCountsAsTheMap() {
        // GIVEN samples over every band of the grid, absurd ones included (beyond the histogram's array)
        QRandomGenerator random(3);
        SampleCounts expected;
        SampleHistogram histogram;
        SampleCounts day;
        for (int i = 0; i < 20'000; ++i) {
            const qint64 s =
                i % 1'000 == 0 ? qint64(random.bounded(1'000'000)) * 1'000'000 : qint64(random.bounded(3'000'000));
            addSample(expected, s);
            if (i % 2)
                histogram.add(s);
            else
                addSample(day, s);
        }
        histogram.add(day);
        // THEN the histogram's counts are the map's, point for point
        QCOMPARE(histogram.counts(), expected);
        QCOMPARE(SampleHistogram().counts(), SampleCounts());
    }

    void samplesAreWrittenCountedAndReadBack() {
        SampleCounts counts;
        addSample(counts, 3'600, 4);
        addSample(counts, 120);
        addSample(counts, 7'190); // on the grid: 7,200
        QCOMPARE(encodeSampleCounts(counts), QByteArray("120,3600*4,7200"));
        QCOMPARE(decodeSampleCounts("120,3600*4,7200"), counts);
        QCOMPARE(encodeSampleCounts({}), QByteArray());
    }

    void theEarlierFormAndDamagedTextAreRead() {
        // One value per sample, in any order, as rows were written before the grid
        QCOMPARE(encodeSampleCounts(decodeSampleCounts(",7201,120,3600,3600")), QByteArray("120,3600*2,7200"));
        // Damage is read as far as it makes sense, never as a crash or an overflow
        QCOMPARE(encodeSampleCounts(decodeSampleCounts("5*,*3,x,,60*2*9")), QByteArray("3,9,60*2"));
        QVERIFY(decodeSampleCounts("99999999999999999999999999").size() == 1);
    }

    void aDistributionOverCountsIsTheOneOverTheListedSamples() {
        QRandomGenerator random(11);
        for (int round = 0; round < 50; ++round) {
            QList<double> listed;
            SampleCounts counts;
            for (int i = 0, n = 1 + int(random.bounded(40)); i < n; ++i) {
                const qint64 s = random.bounded(200'000);
                listed << double(s);
                addSample(counts, s);
            }
            const Distribution a = distributionOf(listed);
            const Distribution b = distributionOf(counts);
            QCOMPARE(a.count, b.count);
            QCOMPARE(a.medianSeconds, b.medianSeconds);
            QCOMPARE(a.meanSeconds, b.meanSeconds);
            QCOMPARE(a.p90Seconds, b.p90Seconds);
        }
        // Nearest-rank p90 and the middle two's mean for an even count
        const Distribution d = distributionOf(QList<double>{60, 120, 600, 3'600});
        QCOMPARE(d.medianSeconds, 360.0);
        QCOMPARE(d.p90Seconds, 3'600.0);
    }
};

QTEST_GUILESS_MAIN(SampleCountsTest)
#include "tst_samplecounts.moc"
