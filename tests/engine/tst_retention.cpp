#include "approvalpipelines.h"

#include <QDir>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;
constexpr qint64 day = 24 * 3600 * 1000;
const Identity alice{QStringLiteral("alice")};

QByteArray retainedPipeline() {
    auto stage = [](const QString &name, const QString &trigger, int days, int minimum) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), trigger}}},
                           {QStringLiteral("tasks"), QJsonArray{delayTask()}},
                           {QStringLiteral("retention"), QJsonObject{{QStringLiteral("daysToKeep"), days},
                                                                     {QStringLiteral("minReleasesToKeep"), minimum}}}};
    };
    return pipelineOf(QStringLiteral("Ret"), {stage(QStringLiteral("Dev"), QStringLiteral("afterRelease"), 10, 2),
                                              stage(QStringLiteral("Prod"), QStringLiteral("manual"), 30, 1)});
}

QHash<QString, RetentionVerdict> byName(const RetentionReport &report) {
    QHash<QString, RetentionVerdict> verdicts;
    for (const RetentionVerdict &v : report.verdicts)
        verdicts.insert(v.release, v);
    return verdicts;
}
} // namespace

class RetentionTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsWhatAnyStageNeedsAndTheDryRunMatchesTheRun() {
        TestEnvironment env;
        QVERIFY(env.save(retainedPipeline()).ok());
        EngineFixture fixture(env);
        QList<qint64> ids;
        // Day 0..4: Release-1..5 each reach Dev; Release-1 also goes to Prod; Release-4 is kept forever.
        for (int i = 0; i < 5; ++i) {
            ids << fixture.createRelease(QStringLiteral("Ret")).id;
            QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(ids.last(), QStringLiteral("Dev")),
                                      QStringLiteral("succeeded"), waitMs);
            if (i == 0) {
                QVERIFY(env.services->deployments.deploy({ids.last(), QStringLiteral("Prod")}, alice));
                QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(ids.last(), QStringLiteral("Prod")),
                                          QStringLiteral("succeeded"), waitMs);
            }
            env.clock.advanceBy(day);
        }
        QVERIFY(env.services->releases.setKeepForever(ids.at(3), true, alice));
        // Release-6 on day 5 never reaches any stage.
        ids << fixture.createRelease(QStringLiteral("Ret"), {QStringLiteral("Dev")}).id;
        env.clock.advanceBy(8 * day); // day 13

        const Result<RetentionReport> dry = env.services->retention.evaluate();
        QVERIFY(dry);
        QHash<QString, RetentionVerdict> verdicts = byName(*dry);
        QCOMPARE(verdicts.size(), 6);
        auto expect = [&](const QString &release, bool remove, const QString &because) {
            const RetentionVerdict v = verdicts.value(release);
            QVERIFY2(v.remove == remove, qPrintable(release + QStringLiteral(": ") + v.reason));
            QVERIFY2(v.reason.contains(because), qPrintable(release + QStringLiteral(": ") + v.reason));
        };
        expect(QStringLiteral("Release-1"), false, QStringLiteral("Prod: among the 1 releases most recently deployed"));
        expect(QStringLiteral("Release-2"), true, QStringLiteral("Dev: deployed 12 days ago (over 10)"));
        expect(QStringLiteral("Release-3"), true, QStringLiteral("Dev: deployed 11 days ago (over 10)"));
        expect(QStringLiteral("Release-4"), false, QStringLiteral("keep forever"));
        expect(QStringLiteral("Release-5"), false, QStringLiteral("Dev: among the 2 releases"));
        expect(QStringLiteral("Release-6"), false,
               QStringLiteral("never deployed; created 8 days ago, within 30 days"));

        // Something to clean up on disk, and logs in the store.
        const qint64 doomedDeployment = fixture.latest(ids.at(1), QStringLiteral("Dev")).id;
        const QString workspace = env.path(QStringLiteral("work/deployment-%1").arg(doomedDeployment));
        QVERIFY(QDir(workspace).exists());
        QVERIFY(!fixture.logOf(doomedDeployment).isEmpty());

        const Result<RetentionReport> real = env.services->retention.run(env.path(QStringLiteral("work")), alice);
        QVERIFY(real);
        QCOMPARE(real->verdicts.size(), dry->verdicts.size());
        for (qsizetype i = 0; i < dry->verdicts.size(); ++i) { // the dry run is exactly what happened
            QCOMPARE(real->verdicts.at(i).releaseId, dry->verdicts.at(i).releaseId);
            QCOMPARE(real->verdicts.at(i).remove, dry->verdicts.at(i).remove);
            QCOMPARE(real->verdicts.at(i).reason, dry->verdicts.at(i).reason);
        }
        QCOMPARE(real->removed(), 2);
        for (int i : {1, 2}) {
            const Result<ReleaseDetails> gone = env.services->releases.details(ids.at(i));
            QVERIFY(!gone && gone.error().kind == ErrorKind::NotFound);
        }
        for (int i : {0, 3, 4, 5})
            QVERIFY(env.services->releases.details(ids.at(i)));
        QVERIFY(!QDir(workspace).exists());
        QVERIFY(env.services->deployments.logLines(doomedDeployment, 0)->isEmpty());
        // The audit trail keeps the deleted release's history, and the chain still holds.
        const Result<QList<AuditEventRecord>> events = env.store->audit().events(QStringLiteral("release"), ids.at(1));
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const AuditEventRecord &e) { return e.action == QLatin1String("release.created"); }));
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const AuditEventRecord &e) { return e.action == QLatin1String("release.deleted"); }));
        QVERIFY(env.store->audit().verifyChain()->intact);

        // Much later the never-deployed release goes too, and the minimum per stage still holds.
        env.clock.advanceBy(40 * day);
        verdicts = byName(*env.services->retention.evaluate());
        expect(QStringLiteral("Release-6"), true, QStringLiteral("never deployed"));
        expect(QStringLiteral("Release-1"), false, QStringLiteral("Prod: among"));
        expect(QStringLiteral("Release-5"), false, QStringLiteral("Dev: among"));
        expect(QStringLiteral("Release-4"), false, QStringLiteral("keep forever"));
    }

    void aReleaseWithADeploymentUnderWayStays() {
        TestEnvironment env;
        QVERIFY(env.save(retainedPipeline()).ok());
        const qint64 id = [&] {
            CreateReleaseRequest request;
            request.pipeline = QStringLiteral("Ret");
            return env.services->releases.create(request, alice)->id; // no engine: Dev stays queued
        }();
        env.clock.advanceBy(100 * day);
        const RetentionVerdict verdict = byName(*env.services->retention.evaluate()).value(QStringLiteral("Release-1"));
        QCOMPARE(verdict.releaseId, id);
        QVERIFY(!verdict.remove);
        QVERIFY2(verdict.reason.contains(QStringLiteral("under way")), qPrintable(verdict.reason));
    }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "tst_retention.moc"
