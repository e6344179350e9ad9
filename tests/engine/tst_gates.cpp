#include "approvalpipelines.h"
#include "gateserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;
const Identity alice{QStringLiteral("alice")}, bob{QStringLiteral("bob")};

QJsonObject httpGate(const QString &name, const QString &url) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("http")},
            {QStringLiteral("url"), url},
            {QStringLiteral("successStatus"), QStringLiteral("200")},
            {QStringLiteral("jsonPath"), QStringLiteral("status")},
            {QStringLiteral("equals"), QStringLiteral("green")}};
}
QJsonObject scriptGate(const QString &name, const QString &script) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("script")},
            {QStringLiteral("script"), script}};
}
QJsonObject gatesJson(const QJsonArray &gates, const QString &minSuccess = QStringLiteral("0s"),
                      const QString &approvalOrder = QStringLiteral("beforeGates"),
                      const QString &timeout = QStringLiteral("5m")) {
    return {{QStringLiteral("delay"), QStringLiteral("0s")},
            {QStringLiteral("samplingInterval"), QStringLiteral("10s")},
            {QStringLiteral("timeout"), timeout},
            {QStringLiteral("minSuccessDuration"), minSuccess},
            {QStringLiteral("approvalOrder"), approvalOrder},
            {QStringLiteral("gates"), gates}};
}

// A pipeline whose only stage, Prod, has these pre-deployment gates (and approvals).
QByteArray gatedPipeline(const QJsonObject &gates, const std::optional<ApprovalSettings> &approvals = {}) {
    QJsonObject extra{{QStringLiteral("preGates"), gates}};
    if (approvals)
        extra.insert(QStringLiteral("preApprovals"), approvals->json());
    return pipelineOf(QStringLiteral("G"), {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(), extra)});
}

class Gated final {
public:
    Gated(TestEnvironment &env, const QByteArray &pipeline) : env(env), fixture((prepare(pipeline), env)) {
        release = fixture.createRelease(QStringLiteral("G")).id;
    }
    TestEnvironment &env;
    EngineFixture fixture;
    qint64 release = 0;

    qint64 deploymentId() { return fixture.latest(release, QStringLiteral("Prod")).id; }
    QList<GateEvaluationRecord> rounds() {
        const qint64 id = deploymentId();
        if (!id)
            return {};
        const Result<QList<GateEvaluationRecord>> all = env.services->approvals.gateEvaluations(id);
        return all ? *all : QList<GateEvaluationRecord>{};
    }
    QString status() { return fixture.stageStatus(release, QStringLiteral("Prod")); }
    QString operation() { return toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus); }
    // Moves the clock to the next sampling round and waits until it is recorded.
    bool nextRound(int seconds = 10) {
        const qsizetype before = rounds().size();
        env.clock.advanceBy(qint64(seconds) * 1000);
        return QTest::qWaitFor(
            [&] { return rounds().size() > before || operation() != QLatin1String("evaluatingGates"); }, waitMs);
    }

private:
    void prepare(const QByteArray &pipeline) {
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        if (!env.save(pipeline).ok())
            qFatal("pipeline rejected");
    }
};
} // namespace

class GatesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samplingRecordsEveryRoundUntilTheGatePasses() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())})));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QCOMPARE(g.operation(), QStringLiteral("evaluatingGates"));
        QCOMPARE(g.status(), QStringLiteral("queued"));
        QVERIFY(g.nextRound());
        QCOMPARE(g.rounds().size(), 2);
        server.green = true;
        QVERIFY(g.nextRound());
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        const QList<GateEvaluationRecord> rounds = g.rounds();
        QCOMPARE(rounds.size(), 3);
        QCOMPARE(rounds.at(0).passed, false);
        QCOMPARE(rounds.at(1).at.toSecsSinceEpoch() - rounds.at(0).at.toSecsSinceEpoch(), 10);
        QCOMPARE(rounds.at(2).passed, true);
        const QJsonObject first = rounds.at(0).results.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Health"));
        QVERIFY2(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("503")),
                 qPrintable(first.value(QStringLiteral("message")).toString()));
        QCOMPARE(server.requests, 3);
        QCOMPARE(g.fixture.taskSummary(g.deploymentId()), QStringList{QStringLiteral("Ship:succeeded")});
    }

    void theFirstRoundWaitsForTheDelay() {
        TestEnvironment env;
        GateServer server;
        server.green = true;
        QJsonObject gates = gatesJson({httpGate(QStringLiteral("Health"), server.url())});
        gates.insert(QStringLiteral("delay"), QStringLiteral("30s"));
        Gated g(env, gatedPipeline(gates));
        QTRY_COMPARE_WITH_TIMEOUT(g.operation(), QStringLiteral("evaluatingGates"), waitMs);
        env.clock.advanceBy(29 * 1000);
        for (int i = 0; i < 50; ++i) { // give an early round every chance to happen
            g.fixture.engine.tick();
            QCoreApplication::processEvents();
        }
        QVERIFY(g.rounds().isEmpty());
        QCOMPARE(server.requests, 0);
        env.clock.advanceBy(1000);
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(g.rounds().size(), 1);
    }

    void allGatesMustPassInTheSameRound() {
        TestEnvironment env;
        GateServer server;
        const QString flag = env.path(QStringLiteral("window-open"));
        Gated g(env,
                gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url()),
                                         scriptGate(QStringLiteral("Window"), QStringLiteral("test -f ") + flag)})));
        server.green = true; // round 1: Health passes, Window fails
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        server.green = false; // round 2: Window passes, Health fails
        QFile(flag).open(QIODevice::WriteOnly);
        QVERIFY(g.nextRound());
        QCOMPARE(g.operation(), QStringLiteral("evaluatingGates"));
        server.green = true; // round 3: both
        QVERIFY(g.nextRound());
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        const QList<GateEvaluationRecord> rounds = g.rounds();
        QCOMPARE(rounds.size(), 3);
        QCOMPARE(rounds.at(0).passed, false);
        QCOMPARE(rounds.at(1).passed, false);
        QCOMPARE(rounds.at(2).passed, true);
        auto passedOf = [](const GateEvaluationRecord &round, const QString &name) {
            for (const QJsonValue &r : round.results)
                if (r.toObject().value(QStringLiteral("name")).toString() == name)
                    return r.toObject().value(QStringLiteral("passed")).toBool();
            return false;
        };
        QVERIFY(passedOf(rounds.at(0), QStringLiteral("Health")) && !passedOf(rounds.at(0), QStringLiteral("Window")));
        QVERIFY(!passedOf(rounds.at(1), QStringLiteral("Health")) && passedOf(rounds.at(1), QStringLiteral("Window")));
    }

    void minimumSuccessDurationNeedsAnUnbrokenRunOfSuccesses() {
        TestEnvironment env;
        GateServer server;
        server.green = true;
        Gated g(env,
                gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())}, QStringLiteral("30s"))));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs); // t=0 ok
        QVERIFY(g.nextRound());                                  // t=10 ok
        server.green = false;
        QVERIFY(g.nextRound()); // t=20 fails: the run starts again
        server.green = true;
        for (int t = 30; t <= 50; t += 10) { // t=30, 40, 50 ok: 20 s of success so far
            QVERIFY(g.nextRound());
            QCOMPARE(g.operation(), QStringLiteral("evaluatingGates"));
        }
        QVERIFY(g.nextRound()); // t=60: 30 s since t=30
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(g.rounds().size(), 7);
    }

    void timeoutRejectsTheDeployment() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())}, QStringLiteral("0s"),
                                             QStringLiteral("beforeGates"), QStringLiteral("30s"))));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QVERIFY(g.nextRound());
        QVERIFY(g.nextRound());
        QCOMPARE(g.operation(), QStringLiteral("evaluatingGates"));
        QVERIFY(g.nextRound()); // t=30: the timeout
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("rejected"), waitMs);
        const DeploymentRecord d = g.fixture.latest(g.release, QStringLiteral("Prod"));
        QCOMPARE(toString(d.status), QStringLiteral("notDeployed"));
        QVERIFY2(d.message.contains(QStringLiteral("did not pass within 30s")), qPrintable(d.message));
        QVERIFY(g.fixture.taskSummary(d.id).isEmpty());
    }

    void ignoringAGateLetsTheDeploymentProceedAndIsAudited() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())})));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        ApprovalService &approvals = env.services->approvals;
        const Status noComment = approvals.ignoreGate(g.deploymentId(), QStringLiteral("Health"), {}, bob);
        QVERIFY(!noComment && noComment.error().kind == ErrorKind::Validation);
        const Status unknown = approvals.ignoreGate(g.deploymentId(), QStringLiteral("Nope"), QStringLiteral("x"), bob);
        QVERIFY(!unknown && unknown.error().kind == ErrorKind::NotFound);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("Health")), qPrintable(unknown.error().message));
        QVERIFY(approvals.ignoreGate(g.deploymentId(), QStringLiteral("Health"), QStringLiteral("monitoring is down"),
                                     bob));
        QVERIFY(g.nextRound());
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        const QJsonObject result = g.rounds().last().results.at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("ignored")).toBool(), true);
        const Result<QList<AuditEventRecord>> events =
            env.store->audit().events(QStringLiteral("deployment"), g.deploymentId());
        const bool audited = std::any_of(events->cbegin(), events->cend(), [](const AuditEventRecord &e) {
            return e.action == QLatin1String("gate.ignored") && e.actor == QLatin1String("bob") &&
                   e.details.value(QStringLiteral("comment")).toString() == QLatin1String("monitoring is down");
        });
        QVERIFY(audited);
    }

    void approvalsBeforeGates() {
        TestEnvironment env;
        GateServer server;
        server.green = true;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())}),
                                   ApprovalSettings{{QStringLiteral("bob")}}));
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob")),
                                 waitMs);
        env.clock.advanceBy(60 * 1000);
        g.fixture.engine.tick();
        QVERIFY(g.rounds().isEmpty()); // no sampling before the approval
        QVERIFY(env.services->approvals.approve(
            pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob"))->id, {}, bob));
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(g.rounds().size(), 1);
    }

    void approvalsAfterSuccessfulGates() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())}, QStringLiteral("0s"),
                                             QStringLiteral("afterSuccessfulGates"), QStringLiteral("20s")),
                                   ApprovalSettings{{QStringLiteral("bob")}}));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QVERIFY(approvalsOf(g.fixture, g.release, QStringLiteral("Prod")).isEmpty()); // not asked yet
        server.green = true;
        QVERIFY(g.nextRound());
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob")),
                                 waitMs);
        QCOMPARE(g.operation(), QStringLiteral("pendingApproval"));
        QVERIFY(env.services->approvals.approve(
            pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob"))->id, {}, bob));
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);

        // Gates that never pass reject the deployment without asking anyone.
        server.green = false;
        g.release = g.fixture.createRelease(QStringLiteral("G")).id;
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QVERIFY(g.nextRound());
        QVERIFY(g.nextRound());
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("rejected"), waitMs);
        QVERIFY(approvalsOf(g.fixture, g.release, QStringLiteral("Prod")).isEmpty());
    }

    void approvalsAfterGatesAlways() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())}, QStringLiteral("0s"),
                                             QStringLiteral("afterGatesAlways"), QStringLiteral("20s")),
                                   ApprovalSettings{{QStringLiteral("bob")}}));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QVERIFY(g.nextRound());
        QVERIFY(g.nextRound()); // t=20: timed out, yet the approver decides
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob")),
                                 waitMs);
        QVERIFY(env.services->approvals.approve(
            pendingFor(g.fixture, g.release, QStringLiteral("Prod"), QStringLiteral("bob"))->id, {}, bob));
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(g.rounds().last().passed, false);
    }

    void cancelStopsSampling() {
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())})));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        QVERIFY(env.services->deployments.cancel(g.deploymentId(), alice));
        QTRY_COMPARE_WITH_TIMEOUT(g.status(), QStringLiteral("canceled"), waitMs);
        env.clock.advanceBy(60 * 1000);
        for (int i = 0; i < 50; ++i) { // give a stray round every chance to happen
            g.fixture.engine.tick();
            QCoreApplication::processEvents();
        }
        QCOMPARE(g.rounds().size(), 1);
    }

    void aGateRunnerWithoutTheSnapshotEndsTheDeploymentWithItsStageStatusAndAuditEvent() {
        // GIVEN a deployment sampling its pre-deployment gates
        TestEnvironment env;
        GateServer server;
        Gated g(env, gatedPipeline(gatesJson({httpGate(QStringLiteral("Health"), server.url())})));
        QTRY_COMPARE_WITH_TIMEOUT(g.rounds().size(), 1, waitMs);
        const qint64 id = g.deploymentId();
        const Result<DeploymentContext> context = env.services->deployments.deployment(id);
        QVERIFY(context);
        // WHEN a gate runner for it starts without the release's snapshot
        GatePolicy policy;
        policy.phase = QStringLiteral("pre");
        GateRunner runner(*env.services, *context, nullptr, policy, g.fixture.engine.config());
        QSignalSpy ended(&runner, &GateRunner::ended);
        const QString current = QDir::currentPath();
        runner.start();
        // THEN the deployment ends failed, its stage shows it, and the audit trail records the end
        QCOMPARE(ended.size(), 1);
        QCOMPARE(toString(g.fixture.latest(g.release, QStringLiteral("Prod")).status), QStringLiteral("failed"));
        QCOMPARE(g.status(), QStringLiteral("failed"));
        const Result<QList<AuditEventRecord>> events = env.store->audit().events(QStringLiteral("deployment"), id);
        QVERIFY(events);
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->last().action, QStringLiteral("deployment.completed"));
        QCOMPARE(events->last().details.value(QStringLiteral("stageStatus")).toString(), QStringLiteral("failed"));
        // AND the runner, which never made a working folder, removed none (not the current directory)
        QVERIFY(QFileInfo::exists(current));
    }
};

QTEST_GUILESS_MAIN(GatesTest)
#include "tst_gates.moc"
