// The DORA figures of docs/metrics.md on hand-made histories with exact expected values, then the
// history queries (metrics through the store, What's where at a past instant, Compare) on a crafted database.
#include "services/metrics.h"
#include "testenvironment.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

const QDateTime day0(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC); // a Monday

QDateTime at(int day, int hour, int minute = 0) {
    return day0.addDays(day).addSecs(hour * 3600 + minute * 60);
}

DeploymentFact fact(qint64 id, qint64 release, DeploymentStatus status, const QDateTime &completed,
                    const QDateTime &seen = {}, int attempt = 1) {
    DeploymentFact f;
    f.id = id;
    f.releaseId = release;
    f.stage = QStringLiteral("Prod");
    f.attempt = attempt;
    f.status = status;
    f.startedAt = completed.addSecs(-600).toMSecsSinceEpoch();
    f.completedAt = completed.toMSecsSinceEpoch();
    if (seen.isValid())
        f.changeSeenAt = seen.toMSecsSinceEpoch();
    return f;
}

// A deployment as history has it, written straight into the store.
qint64 crafted(TestEnvironment &env, qint64 releaseId, const QString &stage, int attempt, DeploymentStatus status,
               const QDateTime &completed) {
    const QList<ReleaseStageRecord> stages = *env.store->releases().releaseStages(releaseId);
    for (const ReleaseStageRecord &s : stages)
        if (s.name == stage) {
            DeploymentRecord d;
            d.releaseStageId = s.id;
            d.attempt = attempt;
            d.status = status;
            d.operationStatus = OperationStatus::Done;
            d.queuedAt = completed.addSecs(-900);
            d.startedAt = completed.addSecs(-600);
            d.completedAt = completed;
            return *env.store->releases().insertDeployment(d);
        }
    qFatal("no stage %s", qPrintable(stage));
}

ReleaseRecord releaseAt(TestEnvironment &env, const QDateTime &when, const QString &version,
                        const QHash<QString, QString> &variables = {}) {
    env.clock.set(when);
    (void)env.services->artifacts.addPushedVersion(QStringLiteral("Shop"), QStringLiteral("app"), {version, {}, {}, {}},
                                                   Identity{QStringLiteral("ci")});
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Shop");
    request.artifactVersions.insert(QStringLiteral("app"), version);
    request.manualStages = {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        request.variables.insert(it.key(), it.value());
    Result<ReleaseRecord> created = env.services->releases.create(request, Identity{QStringLiteral("alice")});
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    return *created;
}

} // namespace

class MetricsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frequencyCountsSuccessesIncludingPartialAndRedeploys() {
        const QList<DeploymentFact> facts{
            fact(1, 1, DeploymentStatus::Succeeded, at(0, 10)),
            fact(2, 1, DeploymentStatus::Succeeded, at(1, 10), {}, 2), // a redeploy is a deployment
            fact(3, 2, DeploymentStatus::PartiallySucceeded, at(2, 10)),
            fact(4, 3, DeploymentStatus::Failed, at(3, 10)),
            fact(5, 4, DeploymentStatus::Canceled, at(4, 10)),
            fact(6, 5, DeploymentStatus::Interrupted, at(5, 10)),
            fact(7, 6, DeploymentStatus::Succeeded, at(10, 10)), // after the period
        };
        const StageMetrics m = stageMetrics(QStringLiteral("Prod"), facts, day0, day0.addDays(7));
        QCOMPARE(m.successful, 3);
        QCOMPARE(m.failed, 1);
        QCOMPARE(m.counted, 4); // canceled and interrupted are neither
        QCOMPARE(m.perDay, 3.0 / 7.0);
        QCOMPARE(*m.changeFailureRate, 0.25);
    }

    void noCountedDeploymentsMeansNoFailureRate() {
        const StageMetrics m = stageMetrics(QStringLiteral("Prod"), {fact(1, 1, DeploymentStatus::Canceled, at(0, 1))},
                                            day0, day0.addDays(1));
        QVERIFY(!m.changeFailureRate.has_value());
        QCOMPARE(m.perDay, 0.0);
    }

    void leadTimeCountsEachReleasesFirstSuccessOnly() {
        const QList<DeploymentFact> facts{
            fact(1, 1, DeploymentStatus::Failed, at(0, 2), at(0, 0)),             // not delivered: no sample
            fact(2, 1, DeploymentStatus::Succeeded, at(0, 4), at(0, 0)),          // 4 h
            fact(3, 1, DeploymentStatus::Succeeded, at(0, 9), at(0, 0), 3),       // redeploy: no sample
            fact(4, 2, DeploymentStatus::Succeeded, at(1, 1), at(0, 23)),         // 2 h
            fact(5, 3, DeploymentStatus::PartiallySucceeded, at(2, 0), at(1, 0)), // 24 h
        };
        const StageMetrics m = stageMetrics(QStringLiteral("Prod"), facts, day0, day0.addDays(7));
        QCOMPARE(m.leadTime.count, 3);
        QCOMPARE(m.leadTime.medianSeconds, 4 * 3600.0);
        QCOMPARE(m.leadTime.meanSeconds, (4 + 2 + 24) * 3600.0 / 3);
        QCOMPARE(m.leadTime.p90Seconds, 24 * 3600.0);

        // Delivered before the period: its redeploy inside adds no sample either.
        DeploymentFact again = fact(6, 9, DeploymentStatus::Succeeded, at(3, 0), at(0, 0), 2);
        again.deliveredEarlier = true;
        QCOMPARE(stageMetrics(QStringLiteral("Prod"), {again}, day0, day0.addDays(7)).leadTime.count, 0);
    }

    void timeToRestoreRunsFromAStreaksFirstFailureToTheNextSuccess() {
        const QList<DeploymentFact> facts{
            fact(1, 1, DeploymentStatus::Succeeded, at(0, 1)),
            fact(2, 2, DeploymentStatus::Failed, at(0, 2)), // streak starts
            fact(3, 2, DeploymentStatus::Failed, at(0, 3), {}, 2),
            fact(4, 2, DeploymentStatus::Canceled, at(0, 4), {}, 3), // neither ends nor extends it
            fact(5, 3, DeploymentStatus::Succeeded, at(0, 5)),       // restored after 3 h
            fact(6, 4, DeploymentStatus::Failed, at(1, 0)),          // restored after 1 h, by a partial success
            fact(7, 4, DeploymentStatus::PartiallySucceeded, at(1, 1), {}, 2),
            fact(8, 5, DeploymentStatus::Failed, at(6, 23)), // restored only after the period: still counted
            fact(9, 6, DeploymentStatus::Succeeded, at(7, 1)),
        };
        const StageMetrics m = stageMetrics(QStringLiteral("Prod"), facts, day0, day0.addDays(7));
        QCOMPARE(m.timeToRestore.count, 3);
        QCOMPARE(m.timeToRestore.medianSeconds, 2 * 3600.0);
        QCOMPARE(m.unrestored, 0);
        QCOMPARE(m.failed, 4);

        // A failure with no success after it is unrestored; one before the period is not measured.
        const StageMetrics open = stageMetrics(QStringLiteral("Prod"),
                                               {fact(1, 1, DeploymentStatus::Failed, at(-1, 0)),
                                                fact(2, 1, DeploymentStatus::Succeeded, at(0, 5)),
                                                fact(3, 2, DeploymentStatus::Failed, at(1, 0))},
                                               day0, day0.addDays(7));
        QCOMPARE(open.timeToRestore.count, 0);
        QCOMPARE(open.unrestored, 1);
    }

    void historyThroughTheStoreAndWhatsWhereAtAPastInstant() {
        TestEnvironment env(at(0, 0));
        QVERIFY(env.save(threeStagePipeline()).ok());
        const ReleaseRecord r1 = releaseAt(env, at(0, 8), QStringLiteral("1.0"));
        const ReleaseRecord r2 = releaseAt(env, at(1, 8), QStringLiteral("1.1"));
        crafted(env, r1.id, QStringLiteral("Prod"), 1, DeploymentStatus::Succeeded, at(0, 10)); // lead 2 h
        crafted(env, r2.id, QStringLiteral("Prod"), 1, DeploymentStatus::Failed, at(1, 12));
        crafted(env, r2.id, QStringLiteral("Prod"), 2, DeploymentStatus::Succeeded, at(1, 14)); // lead 6 h, restore 2 h
        crafted(env, r1.id, QStringLiteral("Dev"), 1, DeploymentStatus::Succeeded, at(0, 9));
        crafted(env, r2.id, QStringLiteral("Dev"), 1, DeploymentStatus::Succeeded, at(1, 9));

        const PipelineMetrics metrics = *env.services->history.metrics(r1.pipelineId, day0, day0.addDays(7));
        QCOMPARE(metrics.stages.size(), 3);
        QCOMPARE(metrics.stages[2].stage, QStringLiteral("Prod"));
        const StageMetrics &prod = metrics.stages[2];
        QCOMPARE(prod.successful, 2);
        QCOMPARE(*prod.changeFailureRate, 1.0 / 3.0);
        QCOMPARE(prod.leadTime.count, 2);
        QCOMPARE(prod.leadTime.medianSeconds, 4 * 3600.0);
        QCOMPARE(prod.timeToRestore.medianSeconds, 2 * 3600.0);
        QVERIFY(!metrics.stages[1].changeFailureRate.has_value()); // QA never deployed
        QCOMPARE(metrics.daily.value(QStringLiteral("Prod")).at(1).failed, 1);

        // What's where: at 13:00 on day 1 Prod still runs release 1 (release 2 failed at 12:00).
        QList<DeployedRelease> then = *env.services->history.whatsWhere(at(1, 13));
        QCOMPARE(then.size(), 2);
        auto cell = [](const QList<DeployedRelease> &cells, const QString &stage) {
            for (const DeployedRelease &c : cells)
                if (c.stage == stage)
                    return c;
            return DeployedRelease{};
        };
        QCOMPARE(cell(then, QStringLiteral("Prod")).releaseName, r1.name);
        QCOMPARE(cell(then, QStringLiteral("Prod")).artifacts, QStringLiteral("app 1.0"));
        QCOMPARE(cell(then, QStringLiteral("Dev")).releaseName, r2.name);
        const QList<DeployedRelease> now = *env.services->history.whatsWhere(at(2, 0));
        QCOMPARE(cell(now, QStringLiteral("Prod")).releaseName, r2.name);
        QCOMPARE(cell(now, QStringLiteral("Prod")).artifacts, QStringLiteral("app 1.1"));
        QCOMPARE(env.services->history.whatsWhere(at(0, 8)).value().size(), 0); // before anything ran

        // From day 1 on: release 1 had succeeded on Prod before the period, so its redeploy inside is
        // counted as a success but adds no lead time; release 2's first success does (6 h).
        crafted(env, r1.id, QStringLiteral("Prod"), 2, DeploymentStatus::Succeeded, at(1, 16));
        const PipelineMetrics later = *env.services->history.metrics(r1.pipelineId, at(1, 0), day0.addDays(7));
        const StageMetrics &laterProd = later.stages[2];
        QCOMPARE(laterProd.successful, 2);
        QCOMPARE(laterProd.failed, 1);
        QCOMPARE(laterProd.leadTime.count, 1);
        QCOMPARE(laterProd.leadTime.medianSeconds, 6 * 3600.0);
        QCOMPARE(laterProd.timeToRestore.count, 1);
        QCOMPARE(later.deployments.size(), 4); // Prod 3, Dev 1: only what completed from day 1 on
        QCOMPARE(later.daily.value(QStringLiteral("Dev")).first().successful, 1);
    }

    void compareListsArtifactsVariablesAndTheSnapshotDiffWithSecretsMasked() {
        TestEnvironment env(at(0, 0));
        QVERIFY(env.save(threeStagePipeline()).ok());
        const ReleaseRecord r1 = releaseAt(env, at(0, 8), QStringLiteral("1.0"));
        // The pipeline changes: a new secret value and a new variable.
        QByteArray changed = threeStagePipeline();
        changed.replace("hunter22", "hunter23");
        changed.replace("\"region\": \"eu\"", "\"region\": \"eu\", \"zone\": \"b\"");
        QVERIFY(env.save(changed).ok());
        const ReleaseRecord r2 =
            releaseAt(env, at(1, 8), QStringLiteral("1.1"), {{QStringLiteral("level"), QStringLiteral("debug")}});
        const ReleaseComparison c = *env.services->history.compare(r1.id, r2.id);
        auto find = [](const QList<ValueDifference> &list, const QString &name) {
            for (const ValueDifference &d : list)
                if (d.name == name)
                    return d;
            return ValueDifference{};
        };
        const ValueDifference app = find(c.artifacts, QStringLiteral("app"));
        QVERIFY(app.changed);
        QCOMPARE(app.before, QStringLiteral("1.0"));
        QCOMPARE(app.after, QStringLiteral("1.1"));
        QVERIFY(find(c.variables, QStringLiteral("level")).changed);
        QCOMPARE(find(c.variables, QStringLiteral("level")).after, QStringLiteral("debug"));
        const ValueDifference token = find(c.variables, QStringLiteral("token"));
        QVERIFY(token.changed);
        QCOMPARE(token.before, QStringLiteral("***"));
        QCOMPARE(token.after, QStringLiteral("***"));
        QVERIFY(!find(c.variables, QStringLiteral("region")).changed);
        QCOMPARE(find(c.variables, QStringLiteral("zone")).before, QString());
        QVERIFY(find(c.variables, QStringLiteral("zone")).changed);
        QVERIFY2(c.snapshotDiff.contains(QStringLiteral("+ ")) && c.snapshotDiff.contains(QStringLiteral("zone")),
                 qPrintable(c.snapshotDiff));
        QVERIFY(!c.snapshotDiff.contains(QStringLiteral("hunter2"))); // secrets never shown
        QVERIFY(env.services->history.compare(r1.id, r1.id)->snapshotDiff.isEmpty());
        QVERIFY(!env.services->history.compare(r1.id, 999).ok());
    }

    void dailyCountsCoverEveryDayOfThePeriod() {
        const QList<DeploymentFact> facts{
            fact(1, 1, DeploymentStatus::Succeeded, at(0, 10), at(0, 8)),
            fact(2, 2, DeploymentStatus::Failed, at(0, 11)),
            fact(3, 2, DeploymentStatus::Succeeded, at(2, 11), at(2, 5)),
        };
        const QList<DailyCounts> days = dailyCounts(facts, day0, day0.addDays(3));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0].successful, 1);
        QCOMPARE(days[0].failed, 1);
        QCOMPARE(days[0].medianLeadTimeSeconds, 2 * 3600.0);
        QCOMPARE(days[0].meanDurationSeconds, 600.0);
        QCOMPARE(days[1].successful + days[1].failed, 0);
        QCOMPARE(days[2].medianLeadTimeSeconds, 6 * 3600.0);
    }
};

QTEST_GUILESS_MAIN(MetricsTest)
#include "tst_metrics.moc"
