#include "enginefixture.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;
const Identity bob{QStringLiteral("bob")};

QStringList linesOf(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray queuedPipeline(const QString &policy, const QString &command) {
    return pipelineJson(QStringLiteral("Q"),
                        {stageJson(QStringLiteral("Dev"), afterRelease, script(QStringLiteral("work"), command),
                                   QStringLiteral("\"queue\":{\"maxParallel\":1,\"policy\":\"%1\"}").arg(policy))});
}
} // namespace

class QueuingTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void allInOrderRunsReleasesOneAfterAnother() {
        TestEnvironment env;
        const QString marks = env.path(QStringLiteral("marks"));
        QVERIFY(env
                    .save(queuedPipeline(
                        QStringLiteral("allInOrder"),
                        QStringLiteral(
                            "echo start $(Release.ReleaseName) >> %1; sleep 0.2; echo end $(Release.ReleaseName) >> %1")
                            .arg(marks)))
                    .ok());
        EngineFixture fixture(env);
        QList<qint64> releases;
        for (int i = 0; i < 3; ++i)
            releases << fixture.createRelease(QStringLiteral("Q")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(releases.last(), QStringLiteral("Dev")),
                                  QStringLiteral("succeeded"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(marks).size(), 6, waitMs);
        QCOMPARE(linesOf(marks), (QStringList{QStringLiteral("start Release-1"), QStringLiteral("end Release-1"),
                                              QStringLiteral("start Release-2"), QStringLiteral("end Release-2"),
                                              QStringLiteral("start Release-3"), QStringLiteral("end Release-3")}));
    }

    void latestOnlyRunsTheNewestAndCancelsTheRest() {
        TestEnvironment env;
        const QString go = env.path(QStringLiteral("go"));
        QVERIFY(
            env
                .save(queuedPipeline(
                    QStringLiteral("latestOnly"),
                    QStringLiteral("while [ ! -f %1 ]; do sleep 0.02; done; echo $(Release.ReleaseName) ran").arg(go)))
                .ok());
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("Q")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(first, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  waitMs);
        QList<qint64> waiting;
        for (int i = 0; i < 4; ++i)
            waiting << fixture.createRelease(QStringLiteral("Q")).id;
        for (qint64 id : waiting)
            QCOMPARE(fixture.stageStatus(id, QStringLiteral("Dev")), QStringLiteral("queued"));
        QFile(go).open(QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(waiting.last(), QStringLiteral("Dev")),
                                  QStringLiteral("succeeded"), waitMs);
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("Dev")), QStringLiteral("succeeded"));
        for (qsizetype i = 0; i < 3; ++i) {
            const DeploymentRecord canceled = fixture.latest(waiting[i], QStringLiteral("Dev"));
            QCOMPARE(toString(canceled.status), QStringLiteral("canceled"));
            QCOMPARE(canceled.message, QStringLiteral("canceled: a newer release, Release-5, was deployed instead"));
        }
    }

    void maxParallelZeroRunsEverythingAtOnce() {
        TestEnvironment env;
        const QString go = env.path(QStringLiteral("go"));
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("P"),
                             {stageJson(QStringLiteral("Dev"), afterRelease,
                                        script(QStringLiteral("w"),
                                               QStringLiteral("while [ ! -f %1 ]; do sleep 0.02; done").arg(go)))}))
                    .ok());
        EngineFixture fixture(env);
        QList<qint64> releases;
        for (int i = 0; i < 3; ++i)
            releases << fixture.createRelease(QStringLiteral("P")).id;
        for (qint64 id : releases)
            QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(id, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                      waitMs);
        QCOMPARE(fixture.engine.activeCount(), 3);
        QFile(go).open(QIODevice::WriteOnly);
        for (qint64 id : releases)
            QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(id, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                      waitMs);
    }

    void cancelKillsTheWholeProcessTree() {
        TestEnvironment env;
        const QString pidFile = env.path(QStringLiteral("child.pid"));
        QVERIFY(env.save(pipelineJson(QStringLiteral("C"),
                                      {stageJson(QStringLiteral("Dev"), afterRelease,
                                                 script(QStringLiteral("tree"),
                                                        QStringLiteral("sleep 300 & echo $! > %1; wait").arg(pidFile)) +
                                                     QLatin1Char(',') +
                                                     script(QStringLiteral("after"), QStringLiteral("echo after")))}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("C")).id;
        QTRY_VERIFY_WITH_TIMEOUT(!linesOf(pidFile).isEmpty(), waitMs);
        const pid_t grandchild = pid_t(linesOf(pidFile).first().toInt());
        QCOMPARE(::kill(grandchild, 0), 0);
        const DeploymentRecord running = fixture.latest(release, QStringLiteral("Dev"));
        QVERIFY(env.services->deployments.cancel(running.id, bob).ok());
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("canceled"),
                                  waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(grandchild, 0) != 0 && errno == ESRCH, waitMs);
        QCOMPARE(fixture.taskSummary(running.id),
                 (QStringList{QStringLiteral("tree:canceled"), QStringLiteral("after:skipped")}));
        Status again = env.services->deployments.cancel(running.id, bob);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
    }

    void aQueuedDeploymentIsCanceledAtOnce() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("M"),
                                      {stageJson(QStringLiteral("Ops"), manualTrigger,
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        // No engine: the request stays queued.
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("M");
        const ReleaseRecord release = *env.services->releases.create(request, bob);
        const DeploymentRecord queued =
            *env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob);
        QVERIFY(env.services->deployments.cancel(queued.id, bob).ok());
        const DeploymentContext canceled = *env.services->deployments.deployment(queued.id);
        QCOMPARE(toString(canceled.deployment.status), QStringLiteral("canceled"));
        QCOMPARE(canceled.deployment.message, QStringLiteral("canceled by bob"));
    }

    void aDeferredStartWaitsForItsTime() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("M"),
                                      {stageJson(QStringLiteral("Ops"), manualTrigger,
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("M"));
        const QDateTime at = env.clock.now().addSecs(3600);
        Result<DeploymentRecord> deferred =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, at}, bob);
        QVERIFY(deferred.ok());
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("scheduled"));
        env.clock.advanceBy(3599 * 1000);
        QTest::qWait(100);
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("scheduled"));
        env.clock.advanceBy(1000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("succeeded"),
                                  waitMs);
        Result<DeploymentRecord> past =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, env.clock.now().addSecs(-5)}, bob);
        QCOMPARE(past.error().kind, ErrorKind::Validation);
    }

    void deployRulesGiveClearErrors() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("M"),
                                      {stageJson(QStringLiteral("Ops"), manualTrigger,
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("M");
        const ReleaseRecord release = *env.services->releases.create(request, bob);
        QCOMPARE(env.services->deployments.deploy({release.id, QStringLiteral("Nope"), {}, {}}, bob).error().message,
                 QStringLiteral("stage \"Nope\" is not in release %1").arg(release.id));
        QCOMPARE(env.services->deployments.deploy({999, QStringLiteral("Ops"), {}, {}}, bob).error().kind,
                 ErrorKind::NotFound);
        QVERIFY(env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob).ok());
        QCOMPARE(env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob).error().kind,
                 ErrorKind::Conflict);
        request.draft = true;
        const ReleaseRecord draft = *env.services->releases.create(request, bob);
        QCOMPARE(env.services->deployments.deploy({draft.id, QStringLiteral("Ops"), {}, {}}, bob).error().kind,
                 ErrorKind::Conflict);
    }
};

QTEST_GUILESS_MAIN(QueuingTest)
#include "tst_queuing.moc"
