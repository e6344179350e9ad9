// A seeded random walk through approvals: many pipelines with random approval settings, releases by
// random users, and random decisions (approve, reject, defer, reassign, override, timeouts, tokens or
// none) by random users. After every scenario the store must satisfy the invariants of docs/domain.md#approvals:
//  - no deployment ran its tasks without the approvals it needed;
//  - no approval was accepted from a user the rules forbid;
//  - every decision is audited.
#include "approvalpipelines.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

const QStringList users{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave"),
                        QStringLiteral("erin")};
const QHash<QString, QStringList> groups{{QStringLiteral("ops"), {QStringLiteral("bob"), QStringLiteral("carol")}},
                                         {QStringLiteral("qa"), {QStringLiteral("dave"), QStringLiteral("alice")}}};
const QString admin = QStringLiteral("erin");

bool mayActFor(const QString &approver, const QString &user) {
    if (approver.startsWith(QLatin1String("group:")))
        return groups.value(approver.mid(6)).contains(user);
    return approver == user;
}

struct StagePlan final {
    QString name;
    std::optional<ApprovalSettings> pre, post;
};

class Scenarios final {
public:
    explicit Scenarios(quint32 seed) : random(seed) {}

    QRandomGenerator random;
    int pick(int n) { return int(random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T>
    const T &oneOf(const QList<T> &list) {
        return list.at(pick(int(list.size())));
    }

    std::optional<ApprovalSettings> randomApprovals(bool allowSkip) {
        if (chance(20))
            return std::nullopt;
        ApprovalSettings s;
        const QStringList candidates{QStringLiteral("alice"), QStringLiteral("bob"),       QStringLiteral("carol"),
                                     QStringLiteral("dave"),  QStringLiteral("group:ops"), QStringLiteral("group:qa")};
        const int count = 1 + pick(3);
        while (s.approvers.size() < count) {
            const QString approver = oneOf(candidates);
            if (!s.approvers.contains(approver))
                s.approvers << approver;
        }
        s.order = oneOf(
            QStringList{QStringLiteral("anyOne"), QStringLiteral("allInSequence"), QStringLiteral("allAnyOrder")});
        s.requesterCannotApprove = chance(60);
        s.skipIfApprovedInPreviousStage = allowSkip && chance(40);
        s.revalidateIdentity = chance(25);
        return s;
    }
};

// What the test knows of each pipeline: its stages' approval settings.
using Plan = QList<StagePlan>;

QJsonObject stageJson(const StagePlan &stage, const QJsonObject &trigger) {
    QJsonObject extra;
    if (stage.pre)
        extra.insert(QStringLiteral("preApprovals"), stage.pre->json());
    if (stage.post)
        extra.insert(QStringLiteral("postApprovals"), stage.post->json());
    return approvalStage(stage.name, trigger, extra);
}

// Runs the event loop until `done` holds, waking on each event rather than polling on a timer.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace

class ApprovalInvariantsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void randomScenariosKeepTheInvariants() {
        const quint32 seed =
            qEnvironmentVariableIsSet("SLIPWAY_SEED") ? qEnvironmentVariableIntValue("SLIPWAY_SEED") : 20261126u;
        const int scenarios =
            qEnvironmentVariableIsSet("SLIPWAY_SCENARIOS") ? qEnvironmentVariableIntValue("SLIPWAY_SCENARIOS") : 1000;
        qInfo("seed %u, %d scenarios", seed, scenarios);
        Scenarios rnd(seed);
        TestEnvironment env;
        for (const QString &user : users)
            QVERIFY(env.services->directory.addUser(user, {}, Identity{QStringLiteral("setup")}, user == admin));
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            QVERIFY(env.services->directory.addGroup(it.key(), it.value(), Identity{QStringLiteral("setup")}));
        QHash<QString, QString> tokens;
        for (const QString &user : users)
            tokens.insert(user, env.services->directory.createToken(QStringLiteral("t"), Identity{user})->secret);

        QHash<QString, Plan> plans;
        for (int p = 0; p < 12; ++p) {
            const QString name = QStringLiteral("R%1").arg(p);
            Plan plan{{QStringLiteral("QA"), rnd.randomApprovals(false), std::nullopt},
                      {QStringLiteral("Prod"), rnd.randomApprovals(true),
                       rnd.chance(30) ? rnd.randomApprovals(false) : std::nullopt}};
            QVERIFY(env.save(pipelineOf(name, {stageJson(plan[0], triggerAfterRelease()),
                                               stageJson(plan[1], triggerAfter(QStringLiteral("QA")))}))
                        .ok());
            plans.insert(name, plan);
        }

        EngineFixture fixture(env);
        ApprovalService &approvals = env.services->approvals;
        int accepted = 0, refused = 0, deployedProd = 0;
        for (int scenario = 0; scenario < scenarios; ++scenario) {
            const QString pipeline = QStringLiteral("R%1").arg(rnd.pick(12));
            const QString creator = rnd.oneOf(users);
            CreateReleaseRequest request;
            request.pipeline = pipeline;
            const Result<ReleaseRecord> release = env.services->releases.create(request, Identity{creator});
            QVERIFY(release);
            auto settled = [&] {
                for (const QString &stage : {QStringLiteral("QA"), QStringLiteral("Prod")}) {
                    const DeploymentRecord d = fixture.latest(release->id, stage);
                    if (d.id && d.operationStatus != OperationStatus::PendingApproval &&
                        d.operationStatus != OperationStatus::Done &&
                        !(d.operationStatus == OperationStatus::Deferred && d.scheduledFor > env.clock.now()))
                        return false;
                }
                return true;
            };
            for (int step = 0; step < 10; ++step) {
                QVERIFY(waitUntil(settled));
                QList<ApprovalRecord> pending;
                for (const QString &stage : {QStringLiteral("QA"), QStringLiteral("Prod")})
                    for (const ApprovalRecord &a : approvalsOf(fixture, release->id, stage))
                        if (a.status == ApprovalStatus::Pending)
                            pending << a;
                const DeploymentRecord qa = fixture.latest(release->id, QStringLiteral("QA"));
                const DeploymentRecord prod = fixture.latest(release->id, QStringLiteral("Prod"));
                const bool waitingForTime = (qa.operationStatus == OperationStatus::Deferred) ||
                                            (prod.operationStatus == OperationStatus::Deferred);
                if (pending.isEmpty() && !waitingForTime)
                    break;
                const QString actor = rnd.oneOf(users);
                const ApprovalDecision decision{QStringLiteral("scenario %1").arg(scenario),
                                                rnd.chance(70) ? tokens.value(actor) : QString(),
                                                env.clock.now().addSecs(60 + rnd.pick(3600))};
                const int action = pending.isEmpty() ? 6 : rnd.pick(100);
                const qint64 id = pending.isEmpty() ? 0 : rnd.oneOf(pending).id;
                bool ok = false;
                if (action < 40)
                    ok = approvals.approve(id, decision, Identity{actor}).ok();
                else if (action < 55)
                    ok = approvals.reject(id, decision, Identity{actor}).ok();
                else if (action < 65)
                    ok = approvals.defer(id, decision, Identity{actor}).ok();
                else if (action < 75)
                    ok = approvals.reassign(id, rnd.oneOf(users), {}, Identity{actor}).ok();
                else if (action < 82)
                    ok = approvals.override(id, QStringLiteral("override"), Identity{actor}).ok();
                else // time passes: deferrals come due, some approvals time out
                    env.clock.advanceBy(qint64(rnd.pick(2)) ? 3600 * 1000 + 1000 : 30 * 60 * 1000);
                (ok ? accepted : refused) += action < 82 ? 1 : 0;
            }
            // Whatever is left times out.
            env.clock.advanceBy(2 * 3600 * 1000);
            QVERIFY(waitUntil(settled));
            if (fixture.stageStatus(release->id, QStringLiteral("Prod")) == QLatin1String("succeeded"))
                ++deployedProd;
            checkInvariants(env, fixture, plans.value(pipeline), release->id, creator);
            if (QTest::currentTestFailed()) {
                qWarning("scenario %d (pipeline %s, release %lld, seed %u) broke an invariant", scenario,
                         qPrintable(pipeline), release->id, seed);
                return;
            }
        }
        qInfo("decisions accepted %d, refused %d; Prod deployed in %d of %d scenarios", accepted, refused, deployedProd,
              scenarios);
        QVERIFY(accepted > scenarios / 2);
        QVERIFY(refused > scenarios / 10);
        QVERIFY(deployedProd > scenarios / 20);
        QVERIFY(env.store->audit().verifyChain()->intact);
    }

private:
    void checkInvariants(TestEnvironment &env, EngineFixture &fixture, const Plan &plan, qint64 releaseId,
                         const QString &creator) {
        for (const StagePlan &stage : plan) {
            const StageDetails details = fixture.stage(releaseId, stage.name);
            for (const DeploymentRecord &d : details.deployments) {
                const Result<QList<ApprovalRecord>> rows = env.services->approvals.ofDeployment(d.id);
                QVERIFY(rows);
                const Result<QList<TaskRunRecord>> runs = env.services->deployments.taskRuns(d.id);
                QVERIFY(runs);
                const bool tasksRan =
                    std::any_of(runs->cbegin(), runs->cend(), [](const TaskRunRecord &t) { return t.index >= 0; });
                if (tasksRan && stage.pre)
                    checkStepSatisfied(*stage.pre, *rows, ApprovalKind::PreDeploy, d, *runs);
                if (d.status == DeploymentStatus::Succeeded && stage.post)
                    checkStepSatisfied(*stage.post, *rows, ApprovalKind::PostDeploy, d, *runs);
                for (const ApprovalRecord &a : *rows) {
                    const ApprovalSettings &settings = a.kind == ApprovalKind::PreDeploy ? *stage.pre : *stage.post;
                    if (a.status == ApprovalStatus::Approved && !a.comment.startsWith(QLatin1String("override by"))) {
                        QVERIFY2(mayActFor(a.approver, a.actedBy),
                                 qPrintable(QStringLiteral("%1 approved for %2").arg(a.actedBy, a.approver)));
                        if (settings.requesterCannotApprove)
                            QVERIFY2(a.actedBy != creator && a.actedBy != d.requestedBy,
                                     qPrintable(
                                         QStringLiteral("requester %1 approved approval %2").arg(a.actedBy).arg(a.id)));
                    }
                    if (a.status == ApprovalStatus::Approved && a.comment.startsWith(QLatin1String("override by")))
                        QCOMPARE(a.actedBy, admin);
                    QVERIFY2(a.status != ApprovalStatus::Pending || d.operationStatus != OperationStatus::Done,
                             "a pending approval outlived its deployment");
                    // Every decision in the history has its audit event.
                    const Result<QList<ApprovalHistoryRecord>> history = env.services->approvals.history(a.id);
                    const Result<QList<AuditEventRecord>> events =
                        env.store->audit().events(QStringLiteral("approval"), a.id);
                    QVERIFY(history && events);
                    const qsizetype decisions =
                        std::count_if(history->cbegin(), history->cend(), [](const ApprovalHistoryRecord &h) {
                            return h.status != ApprovalStatus::Pending;
                        });
                    QVERIFY2(events->size() >= decisions,
                             qPrintable(QStringLiteral("approval %1: %2 decisions, %3 audit events")
                                            .arg(a.id)
                                            .arg(decisions)
                                            .arg(events->size())));
                }
            }
        }
    }

    void checkStepSatisfied(const ApprovalSettings &settings, const QList<ApprovalRecord> &rows, ApprovalKind kind,
                            const DeploymentRecord &d, const QList<TaskRunRecord> &runs) {
        QHash<int, bool> settledRanks;
        QDateTime deferredUntil;
        bool rejected = false;
        for (const ApprovalRecord &a : rows) {
            if (a.kind != kind)
                continue;
            rejected = rejected || a.status == ApprovalStatus::Rejected;
            if (a.status == ApprovalStatus::Approved || a.status == ApprovalStatus::Skipped)
                settledRanks[a.rank] = true;
            if (a.deferredUntil.isValid() && (!deferredUntil.isValid() || a.deferredUntil > deferredUntil))
                deferredUntil = a.deferredUntil;
        }
        const QString what = QStringLiteral("deployment %1 (%2)").arg(d.id).arg(toString(kind));
        QVERIFY2(!rejected, qPrintable(what + QStringLiteral(" went on although rejected")));
        if (settings.order == QLatin1String("anyOne"))
            QVERIFY2(!settledRanks.isEmpty(), qPrintable(what + QStringLiteral(" went on without an approval")));
        else
            for (int rank = 1; rank <= settings.approvers.size(); ++rank)
                QVERIFY2(settledRanks.value(rank),
                         qPrintable(what + QStringLiteral(" went on without rank %1").arg(rank)));
        if (kind == ApprovalKind::PreDeploy && deferredUntil.isValid())
            for (const TaskRunRecord &t : runs)
                if (t.index >= 0 && t.startedAt.isValid())
                    QVERIFY2(t.startedAt >= deferredUntil,
                             qPrintable(what + QStringLiteral(" started before its deferral")));
    }
};

QTEST_GUILESS_MAIN(ApprovalInvariantsTest)
#include "tst_approvalinvariants.moc"
