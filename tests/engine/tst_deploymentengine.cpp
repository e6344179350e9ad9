#include "enginefixture.h"

#include <QFile>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const Identity bob{QStringLiteral("bob")};
constexpr int waitMs = 20000;
} // namespace

class DeploymentEngineTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aReleaseFlowsThroughItsStagesByTrigger() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("Web"),
                             {stageJson(QStringLiteral("Dev"), afterRelease,
                                        script(QStringLiteral("Say"),
                                               QStringLiteral(
                                                   "echo hello $(Release.EnvironmentName) from $RELEASE_RELEASENAME"))),
                              stageJson(QStringLiteral("QA"), after(QStringLiteral("\"Dev\"")),
                                        script(QStringLiteral("Say"), QStringLiteral("echo qa"))),
                              stageJson(QStringLiteral("Prod"), after(QStringLiteral("\"QA\"")),
                                        script(QStringLiteral("Say"), QStringLiteral("echo prod")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        const DeploymentRecord dev = fixture.latest(release.id, QStringLiteral("Dev"));
        QCOMPARE(toString(dev.reason), QStringLiteral("automated"));
        QVERIFY2(fixture.logOf(dev.id).contains(QStringLiteral("hello Dev from Release-1")),
                 qPrintable(fixture.logOf(dev.id)));
        QCOMPARE(fixture.taskSummary(dev.id), QStringList{QStringLiteral("Say:succeeded")});
    }

    void deployingOnlyAsFarAsQaLeavesProdNotStarted() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("Web"),
                                      {stageJson(QStringLiteral("Dev"), afterRelease,
                                                 script(QStringLiteral("t"), QStringLiteral("true"))),
                                       stageJson(QStringLiteral("QA"), after(QStringLiteral("\"Dev\"")),
                                                 script(QStringLiteral("t"), QStringLiteral("true"))),
                                       stageJson(QStringLiteral("Prod"), after(QStringLiteral("\"QA\"")),
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web"), {QStringLiteral("Prod")});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("QA")), QStringLiteral("succeeded"),
                                  waitMs);
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Prod")), QStringLiteral("notStarted"));
        QVERIFY(fixture.stage(release.id, QStringLiteral("Prod")).deployments.isEmpty());
    }

    void aJoinWaitsForEveryStageAndHonoursPartialSuccess_data() {
        QTest::addColumn<bool>("onPartialSuccess");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partial does not count") << false << QStringLiteral("notStarted");
        QTest::newRow("partial counts") << true << QStringLiteral("succeeded");
    }

    void aJoinWaitsForEveryStageAndHonoursPartialSuccess() {
        QFETCH(bool, onPartialSuccess);
        QFETCH(QString, expected);
        TestEnvironment env;
        const QString flaky =
            script(QStringLiteral("flaky"), QStringLiteral("exit 3"), QStringLiteral("\"continueOnError\":true"));
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("Join"),
                             {stageJson(QStringLiteral("A"), afterRelease,
                                        script(QStringLiteral("t"), QStringLiteral("sleep 0.3"))),
                              stageJson(QStringLiteral("B"), afterRelease, flaky),
                              stageJson(QStringLiteral("C"), after(QStringLiteral("\"A\",\"B\""), onPartialSuccess),
                                        script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Join"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("A")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("B")),
                                  QStringLiteral("partiallySucceeded"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("C")), expected, waitMs);
    }

    void aManualStageRunsOnlyWhenDeployed() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("M"),
                                      {stageJson(QStringLiteral("Ops"), manualTrigger,
                                                 script(QStringLiteral("t"), QStringLiteral("echo ran")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("M"));
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("notStarted"));
        Result<DeploymentRecord> deployed =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob);
        QVERIFY(deployed.ok());
        QCOMPARE(toString(deployed->reason), QStringLiteral("manual"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("succeeded"),
                                  waitMs);

        // Redeploy: a new attempt from the same snapshot.
        Result<DeploymentRecord> again =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob);
        QVERIFY(again.ok());
        QCOMPARE(again->attempt, 2);
        QCOMPARE(toString(again->reason), QStringLiteral("redeploy"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Ops")).status),
                                  QStringLiteral("succeeded"), waitMs);
        QCOMPARE(fixture.stage(release.id, QStringLiteral("Ops")).deployments.size(), 2);
    }

    void artifactFiltersDecideWhetherATriggerFires() {
        TestEnvironment env;
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("F"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("t"), QStringLiteral("true")),
                                             QStringLiteral("\"artifactFilters\":[{\"alias\":\"app\",\"branches\":{"
                                                            "\"include\":[\"main\",\"release/*\"],"
                                                            "\"exclude\":[\"release/old*\"]},\"tags\":[\"green\"]}]"))},
                                  QStringLiteral("\"artifacts\":[{\"alias\":\"app\",\"type\":\"push\"}]")))
                .ok());
        EngineFixture fixture(env);
        const struct {
            const char *version, *branch, *tag;
            const char *expected;
        } cases[] = {{"1", "main", "green", "succeeded"},
                     {"2", "feature/x", "green", "notStarted"},
                     {"3", "release/2.0", "green", "succeeded"},
                     {"4", "release/old-1", "green", "notStarted"},
                     {"5", "main", "red", "notStarted"}};
        for (const auto &c : cases) {
            QVERIFY(env.services->artifacts
                        .addPushedVersion(QStringLiteral("F"), QStringLiteral("app"),
                                          {QString::fromLatin1(c.version),
                                           QString::fromLatin1(c.branch),
                                           {QString::fromLatin1(c.tag)},
                                           {}},
                                          bob)
                        .ok());
            const ReleaseRecord release = fixture.createRelease(QStringLiteral("F"));
            if (QLatin1String(c.expected) == QLatin1String("succeeded"))
                QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")),
                                          QStringLiteral("succeeded"), waitMs);
            else
                QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("notStarted"));
        }
    }
};

QTEST_GUILESS_MAIN(DeploymentEngineTest)
#include "tst_deploymentengine.moc"
