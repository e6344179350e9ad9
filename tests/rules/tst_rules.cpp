// The pure rules of a deployment, without a database: the stage status a deployment shows, the steps of a
// stage, and whether an actor may act on an approval.
#include "definition/pipelineparser.h"
#include "rules/approvalpolicy.h"
#include "rules/transitions.h"

#include <QTest>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::DeploymentStatus)
Q_DECLARE_METATYPE(slipway::OperationStatus)
Q_DECLARE_METATYPE(slipway::StageStatus)
Q_DECLARE_METATYPE(slipway::ApprovalAction)
Q_DECLARE_METATYPE(slipway::DeploymentStep)

namespace {

// One stage, "S", with the given approval and gate settings added to its tasks.
PipelineDefinition pipelineWith(const QByteArray &stageExtras) {
    const QByteArray json = "{\"name\":\"P\",\"stages\":[{\"name\":\"S\",\"tasks\":[{\"name\":\"t\",\"type\":"
                            "\"script\",\"script\":\"true\"}]" +
                            (stageExtras.isEmpty() ? QByteArray() : "," + stageExtras) + "}]}";
    ParsedPipeline parsed = parsePipeline(json);
    if (!parsed.ok())
        qFatal("test pipeline does not parse: %s", qPrintable(parsed.errorMessages().join(QLatin1Char('\n'))));
    return *parsed.definition;
}

const QByteArray preApprovals = "\"preApprovals\":{\"approvers\":[\"alice\"]}";
const QByteArray postApprovals = "\"postApprovals\":{\"approvers\":[\"bob\"]}";
QByteArray gates(const char *phase, const char *order) {
    return QByteArray("\"") + phase + "Gates\":{\"approvalOrder\":\"" + order +
           "\",\"gates\":[{\"name\":\"g\",\"type\":\"script\",\"script\":\"true\"}]}";
}

ApprovalRecord pendingFor(const QString &approver, ApprovalKind kind = ApprovalKind::PreDeploy) {
    ApprovalRecord approval;
    approval.id = 7;
    approval.kind = kind;
    approval.approver = approver;
    return approval;
}

// Compared as their names: slipway's toString() overloads hide QTest's for these enums.
QStringList namesOf(const QList<DeploymentStep> &steps) {
    QStringList names;
    for (DeploymentStep step : steps)
        names << toString(step);
    return names;
}

ApprovalPolicy policyFor(const QString &approver) {
    ApprovalPolicy policy;
    policy.approvers = {approver};
    return policy;
}

} // namespace

class TestRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheStageStatusOfADeploymentsState_data() {
        QTest::addColumn<DeploymentStatus>("status");
        QTest::addColumn<OperationStatus>("operation");
        QTest::addColumn<StageStatus>("expected");
        QTest::newRow("succeeded") << DeploymentStatus::Succeeded << OperationStatus::Done << StageStatus::Succeeded;
        QTest::newRow("partially") << DeploymentStatus::PartiallySucceeded << OperationStatus::Done
                                   << StageStatus::PartiallySucceeded;
        QTest::newRow("failed") << DeploymentStatus::Failed << OperationStatus::Done << StageStatus::Failed;
        QTest::newRow("canceled") << DeploymentStatus::Canceled << OperationStatus::Done << StageStatus::Canceled;
        QTest::newRow("interrupted shows canceled")
            << DeploymentStatus::Interrupted << OperationStatus::Done << StageStatus::Canceled;
        QTest::newRow("running") << DeploymentStatus::InProgress << OperationStatus::Running << StageStatus::InProgress;
        QTest::newRow("queued") << DeploymentStatus::NotDeployed << OperationStatus::Queued << StageStatus::Queued;
        QTest::newRow("deferred") << DeploymentStatus::NotDeployed << OperationStatus::Deferred
                                  << StageStatus::Scheduled;
        QTest::newRow("waiting for approval")
            << DeploymentStatus::NotDeployed << OperationStatus::PendingApproval << StageStatus::InProgress;
        QTest::newRow("ended before it ran")
            << DeploymentStatus::NotDeployed << OperationStatus::Done << StageStatus::Canceled;
    }
    void shouldShowTheStageStatusOfADeploymentsState() {
        QFETCH(DeploymentStatus, status);
        QFETCH(OperationStatus, operation);
        QFETCH(StageStatus, expected);
        QCOMPARE(toString(stageStatusOf(status, operation)), toString(expected));
    }

    void shouldShowQueuedBeforeTheTasksAndInProgressAfterThem() {
        QCOMPARE(toString(stageStatusWhileWaiting(DeploymentStep::PreApprovals)), toString(StageStatus::Queued));
        QCOMPARE(toString(stageStatusWhileWaiting(DeploymentStep::PreGates)), toString(StageStatus::Queued));
        QCOMPARE(toString(stageStatusWhileWaiting(DeploymentStep::PostGates)), toString(StageStatus::InProgress));
        QCOMPARE(toString(stageStatusWhileWaiting(DeploymentStep::PostApprovals)), toString(StageStatus::InProgress));
    }

    void shouldRunOnlyTheTasksOfAStageWithoutChecks() {
        const PipelineDefinition pipeline = pipelineWith({});
        QCOMPARE(namesOf(stepsOf(*pipeline.stage(QStringLiteral("S")))), QStringList{QStringLiteral("tasks")});
    }

    void shouldOrderTheStepsAsTheStageConfiguresThem_data() {
        QTest::addColumn<QByteArray>("extras");
        QTest::addColumn<QList<DeploymentStep>>("expected");
        using S = DeploymentStep;
        QTest::newRow("approvals around the tasks")
            << preApprovals + "," + postApprovals << QList<S>{S::PreApprovals, S::Tasks, S::PostApprovals};
        QTest::newRow("approvals before gates")
            << preApprovals + "," + gates("pre", "beforeGates") << QList<S>{S::PreApprovals, S::PreGates, S::Tasks};
        QTest::newRow("approvals after successful gates") << preApprovals + "," + gates("pre", "afterSuccessfulGates")
                                                          << QList<S>{S::PreGates, S::PreApprovals, S::Tasks};
        QTest::newRow("post gates, then approvals by default")
            << postApprovals + "," + gates("post", "afterSuccessfulGates")
            << QList<S>{S::Tasks, S::PostGates, S::PostApprovals};
        QTest::newRow("gates alone") << gates("pre", "beforeGates") << QList<S>{S::PreGates, S::Tasks};
    }
    void shouldOrderTheStepsAsTheStageConfiguresThem() {
        QFETCH(QByteArray, extras);
        QFETCH(QList<DeploymentStep>, expected);
        const PipelineDefinition pipeline = pipelineWith(extras);
        QCOMPARE(namesOf(stepsOf(*pipeline.stage(QStringLiteral("S")))), namesOf(expected));
    }

    void shouldLetTheApproverApprove() {
        // GIVEN a pending approval for alice, WHEN alice approves, THEN the rules allow it
        const Status allowed = checkApprovalAction(
            policyFor(QStringLiteral("alice")), pendingFor(QStringLiteral("alice")), ApprovalAction::Approve,
            {QStringLiteral("alice"), {}}, QStringLiteral("carol"), QStringLiteral("carol"));
        QVERIFY2(allowed.ok(), qPrintable(allowed.ok() ? QString() : allowed.error().message));
    }

    void shouldLetAGroupMemberActForTheGroup() {
        const ApprovalActor member{QStringLiteral("dave"), {QStringLiteral("ops")}};
        QVERIFY(actsFor(QStringLiteral("group:ops"), member));
        QVERIFY(!actsFor(QStringLiteral("group:qa"), member));
        QVERIFY(!actsFor(QStringLiteral("ops"), member));
        QVERIFY(checkApprovalAction(policyFor(QStringLiteral("group:ops")), pendingFor(QStringLiteral("group:ops")),
                                    ApprovalAction::Reject, member, {}, {})
                    .ok());
    }

    void shouldRefuseSomeoneElse() {
        const Status refused =
            checkApprovalAction(policyFor(QStringLiteral("alice")), pendingFor(QStringLiteral("alice")),
                                ApprovalAction::Approve, {QStringLiteral("mallory"), {}}, {}, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().kind == ErrorKind::Forbidden);
    }

    void shouldRefuseAnApprovalNoLongerPending() {
        ApprovalRecord decided = pendingFor(QStringLiteral("alice"));
        decided.status = ApprovalStatus::Approved;
        decided.actedBy = QStringLiteral("alice");
        const Status refused = checkApprovalAction(policyFor(QStringLiteral("alice")), decided, ApprovalAction::Reject,
                                                   {QStringLiteral("alice"), {}}, {}, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().kind == ErrorKind::Conflict);
    }

    void shouldForbidTheRequesterToApproveButNotToReject_data() {
        QTest::addColumn<ApprovalAction>("action");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("approve") << ApprovalAction::Approve << false;
        QTest::newRow("defer") << ApprovalAction::Defer << false;
        QTest::newRow("reject") << ApprovalAction::Reject << true;
        QTest::newRow("reassign") << ApprovalAction::Reassign << true;
    }
    void shouldForbidTheRequesterToApproveButNotToReject() {
        QFETCH(ApprovalAction, action);
        QFETCH(bool, allowed);
        // GIVEN alice requested the deployment she is asked to approve (requester cannot approve: the default)
        const Status result =
            checkApprovalAction(policyFor(QStringLiteral("alice")), pendingFor(QStringLiteral("alice")), action,
                                {QStringLiteral("alice"), {}}, QStringLiteral("carol"), QStringLiteral("alice"));
        QCOMPARE(result.ok(), allowed);
        // AND without that policy she may do either
        ApprovalPolicy lenient = policyFor(QStringLiteral("alice"));
        lenient.requesterCannotApprove = false;
        QVERIFY(checkApprovalAction(lenient, pendingFor(QStringLiteral("alice")), action, {QStringLiteral("alice"), {}},
                                    QStringLiteral("alice"), QStringLiteral("alice"))
                    .ok());
    }

    void shouldDeferOnlyPreDeploymentApprovals() {
        const Status refused = checkApprovalAction(policyFor(QStringLiteral("bob")),
                                                   pendingFor(QStringLiteral("bob"), ApprovalKind::PostDeploy),
                                                   ApprovalAction::Defer, {QStringLiteral("bob"), {}}, {}, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().kind == ErrorKind::Validation);
    }

    void shouldAskForTheIdentityAgainWhenThePolicySaysSo() {
        ApprovalPolicy strict = policyFor(QStringLiteral("alice"));
        strict.revalidateIdentity = true;
        ApprovalActor alice{QStringLiteral("alice"), {}};
        QVERIFY(
            !checkApprovalAction(strict, pendingFor(QStringLiteral("alice")), ApprovalAction::Approve, alice, {}, {}));
        QVERIFY(
            checkApprovalAction(strict, pendingFor(QStringLiteral("alice")), ApprovalAction::Reassign, alice, {}, {})
                .ok());
        alice.identityConfirmed = true;
        QVERIFY(checkApprovalAction(strict, pendingFor(QStringLiteral("alice")), ApprovalAction::Approve, alice, {}, {})
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
