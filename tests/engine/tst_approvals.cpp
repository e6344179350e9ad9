#include "approvalpipelines.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;
const Identity alice{QStringLiteral("alice")}, bob{QStringLiteral("bob")}, carol{QStringLiteral("carol")},
    root{QStringLiteral("root")};

QString kindOf(const Status &status) {
    if (status)
        return QStringLiteral("ok");
    switch (status.error().kind) {
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::NotFound: return QStringLiteral("notFound");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Storage: return QStringLiteral("storage");
    case ErrorKind::Busy: return QStringLiteral("busy");
    }
    return {};
}
template <typename T>
QString kindOf(const Result<T> &result) {
    return result ? QStringLiteral("ok") : kindOf(Status(result.error()));
}

bool resting(EngineFixture &fixture, qint64 releaseId, const QString &stage) {
    const DeploymentRecord d = fixture.latest(releaseId, stage);
    return d.id &&
           (d.operationStatus == OperationStatus::PendingApproval || d.operationStatus == OperationStatus::Done ||
            (d.operationStatus == OperationStatus::Deferred && d.scheduledFor > fixture.env.clock.now()));
}

QString tokenFor(TestEnvironment &env, const Identity &user) {
    return env.services->directory.createToken(QStringLiteral("test"), user)->secret;
}
} // namespace

class ApprovalsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // order × policy × (requester is approver) × (through a group or not) × (approve, reject, timeout).
    void policyMatrix_data() {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("requesterIsApprover");
        QTest::addColumn<bool>("viaGroup");
        QTest::addColumn<QString>("action");
        for (const char *order : {"anyOne", "allInSequence", "allAnyOrder"})
            for (const char *policy : {"none", "requesterCannotApprove", "skipIfApproved", "revalidateIdentity"})
                for (bool requester : {false, true})
                    for (bool group : {false, true})
                        for (const char *action : {"approve", "reject", "timeout"})
                            QTest::addRow("%s/%s/%s/%s/%s", order, policy, requester ? "requester" : "other",
                                          group ? "group" : "user", action)
                                << QString::fromLatin1(order) << QString::fromLatin1(policy) << requester << group
                                << QString::fromLatin1(action);
    }

    void policyMatrix() {
        QFETCH(QString, order);
        QFETCH(QString, policy);
        QFETCH(bool, requesterIsApprover);
        QFETCH(bool, viaGroup);
        QFETCH(QString, action);
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        const Identity actor = requesterIsApprover ? alice : bob; // alice creates every release
        QVERIFY(env.services->directory.addGroup(QStringLiteral("ops"), {actor.userName}, alice));
        const QString first = viaGroup ? QStringLiteral("group:ops") : actor.userName;
        ApprovalSettings qa{{actor.userName}};
        ApprovalSettings prod{{first, QStringLiteral("carol")}, order};
        prod.requesterCannotApprove = policy == QLatin1String("requesterCannotApprove");
        prod.skipIfApprovedInPreviousStage = policy == QLatin1String("skipIfApproved");
        prod.revalidateIdentity = policy == QLatin1String("revalidateIdentity");
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("QA"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"), qa.json()}}),
                                     approvalStage(QStringLiteral("Prod"), triggerAfter(QStringLiteral("QA")),
                                                   {{QStringLiteral("preApprovals"), prod.json()}})}))
                    .ok());
        const QString actorToken = tokenFor(env, actor);
        const QString carolToken = tokenFor(env, carol);
        EngineFixture fixture(env);
        ApprovalService &approvals = env.services->approvals;
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;

        // QA: the actor approves, which "skip if approved in the previous stage" remembers.
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("QA"), actor.userName), waitMs);
        QCOMPARE(kindOf(approvals.approve(pendingFor(fixture, release, QStringLiteral("QA"), actor.userName)->id, {},
                                          actor)),
                 QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(resting(fixture, release, QStringLiteral("Prod")), waitMs);
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("succeeded"));

        const bool skipped = prod.skipIfApprovedInPreviousStage; // the actor approved QA and acts for `first`
        const bool requesterBlocked = prod.requesterCannotApprove && requesterIsApprover;
        const std::optional<ApprovalRecord> firstApproval = pendingFor(fixture, release, QStringLiteral("Prod"), first);
        QCOMPARE(firstApproval.has_value(), !(skipped));
        if (skipped) {
            const QList<ApprovalRecord> rows = approvalsOf(fixture, release, QStringLiteral("Prod"));
            QVERIFY(!rows.isEmpty());
            QCOMPARE(toString(rows.first().status), QStringLiteral("skipped"));
            QVERIFY2(rows.first().comment.contains(actor.userName), qPrintable(rows.first().comment));
        }
        const bool resolvedBySkip = skipped && order == QLatin1String("anyOne");
        bool deployed = false;

        if (action == QLatin1String("approve")) {
            bool firstSettled = skipped;
            if (firstApproval) {
                const Result<ApprovalRecord> plain =
                    approvals.approve(firstApproval->id, {QStringLiteral("ok")}, actor);
                QCOMPARE(kindOf(plain), (requesterBlocked || prod.revalidateIdentity) ? QStringLiteral("forbidden")
                                                                                      : QStringLiteral("ok"));
                if (!plain)
                    QVERIFY2(plain.error().message.contains(requesterBlocked
                                                                ? QStringLiteral("requester cannot approve")
                                                                : QStringLiteral("revalidate identity")),
                             qPrintable(plain.error().message));
                firstSettled = plain.ok();
                if (prod.revalidateIdentity) {
                    QCOMPARE(kindOf(approvals.approve(firstApproval->id,
                                                      {QStringLiteral("ok"), QStringLiteral("wrong")}, actor)),
                             QStringLiteral("forbidden"));
                    QCOMPARE(kindOf(approvals.approve(firstApproval->id, {QStringLiteral("ok"), actorToken}, actor)),
                             QStringLiteral("ok"));
                    firstSettled = true;
                }
            }
            // Carol approves whatever is asked of her.
            if (const auto hers = pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("carol")))
                QCOMPARE(kindOf(approvals.approve(hers->id, {QString(), carolToken}, carol)), QStringLiteral("ok"));
            if (order == QLatin1String("allInSequence") && firstSettled) {
                QTRY_VERIFY_WITH_TIMEOUT(resting(fixture, release, QStringLiteral("Prod")), waitMs);
                if (const auto hers = pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("carol")))
                    QCOMPARE(kindOf(approvals.approve(hers->id, {QString(), carolToken}, carol)), QStringLiteral("ok"));
            }
            deployed = order == QLatin1String("anyOne") || firstSettled;
            if (!deployed) { // still waiting for the blocked approver: the timeout rejects it
                QTRY_VERIFY_WITH_TIMEOUT(resting(fixture, release, QStringLiteral("Prod")), waitMs);
                QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued"));
                env.clock.advanceBy(2 * 3600 * 1000);
            }
        } else if (action == QLatin1String("reject")) {
            if (firstApproval) {
                QCOMPARE(kindOf(approvals.reject(firstApproval->id, {QStringLiteral("no"), actorToken}, actor)),
                         QStringLiteral("ok"));
            } else {
                const auto hers = pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("carol"));
                QCOMPARE(hers.has_value(), !resolvedBySkip);
                if (hers)
                    QCOMPARE(kindOf(approvals.reject(hers->id, {QStringLiteral("no"), carolToken}, carol)),
                             QStringLiteral("ok"));
            }
            deployed = resolvedBySkip;
        } else {
            env.clock.advanceBy(2 * 3600 * 1000);
            deployed = resolvedBySkip;
        }

        const QString expected = deployed ? QStringLiteral("succeeded") : QStringLiteral("rejected");
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), expected, waitMs);
        const DeploymentRecord prodDeployment = fixture.latest(release, QStringLiteral("Prod"));
        QCOMPARE(fixture.taskSummary(prodDeployment.id),
                 deployed ? QStringList{QStringLiteral("Ship:succeeded")} : QStringList{});
        if (!deployed) {
            QCOMPARE(toString(prodDeployment.status), QStringLiteral("notDeployed"));
            QVERIFY2(prodDeployment.message.contains(action == QLatin1String("reject") ? QStringLiteral("rejected by")
                                                                                       : QStringLiteral("timed out")),
                     qPrintable(prodDeployment.message));
        }
        // No approval is left pending, and every decision is in the audit trail.
        for (const ApprovalRecord &a : approvalsOf(fixture, release, QStringLiteral("Prod"))) {
            QVERIFY2(a.status != ApprovalStatus::Pending, qPrintable(a.approver));
            const Result<QList<AuditEventRecord>> events = env.store->audit().events(QStringLiteral("approval"), a.id);
            QVERIFY(events && !events->isEmpty());
        }
        QVERIFY(env.store->audit().verifyChain()->intact);
    }

    void deferralStartsAtTheDeferredInstantAndNotBefore() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob")}}.json()}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        const ApprovalRecord approval = *pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob"));
        ApprovalService &approvals = env.services->approvals;
        const QDateTime at = env.clock.now().addSecs(3 * 3600);
        QCOMPARE(kindOf(approvals.defer(approval.id, {QString(), QString(), env.clock.now().addSecs(-60)}, bob)),
                 QStringLiteral("validation"));
        QCOMPARE(kindOf(approvals.defer(approval.id, {QStringLiteral("after the freeze"), QString(), at}, bob)),
                 QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("scheduled"),
                                  waitMs);
        DeploymentRecord d = fixture.latest(release, QStringLiteral("Prod"));
        QCOMPARE(toString(d.operationStatus), QStringLiteral("deferred"));
        QCOMPARE(d.scheduledFor, at);
        // Deferral is accepted only while an approval is pending.
        QCOMPARE(kindOf(approvals.defer(approval.id, {QString(), QString(), at.addSecs(60)}, bob)),
                 QStringLiteral("conflict"));
        env.clock.set(at.addSecs(-1));
        for (int i = 0; i < 50; ++i) { // give an early start every chance to happen
            fixture.engine.tick();
            QCoreApplication::processEvents();
        }
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("scheduled"));
        QVERIFY(fixture.taskSummary(d.id).isEmpty());
        env.clock.set(at);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        d = fixture.latest(release, QStringLiteral("Prod"));
        QCOMPARE(d.startedAt.isValid(), true);
        const Result<QList<TaskRunRecord>> runs = env.services->deployments.taskRuns(d.id);
        QVERIFY(runs && !runs->isEmpty());
        QVERIFY(runs->first().startedAt >= at);
    }

    void deferralIsRefusedWithoutAPendingApproval() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob")}}.json()}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        const ApprovalRecord approval = *pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob"));
        QVERIFY(env.services->deployments.cancel(approval.deploymentId, alice));
        const Result<ApprovalRecord> canceled = env.services->approvals.approval(approval.id);
        QCOMPARE(toString(canceled->status), QStringLiteral("canceled"));
        const Result<ApprovalRecord> deferred =
            env.services->approvals.defer(approval.id, {QString(), QString(), env.clock.now().addSecs(3600)}, bob);
        QCOMPARE(kindOf(deferred), QStringLiteral("conflict"));
        QVERIFY2(deferred.error().message.contains(QStringLiteral("no longer pending")),
                 qPrintable(deferred.error().message));
        QCOMPARE(kindOf(env.services->approvals.defer(999, {QString(), QString(), env.clock.now().addSecs(60)}, bob)),
                 QStringLiteral("notFound"));
    }

    void reassignHandsTheApprovalToAnotherUser() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob")}}.json()}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        const ApprovalRecord original = *pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob"));
        ApprovalService &approvals = env.services->approvals;
        QCOMPARE(kindOf(approvals.reassign(original.id, QStringLiteral("carol"), {}, carol)),
                 QStringLiteral("forbidden"));
        QCOMPARE(kindOf(approvals.reassign(original.id, QStringLiteral("nobody"), {}, bob)),
                 QStringLiteral("notFound"));
        const Result<ApprovalRecord> moved =
            approvals.reassign(original.id, QStringLiteral("carol"), QStringLiteral("on leave"), bob);
        QVERIFY(moved);
        QCOMPARE(moved->approver, QStringLiteral("carol"));
        QCOMPARE(toString(approvals.approval(original.id)->status), QStringLiteral("reassigned"));
        QCOMPARE(kindOf(approvals.approve(original.id, {}, bob)), QStringLiteral("conflict"));
        QCOMPARE(approvals.pending(carol)->size(), 1);
        QCOMPARE(approvals.pending(bob)->size(), 0);
        QCOMPARE(kindOf(approvals.approve(moved->id, {}, carol)), QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        const Result<QList<ApprovalHistoryRecord>> history = approvals.history(original.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(toString(history->last().status), QStringLiteral("reassigned"));
        QCOMPARE(history->last().actor, QStringLiteral("bob"));
    }

    void adminOverrideApprovesTheWholeStep() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(env.services->directory.addUser(QStringLiteral("root"), {}, alice, true));
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob"), QStringLiteral("carol")},
                                                                      QStringLiteral("allInSequence")}
                                                         .json()}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        const ApprovalRecord approval = *pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob"));
        const Result<ApprovalRecord> refused = env.services->approvals.override(approval.id, {}, carol);
        QCOMPARE(kindOf(refused), QStringLiteral("forbidden"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("administrator")),
                 qPrintable(refused.error().message));
        QVERIFY(env.services->approvals.override(approval.id, QStringLiteral("hotfix"), root));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        const QList<ApprovalRecord> rows = approvalsOf(fixture, release, QStringLiteral("Prod"));
        QCOMPARE(rows.size(), 2);
        for (const ApprovalRecord &a : rows) {
            QCOMPARE(toString(a.status), QStringLiteral("approved"));
            QCOMPARE(a.actedBy, QStringLiteral("root"));
            QVERIFY(a.comment.startsWith(QStringLiteral("override by root")));
        }
    }

    void postDeploymentApprovalHoldsTheNextStage() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("QA"), triggerAfterRelease(),
                                                   {{QStringLiteral("postApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob")}}.json()}}),
                                     approvalStage(QStringLiteral("Prod"), triggerAfter(QStringLiteral("QA")))}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, first, QStringLiteral("QA"), QStringLiteral("bob")), waitMs);
        const DeploymentRecord qa = fixture.latest(first, QStringLiteral("QA"));
        QCOMPARE(fixture.taskSummary(qa.id), QStringList{QStringLiteral("Ship:succeeded")});
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("QA")), QStringLiteral("inProgress"));
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("notStarted"));
        ApprovalService &approvals = env.services->approvals;
        const auto post = pendingFor(fixture, first, QStringLiteral("QA"), QStringLiteral("bob"));
        QCOMPARE(toString(post->kind), QStringLiteral("postDeploy"));
        QCOMPARE(kindOf(approvals.defer(post->id, {QString(), QString(), env.clock.now().addSecs(60)}, bob)),
                 QStringLiteral("validation"));
        QVERIFY(approvals.approve(post->id, {}, bob));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("QA")), QStringLiteral("succeeded"));

        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, second, QStringLiteral("QA"), QStringLiteral("bob")), waitMs);
        QVERIFY(approvals.reject(pendingFor(fixture, second, QStringLiteral("QA"), QStringLiteral("bob"))->id,
                                 {QStringLiteral("smoke tests red")}, bob));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(second, QStringLiteral("QA")), QStringLiteral("rejected"),
                                  waitMs);
        QCOMPARE(toString(fixture.latest(second, QStringLiteral("QA")).status), QStringLiteral("failed"));
        QCOMPARE(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("notStarted"));
    }

    void allInOrderAsksTheNextReleaseOnlyAfterThePreviousFinished() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QJsonObject extra{
            {QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("bob")}}.json()},
            {QStringLiteral("postApprovals"), ApprovalSettings{{QStringLiteral("bob")}}.json()},
            {QStringLiteral("queue"), QJsonObject{{QStringLiteral("maxParallel"), 1},
                                                  {QStringLiteral("policy"), QStringLiteral("allInOrder")}}}};
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(), extra)}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        ApprovalService &approvals = env.services->approvals;
        QVERIFY(
            approvals.approve(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob"))->id, {}, bob));
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob")) &&
                                     pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob"))->kind ==
                                         ApprovalKind::PostDeploy,
                                 waitMs);
        fixture.engine.tick();
        QVERIFY(approvalsOf(fixture, second, QStringLiteral("Prod")).isEmpty()); // not even requested
        QCOMPARE(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("queued"));
        QVERIFY(
            approvals.approve(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob"))->id, {}, bob));
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, second, QStringLiteral("Prod"), QStringLiteral("bob")), waitMs);
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("succeeded"));
    }

    void inboxListsWhatTheUserMayActOnThroughGroups() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(env.services->directory.addGroup(QStringLiteral("ops"), {QStringLiteral("carol")}, alice));
        QVERIFY(
            env.save(pipelineOf(QStringLiteral("P"),
                                {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                               {{QStringLiteral("preApprovals"),
                                                 ApprovalSettings{{QStringLiteral("bob"), QStringLiteral("group:ops")},
                                                                  QStringLiteral("allAnyOrder")}
                                                     .json()}})}))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(approvalsOf(fixture, release, QStringLiteral("Prod")).size(), 2, waitMs);
        ApprovalService &approvals = env.services->approvals;
        QCOMPARE(approvals.pending(bob)->size(), 1);
        QCOMPARE(approvals.pending(carol)->first().approver, QStringLiteral("group:ops"));
        QCOMPARE(approvals.pending(alice)->size(), 0);
        QCOMPARE(approvals.pending(alice, true)->size(), 2);
        const Result<ApprovalRecord> notHers = approvals.approve(approvals.pending(bob)->first().id, {}, carol);
        QCOMPARE(kindOf(notHers), QStringLiteral("forbidden"));
        QVERIFY2(notHers.error().message.contains(QStringLiteral("not the approver")),
                 qPrintable(notHers.error().message));
    }
};

QTEST_GUILESS_MAIN(ApprovalsTest)
#include "tst_approvals.moc"
