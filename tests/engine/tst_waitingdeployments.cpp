#include "approvalpipelines.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;
const Identity alice{QStringLiteral("alice")}, bob{QStringLiteral("bob")};

QStringList linesOf(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject scriptTask(const QString &name, const QString &command) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("script")},
            {QStringLiteral("script"), command}};
}

QJsonObject interventionTask(const QString &onTimeout = QStringLiteral("reject")) {
    return {{QStringLiteral("name"), QStringLiteral("check")},
            {QStringLiteral("type"), QStringLiteral("manualIntervention")},
            {QStringLiteral("instructions"), QStringLiteral("Look at it")},
            {QStringLiteral("approvers"), QJsonArray{QStringLiteral("bob")}},
            {QStringLiteral("timeout"), QStringLiteral("1h")},
            {QStringLiteral("onTimeout"), onTimeout}};
}

// Stops an engine as the GUI's quit or SIGTERM does, with a long grace period; true when it stopped at once.
bool shutDownAtOnce(EngineFixture &fixture) {
    QSignalSpy stopped(&fixture.engine, &DeploymentEngine::stopped);
    fixture.engine.shutdown(60000);
    return stopped.wait(5000);
}
} // namespace

// B7: what waits for a person (an intervention, approvals, a deferral) or for gates outlives its engine: a quit
// never ends it, and the next engine goes on from where it stood, running no task twice.
class WaitingDeploymentTest final : public QObject {
    Q_OBJECT

    TestEnvironment *m_env = nullptr;
    QString marker(const QString &name) const { return m_env->path(name); }

    // Dev: `before` (writes a marker), the intervention, `after` (writes a marker).
    void saveInterventionPipeline(const QString &onTimeout = QStringLiteral("reject")) {
        const QJsonObject stage{
            {QStringLiteral("name"), QStringLiteral("Dev")},
            {QStringLiteral("trigger"), triggerAfterRelease()},
            {QStringLiteral("tasks"),
             QJsonArray{
                 scriptTask(QStringLiteral("before"), QStringLiteral("echo x >> ") + marker(QStringLiteral("before"))),
                 interventionTask(onTimeout),
                 scriptTask(QStringLiteral("after"), QStringLiteral("echo x >> ") + marker(QStringLiteral("after")))}}};
        QVERIFY(m_env->save(pipelineOf(QStringLiteral("T"), {stage})).ok());
    }

    QStringList summaryOf(qint64 deploymentId) {
        QStringList summary;
        const Result<QList<TaskRunRecord>> runs = m_env->services->deployments.taskRuns(deploymentId);
        if (!runs)
            return {runs.error().message};
        for (const TaskRunRecord &task : *runs)
            if (task.index >= 0)
                summary << task.name + QLatin1Char(':') + toString(task.status);
        return summary;
    }

    DeploymentContext devOf(qint64 releaseId) {
        const ReleaseDetails details = *m_env->services->releases.details(releaseId);
        return *m_env->services->deployments.deployment(details.stages.first().deployments.last().id);
    }

    // A release of T waiting for its intervention, whose engine was then shut down.
    qint64 waitingAfterShutdown() {
        auto first = std::make_unique<EngineFixture>(*m_env, QStringLiteral("engine-1"));
        const qint64 release = first->createRelease(QStringLiteral("T")).id;
        if (!QTest::qWaitFor(
                [&] { return devOf(release).deployment.operationStatus == OperationStatus::PendingIntervention; },
                waitMs))
            qFatal("the intervention never started");
        if (!shutDownAtOnce(*first))
            qFatal("the engine waited for the intervention instead of stopping");
        return release;
    }

private Q_SLOTS:
    void anInterventionSurvivesShutdownAndTheNextEngineGoesOnWithTheNextTask_data() {
        QTest::addColumn<bool>("answerBeforeRestart");
        QTest::newRow("answered while no engine runs") << true;
        QTest::newRow("answered after the restart") << false;
    }

    void anInterventionSurvivesShutdownAndTheNextEngineGoesOnWithTheNextTask() {
        QFETCH(bool, answerBeforeRestart);
        TestEnvironment env;
        m_env = &env;
        saveInterventionPipeline();
        // GIVEN a deployment waiting for its intervention WHEN its engine is shut down
        const qint64 release = waitingAfterShutdown();
        // THEN it still waits, held by no engine, and nothing after it ran
        DeploymentContext d = devOf(release);
        QCOMPARE(toString(d.deployment.status), QStringLiteral("inProgress"));
        QCOMPARE(toString(d.deployment.operationStatus), QStringLiteral("pendingIntervention"));
        QVERIFY(d.owner.isEmpty());
        QCOMPARE(summaryOf(d.deployment.id),
                 (QStringList{QStringLiteral("before:succeeded"), QStringLiteral("check:inProgress")}));
        QVERIFY(!QFile::exists(marker(QStringLiteral("after"))));
        // WHEN someone answers (from any process) and an engine runs again
        auto answer = [&] {
            QVERIFY(
                env.services->deployments.decideIntervention(d.deployment.id, true, QStringLiteral("go"), bob).ok());
        };
        if (answerBeforeRestart)
            answer();
        EngineFixture second(env, QStringLiteral("engine-2"));
        if (!answerBeforeRestart) {
            QTRY_COMPARE_WITH_TIMEOUT(devOf(release).owner, QStringLiteral("engine-2"), waitMs);
            answer();
        }
        // THEN it goes on with the next task; the one before is not run again
        QTRY_COMPARE_WITH_TIMEOUT(second.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(second.taskSummary(d.deployment.id),
                 (QStringList{QStringLiteral("before:succeeded"), QStringLiteral("check:succeeded"),
                              QStringLiteral("after:succeeded")}));
        QCOMPARE(linesOf(marker(QStringLiteral("before"))).size(), 1);
        QCOMPARE(linesOf(marker(QStringLiteral("after"))).size(), 1);
        const QString log = second.logOf(d.deployment.id);
        QVERIFY2(
            log.contains(QStringLiteral("was shut down; the deployment keeps waiting for the manual intervention")),
            qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("still waiting for the manual intervention; the tasks before it are not "
                                             "run again")),
                 qPrintable(log));
        QCOMPARE(log.count(QStringLiteral("Waiting for a manual intervention: Look at it")), 1);
    }

    void anInterventionLeftWaitingTimesOutCountedFromWhenItBegan() {
        TestEnvironment env;
        m_env = &env;
        saveInterventionPipeline(QStringLiteral("reject"));
        const qint64 release = waitingAfterShutdown();
        env.clock.advanceBy(2 * 3600 * 1000); // the 1 h timeout passed while no engine ran
        EngineFixture second(env, QStringLiteral("engine-2"));
        QTRY_COMPARE_WITH_TIMEOUT(second.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("rejected"),
                                  waitMs);
        QCOMPARE(second.taskSummary(devOf(release).deployment.id),
                 (QStringList{QStringLiteral("before:succeeded"), QStringLiteral("check:failed"),
                              QStringLiteral("after:skipped")}));
        QVERIFY(!QFile::exists(marker(QStringLiteral("after"))));
    }

    void cancelingAnInterventionNoEngineHoldsEndsItsTaskAndSaysWho() {
        TestEnvironment env;
        m_env = &env;
        saveInterventionPipeline();
        const qint64 release = waitingAfterShutdown();
        const qint64 id = devOf(release).deployment.id;
        QVERIFY(env.services->deployments.cancel(id, alice).ok());
        EngineFixture second(env, QStringLiteral("engine-2"));
        second.engine.tick();
        QCOMPARE(toString(devOf(release).deployment.status), QStringLiteral("canceled"));
        QCOMPARE(second.taskSummary(id),
                 (QStringList{QStringLiteral("before:succeeded"), QStringLiteral("check:canceled")}));
        QVERIFY(second.logOf(id).endsWith(QStringLiteral("Canceled by alice")));
        QVERIFY(!QFile::exists(marker(QStringLiteral("after"))));
    }

    // What holds no process survives the shutdown just the same: approvals, a deferral, gates.
    void approvalsDeferralsAndGatesSurviveShutdown_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("approval") << QStringLiteral("approval");
        QTest::newRow("deferral") << QStringLiteral("deferral");
        QTest::newRow("gates") << QStringLiteral("gates");
    }

    void approvalsDeferralsAndGatesSurviveShutdown() {
        QFETCH(QString, kind);
        TestEnvironment env;
        m_env = &env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        const QString flag = env.path(QStringLiteral("flag"));
        QJsonObject extra{{QStringLiteral("tasks"),
                           QJsonArray{scriptTask(QStringLiteral("Ship"),
                                                 QStringLiteral("echo x >> ") + marker(QStringLiteral("ran")))}}};
        if (kind == QLatin1String("gates"))
            extra.insert(QStringLiteral("preGates"),
                         QJsonObject{{QStringLiteral("delay"), QStringLiteral("0s")},
                                     {QStringLiteral("samplingInterval"), QStringLiteral("10s")},
                                     {QStringLiteral("timeout"), QStringLiteral("1h")},
                                     {QStringLiteral("gates"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("name"), QStringLiteral("Flag")},
                                          {QStringLiteral("type"), QStringLiteral("script")},
                                          {QStringLiteral("script"), QString(QStringLiteral("test -f ") + flag)}}}}});
        else
            extra.insert(QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("bob")}}.json());
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(), extra)}))
                    .ok());
        auto first = std::make_unique<EngineFixture>(env, QStringLiteral("engine-1"));
        const qint64 release = first->createRelease(QStringLiteral("P")).id;
        const QDateTime at = env.clock.now().addSecs(3600);
        if (kind == QLatin1String("gates")) {
            QTRY_VERIFY_WITH_TIMEOUT(!env.services->approvals.gateEvaluations(devOf(release).deployment.id)->isEmpty(),
                                     waitMs);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(pendingFor(*first, release, QStringLiteral("Prod"), QStringLiteral("bob")),
                                     waitMs);
            if (kind == QLatin1String("deferral")) {
                const qint64 approval = pendingFor(*first, release, QStringLiteral("Prod"), QStringLiteral("bob"))->id;
                QVERIFY(env.services->approvals.defer(approval, {QString(), QString(), at}, bob).ok());
            }
        }
        const QString waiting = toString(devOf(release).deployment.operationStatus);
        QVERIFY(shutDownAtOnce(*first));
        first.reset();
        QCOMPARE(toString(devOf(release).deployment.operationStatus), waiting);
        QCOMPARE(toString(devOf(release).deployment.status), QStringLiteral("inProgress"));
        EngineFixture second(env, QStringLiteral("engine-2"));
        if (kind == QLatin1String("approval")) {
            const qint64 approval = pendingFor(second, release, QStringLiteral("Prod"), QStringLiteral("bob"))->id;
            QVERIFY(env.services->approvals.approve(approval, {}, bob).ok());
        } else if (kind == QLatin1String("deferral")) {
            env.clock.set(at);
        } else {
            QFile file(flag);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            env.clock.advanceBy(10 * 1000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(second.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(linesOf(marker(QStringLiteral("ran"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(WaitingDeploymentTest)
#include "tst_waitingdeployments.moc"
