#include "enginefixture.h"
#include "tinyhttpserver.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;

// A one-stage pipeline "T" whose Dev stage runs `tasks` after release.
QByteArray oneStage(const QString &tasks, const QString &extra = {}) {
    return pipelineJson(QStringLiteral("T"), {stageJson(QStringLiteral("Dev"), afterRelease, tasks)}, extra);
}

QString task(const QString &json) {
    return json;
}
} // namespace

class TaskTest final : public QObject {
    Q_OBJECT

    // Runs pipeline T once and waits for the Dev stage to finish; returns its deployment.
    DeploymentRecord runOnce(TestEnvironment &env, EngineFixture &fixture, qint64 *releaseId = nullptr) {
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        if (releaseId)
            *releaseId = release.id;
        const bool done = QTest::qWaitFor(
            [&] { return fixture.latest(release.id, QStringLiteral("Dev")).operationStatus == OperationStatus::Done; },
            waitMs);
        if (!done)
            qWarning("deployment of release %lld did not finish in time", release.id);
        Q_UNUSED(env);
        return fixture.latest(release.id, QStringLiteral("Dev"));
    }

private Q_SLOTS:
    void aFailingScriptFailsTheDeploymentAndStopsTheChain() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("T"),
                                      {stageJson(QStringLiteral("Dev"), afterRelease,
                                                 script(QStringLiteral("boom"), QStringLiteral("echo going; exit 7"))),
                                       stageJson(QStringLiteral("QA"), after(QStringLiteral("\"Dev\"")),
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        qint64 releaseId = 0;
        const DeploymentRecord dev = runOnce(env, fixture, &releaseId);
        QCOMPARE(toString(dev.status), QStringLiteral("failed"));
        QCOMPARE(fixture.stageStatus(releaseId, QStringLiteral("Dev")), QStringLiteral("failed"));
        const QList<TaskRunRecord> runs = *env.services->deployments.taskRuns(dev.id);
        QCOMPARE(runs.last().exitCode, std::optional<int>(7));
        QCOMPARE(runs.last().message, QStringLiteral("exit code 7"));
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(releaseId, QStringLiteral("QA")), QStringLiteral("notStarted"));
    }

    void conditionsContinueOnErrorAndDisabledTasks() {
        TestEnvironment env;
        const QStringList tasks{
            script(QStringLiteral("soft"), QStringLiteral("exit 1"), QStringLiteral("\"continueOnError\":true")),
            script(QStringLiteral("off"), QStringLiteral("echo never"), QStringLiteral("\"enabled\":false")),
            script(QStringLiteral("hard"), QStringLiteral("exit 2")),
            script(QStringLiteral("next"), QStringLiteral("echo skipped")),
            script(QStringLiteral("cleanup"), QStringLiteral("echo always"),
                   QStringLiteral("\"condition\":\"always\"")),
            script(QStringLiteral("onFailure"), QStringLiteral("echo failed"),
                   QStringLiteral("\"condition\":\"failed\""))};
        QVERIFY(env.save(oneStage(tasks.join(QLatin1Char(',')))).ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("failed"));
        QCOMPARE(fixture.taskSummary(dev.id),
                 (QStringList{QStringLiteral("soft:failed"), QStringLiteral("off:skipped"),
                              QStringLiteral("hard:failed"), QStringLiteral("next:skipped"),
                              QStringLiteral("cleanup:succeeded"), QStringLiteral("onFailure:succeeded")}));
        QVERIFY(!fixture.logOf(dev.id).contains(QStringLiteral("never")));
    }

    void continueOnErrorGivesPartialSuccess() {
        TestEnvironment env;
        QVERIFY(env.save(oneStage(script(QStringLiteral("soft"), QStringLiteral("exit 1"),
                                         QStringLiteral("\"continueOnError\":true")) +
                                  QLatin1Char(',') + script(QStringLiteral("ok"), QStringLiteral("true"))))
                    .ok());
        EngineFixture fixture(env);
        QCOMPARE(toString(runOnce(env, fixture).status), QStringLiteral("partiallySucceeded"));
    }

    void commandTasksTakeArgumentsWithoutAShell() {
        TestEnvironment env;
        QVERIFY(env.save(oneStage(task(QStringLiteral(
                             "{\"name\":\"print\",\"type\":\"command\",\"program\":\"printf\","
                             "\"arguments\":[\"%s|%s\\\\n\",\"$(Release.EnvironmentName)\",\"two words; $HOME\"]}"))))
                    .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        QVERIFY2(fixture.logOf(dev.id).contains(QStringLiteral("Dev|two words; $HOME")),
                 qPrintable(fixture.logOf(dev.id)));
    }

    void aMissingProgramFailsWithItsName() {
        TestEnvironment env;
        QVERIFY(
            env.save(oneStage(QStringLiteral("{\"name\":\"x\",\"type\":\"command\",\"program\":\"/no/such/tool\"}")))
                .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("failed"));
        QVERIFY(env.services->deployments.taskRuns(dev.id)->last().message.contains(QStringLiteral("/no/such/tool")));
    }

    void aDelayWaitsForTheClock() {
        TestEnvironment env;
        QVERIFY(
            env.save(oneStage(QStringLiteral("{\"name\":\"pause\",\"type\":\"delay\",\"duration\":\"10m\"}"))).ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  waitMs);
        QTest::qWait(50);
        env.clock.advanceBy(9 * 60 * 1000);
        QTest::qWait(50);
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("inProgress"));
        env.clock.advanceBy(60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
    }

    void aTaskTimesOutOnTheClock() {
        TestEnvironment env;
        QVERIFY(env.save(oneStage(script(QStringLiteral("slow"), QStringLiteral("sleep 60"),
                                         QStringLiteral("\"timeout\":\"1m\""))))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        QTRY_VERIFY_WITH_TIMEOUT(fixture.taskSummary(fixture.latest(release.id, QStringLiteral("Dev")).id) ==
                                     QStringList{QStringLiteral("slow:inProgress")},
                                 waitMs);
        env.clock.advanceBy(61 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("failed"),
                                  waitMs);
        const DeploymentRecord dev = fixture.latest(release.id, QStringLiteral("Dev"));
        QCOMPARE(env.services->deployments.taskRuns(dev.id)->last().message, QStringLiteral("timed out after 1m"));
    }

    void copyFilesCopiesTheArtifactByPattern() {
        TestEnvironment env;
        const QString drops = env.path(QStringLiteral("drops"));
        QVERIFY(QDir().mkpath(drops + QStringLiteral("/2.0/site/css")));
        for (const char *file : {"/2.0/site/index.html", "/2.0/site/css/app.css", "/2.0/notes.txt"}) {
            QFile out(drops + QString::fromLatin1(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("x");
        }
        const QString target = env.path(QStringLiteral("www"));
        QVERIFY(env.save(oneStage(
                             QStringLiteral("{\"name\":\"copy\",\"type\":\"copyFiles\",\"from\":\"artifacts/web/site\","
                                            "\"pattern\":\"**/*.*\",\"to\":\"%1\"}")
                                 .arg(target),
                             QStringLiteral("\"artifacts\":[{\"alias\":\"web\",\"type\":\"folder\",\"path\":\"%1\"}]")
                                 .arg(drops)))
                    .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        QVERIFY2(QFile::exists(target + QStringLiteral("/index.html")), qPrintable(fixture.logOf(dev.id)));
        QVERIFY(QFile::exists(target + QStringLiteral("/css/app.css")));
        QVERIFY(!QFile::exists(target + QStringLiteral("/notes.txt")));
    }

    void copyFilesFailsOnAMissingFolder() {
        TestEnvironment env;
        QVERIFY(env.save(oneStage(QStringLiteral("{\"name\":\"copy\",\"type\":\"copyFiles\",\"from\":\"nowhere\","
                                                 "\"to\":\"out\"}")))
                    .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("failed"));
        QVERIFY(env.services->deployments.taskRuns(dev.id)->last().message.contains(QStringLiteral("does not exist")));
    }

    void httpRequestChecksStatusAndJson_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("green") << 200 << QByteArray(R"({"status":{"color":"green"}})") << QStringLiteral("succeeded");
        QTest::newRow("red") << 200 << QByteArray(R"({"status":{"color":"red"}})") << QStringLiteral("failed");
        QTest::newRow("server error") << 503 << QByteArray(R"({"status":{"color":"green"}})")
                                      << QStringLiteral("failed");
    }

    void httpRequestChecksStatusAndJson() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        TinyHttpServer server;
        server.status = status;
        server.body = body;
        TestEnvironment env;
        QVERIFY(
            env.save(oneStage(QStringLiteral(
                                  "{\"name\":\"probe\",\"type\":\"httpRequest\",\"url\":\"%1\","
                                  "\"headers\":{\"X-Stage\":\"$(Release.EnvironmentName)\"},"
                                  "\"successStatus\":\"200-299\",\"jsonPath\":\"status.color\",\"equals\":\"green\"}")
                                  .arg(server.url(QStringLiteral("/health")))))
                .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), expected);
        QCOMPARE(server.requests, 1);
        QVERIFY(server.lastRequest.startsWith("GET /health"));
        QVERIFY(server.lastRequest.contains("X-Stage: Dev"));
    }

    void variablesGivenWithADeploymentOverrideTheReleasesForThatAttemptOnly() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("T"),
                             {stageJson(QStringLiteral("Dev"), QStringLiteral("{\"type\":\"manual\"}"),
                                        script(QStringLiteral("show"), QStringLiteral("echo \"level=$(level)\"")))},
                             QStringLiteral("\"variables\":{\"level\":{\"value\":\"info\",\"settableAtRelease\":"
                                            "true},\"fixed\":\"x\"}")))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        const Identity alice{QStringLiteral("alice")};
        DeployRequest refused{release.id, QStringLiteral("Dev"), {}, {}};
        refused.variables.insert(QStringLiteral("fixed"), QStringLiteral("y"));
        const Result<DeploymentRecord> notSettable = env.services->deployments.deploy(refused, alice);
        QVERIFY(!notSettable);
        QVERIFY(notSettable.error().message.contains(QStringLiteral("settableAtRelease")));

        DeployRequest request{release.id, QStringLiteral("Dev"), {}, {}};
        request.variables.insert(QStringLiteral("level"), QStringLiteral("debug"));
        const Result<DeploymentRecord> first = env.services->deployments.deploy(request, alice);
        QVERIFY(first);
        QVERIFY(QTest::qWaitFor(
            [&] { return fixture.latest(release.id, QStringLiteral("Dev")).operationStatus == OperationStatus::Done; },
            waitMs));
        QVERIFY2(fixture.logOf(first->id).contains(QStringLiteral("level=debug")),
                 qPrintable(fixture.logOf(first->id)));

        // A redeploy without overrides runs with the release's value again.
        const Result<DeploymentRecord> second =
            env.services->deployments.deploy(DeployRequest{release.id, QStringLiteral("Dev"), {}, {}}, alice);
        QVERIFY(second);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return fixture.latest(release.id, QStringLiteral("Dev")).attempt == 2 &&
                       fixture.latest(release.id, QStringLiteral("Dev")).operationStatus == OperationStatus::Done;
            },
            waitMs));
        QVERIFY2(fixture.logOf(second->id).contains(QStringLiteral("level=info")),
                 qPrintable(fixture.logOf(second->id)));
    }

    void secretsAreMaskedEvenWhenSplitAcrossWrites() {
        TestEnvironment env;
        const QString secret = QStringLiteral("pa$(w)*[rd].+");
        QVERIFY(
            env.save(
                   oneStage(script(QStringLiteral("leak"),
                                   QStringLiteral("printf '%s' \"$SECRET\" | head -c 4; sleep 0.3; printf '%s' "
                                                  "\"$SECRET\" | tail -c +5; echo; "
                                                  "echo \"plain=[$TOKEN]\"; echo \"name=$(Release.EnvironmentName)\""),
                                   QStringLiteral("\"env\":{\"SECRET\":\"$(token)\"}")),
                            QStringLiteral("\"variables\":{\"token\":{\"value\":\"%1\",\"secret\":true}}").arg(secret)))
                .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        const QString log = fixture.logOf(dev.id);
        QVERIFY2(!log.contains(secret) && !log.contains(QStringLiteral("pa$(w")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("\n***\n")), qPrintable(log));
        // Not mapped: the secret does not reach the process as TOKEN.
        QVERIFY2(log.contains(QStringLiteral("plain=[]")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("name=Dev")));
    }

    void aManualInterventionWaitsForAnAllowedAnswer_data() {
        QTest::addColumn<bool>("resume");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("deployment");
        QTest::newRow("resumed") << true << QStringLiteral("succeeded") << QStringLiteral("succeeded");
        QTest::newRow("rejected") << false << QStringLiteral("rejected") << QStringLiteral("failed");
    }

    void aManualInterventionWaitsForAnAllowedAnswer() {
        QFETCH(bool, resume);
        QFETCH(QString, stage);
        QFETCH(QString, deployment);
        TestEnvironment env;
        QVERIFY(
            env.save(oneStage(QStringLiteral(
                                  "{\"name\":\"check\",\"type\":\"manualIntervention\","
                                  "\"instructions\":\"Look at $(Release.EnvironmentName)\",\"approvers\":[\"bob\"]},") +
                              script(QStringLiteral("after"), QStringLiteral("echo after"))))
                .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Dev")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        const qint64 id = fixture.latest(release.id, QStringLiteral("Dev")).id;
        Status refused = env.services->deployments.decideIntervention(id, true, {}, Identity{QStringLiteral("alice")});
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QCOMPARE(refused.error().message,
                 QStringLiteral("alice may not answer this manual intervention; its approvers are bob"));
        QVERIFY(env.services->deployments
                    .decideIntervention(id, resume, QStringLiteral("looks fine"), Identity{QStringLiteral("bob")})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")), stage, waitMs);
        QCOMPARE(toString(fixture.latest(release.id, QStringLiteral("Dev")).status), deployment);
        const QList<TaskRunRecord> runs = *env.services->deployments.taskRuns(id);
        QCOMPARE(runs[1].message, (resume ? QStringLiteral("resumed") : QStringLiteral("rejected")) +
                                      QStringLiteral(" by bob: looks fine"));
        QCOMPARE(toString(runs[2].status), resume ? QStringLiteral("succeeded") : QStringLiteral("skipped"));
        QVERIFY(fixture.logOf(id).contains(QStringLiteral("Waiting for a manual intervention: Look at Dev")));
        QCOMPARE(
            env.services->deployments.decideIntervention(id, true, {}, Identity{QStringLiteral("bob")}).error().kind,
            ErrorKind::Conflict);
    }

    void aManualInterventionTimesOutWithItsAction_data() {
        QTest::addColumn<QString>("onTimeout");
        QTest::addColumn<QString>("stage");
        QTest::newRow("resume") << QStringLiteral("resume") << QStringLiteral("succeeded");
        QTest::newRow("reject") << QStringLiteral("reject") << QStringLiteral("rejected");
    }

    void aManualInterventionTimesOutWithItsAction() {
        QFETCH(QString, onTimeout);
        QFETCH(QString, stage);
        TestEnvironment env;
        QVERIFY(env.save(oneStage(QStringLiteral("{\"name\":\"check\",\"type\":\"manualIntervention\","
                                                 "\"timeout\":\"1h\",\"onTimeout\":\"%1\"}")
                                      .arg(onTimeout)))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Dev")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        env.clock.advanceBy(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")), stage, waitMs);
    }

    void hugeOutputIsCappedWhileTheTaskRuns() {
        TestEnvironment env;
        QVERIFY(
            env.save(oneStage(script(QStringLiteral("chatty"), QStringLiteral("seq 1 10500; echo done >&2")))).ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(env, fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        const QString log = fixture.logOf(dev.id);
        QVERIFY(log.contains(QStringLiteral("Output truncated after 10000 lines; the task keeps running")));
        QVERIFY(log.contains(QStringLiteral("\n10000\n")));
        QVERIFY(!log.contains(QStringLiteral("\n10001\n")));
    }
};

QTEST_GUILESS_MAIN(TaskTest)
#include "tst_tasks.moc"
