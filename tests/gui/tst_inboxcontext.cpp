// The inbox beside approvals: manual interventions answered from it, the columns a decision needs,
// and the details pane with the context of the current row. Real widgets, found by objectName.
#include "inboxdetails.h"
#include "inboxfixture.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;

// Dev runs a manual intervention for the ops group (bob), then a last task.
void saveInterventionPipeline(TestEnvironment &env) {
    addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
    QVERIFY(env.services->directory
                .addGroup(QStringLiteral("ops"), {QStringLiteral("bob")}, Identity{QStringLiteral("setup")})
                .ok());
    const QJsonObject check{{QStringLiteral("name"), QStringLiteral("check")},
                            {QStringLiteral("type"), QStringLiteral("manualIntervention")},
                            {QStringLiteral("instructions"), QStringLiteral("Look at the dashboard")},
                            {QStringLiteral("approvers"), QJsonArray{QStringLiteral("group:ops")}}};
    QVERIFY(env.save(pipelineOf(QStringLiteral("M"),
                                {QJsonObject{{QStringLiteral("name"), QStringLiteral("Dev")},
                                             {QStringLiteral("trigger"), triggerAfterRelease()},
                                             {QStringLiteral("tasks"), QJsonArray{check, delayTask()}}}}))
                .ok());
}

void pushVersion(TestEnvironment &env, const QString &version) {
    NewArtifactVersion v;
    v.version = version;
    QVERIFY(env.services->artifacts
                .addPushedVersion(QStringLiteral("W"), QStringLiteral("web"), v, Identity{QStringLiteral("setup")})
                .ok());
}

// QA waits for carol, Prod for bob; the web artifact is pushed.
void saveTwoStagePipeline(TestEnvironment &env) {
    addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
    QJsonObject json =
        QJsonDocument::fromJson(
            pipelineOf(
                QStringLiteral("W"),
                {approvalStage(QStringLiteral("QA"), triggerAfterRelease(),
                               {{QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("carol")}}.json()}}),
                 approvalStage(QStringLiteral("Prod"), triggerAfter(QStringLiteral("QA")),
                               {{QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("bob")}}.json()}})}))
            .object();
    json.insert(QStringLiteral("artifacts"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("web")},
                                                                    {QStringLiteral("type"), QStringLiteral("push")}}});
    QVERIFY(env.save(QJsonDocument(json).toJson()).ok());
}

void approveAs(EngineFixture &fixture, qint64 release, const QString &stage, const QString &user,
               const QString &comment) {
    QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, stage, user).has_value(), waitMs);
    QVERIFY(fixture.env.services->approvals
                .approve(pendingFor(fixture, release, stage, user)->id, {comment, {}, {}}, Identity{user})
                .ok());
}
} // namespace

class InboxContextTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aManualInterventionIsResumedFromTheInbox() {
        TestEnvironment env;
        saveInterventionPipeline(env);
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("M")).id;
        Inbox carol(env, fixture, QStringLiteral("carol")); // not an approver: never sees it
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        QCOMPARE(carol.model.rowCount(), 0);
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::KindColumn).data().toString(),
                 QStringLiteral("Manual intervention"));
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::ApproverColumn).data().toString(),
                 QStringLiteral("group:ops"));
        inbox.check(0);
        QVERIFY(inbox.widget<InboxDetails>("inboxDetails")->text().contains(QStringLiteral("Look at the dashboard")));
        // Approve is for approvals: refused with the reason, nothing to confirm.
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QVERIFY(!inbox.widget<QLabel>("confirmSummary")->isVisible());
        QVERIFY(inbox.widget<QLabel>("approvalProblem")->text().contains(QStringLiteral("resumed or rejected")));
        QTest::keyClicks(inbox.widget<QLineEdit>("approvalComment"), QStringLiteral("dashboard green"));
        QTest::mouseClick(inbox.widget<QPushButton>("resumeButton"), Qt::LeftButton);
        const QString summary = inbox.widget<QLabel>("confirmSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("M · Release-1 · Dev (manual intervention \"check\")")),
                 qPrintable(summary));
        QCOMPARE(toString(fixture.latest(release, QStringLiteral("Dev")).operationStatus),
                 QStringLiteral("pendingIntervention")); // nothing yet
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
        const QList<TaskRunRecord> runs =
            *env.services->deployments.taskRuns(fixture.latest(release, QStringLiteral("Dev")).id);
        const auto check = std::find_if(runs.cbegin(), runs.cend(),
                                        [](const TaskRunRecord &run) { return run.name == QLatin1String("check"); });
        QVERIFY(check != runs.cend());
        QCOMPARE(check->decision, QStringLiteral("resume"));
        QCOMPARE(check->decidedBy, QStringLiteral("bob"));
        QCOMPARE(check->decisionComment, QStringLiteral("dashboard green"));
    }

    void aManualInterventionIsRejectedFromTheInbox() {
        TestEnvironment env;
        saveInterventionPipeline(env);
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("M")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        QTest::mouseClick(inbox.widget<QPushButton>("rejectButton"), Qt::LeftButton);
        QVERIFY(inbox.widget<QLabel>("confirmSummary")->text().contains(QStringLiteral("Reject 1 item")));
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("rejected"),
                                  waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
        QVERIFY(inbox.widget<QLabel>("approvalProblem")->text().contains(QStringLiteral("rejected.")));
    }

    void theColumnsShowNamesApproverAndWaitingAndOpenTheRelease() { // B21
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.services->directory
                    .addGroup(QStringLiteral("ops"), {QStringLiteral("bob")}, Identity{QStringLiteral("setup")})
                    .ok());
        QVERIFY(env.save(pipelineOf(QStringLiteral("Sample with a long pipeline name"),
                                    {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("group:ops")}}.json()}})}))
                    .ok());
        EngineFixture fixture(env);
        QList<qint64> releases;
        for (int i = 0; i < 6; ++i)
            releases << fixture.createRelease(QStringLiteral("Sample with a long pipeline name")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        inbox.page.resize(640, 480);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 6, waitMs);
        QTableView *table = inbox.table();
        const QFontMetrics metrics(table->font());
        for (int column : {int(ApprovalInboxModel::PipelineColumn), int(ApprovalInboxModel::ReleaseColumn)})
            for (int row = 0; row < inbox.model.rowCount(); ++row) {
                const QString text = inbox.model.index(row, column).data().toString();
                QTRY_VERIFY2(table->columnWidth(column) > metrics.horizontalAdvance(text),
                             qPrintable(QStringLiteral("\"%1\" is cut").arg(text)));
            }
        QVERIFY(table->isColumnHidden(ApprovalInboxModel::DeferralColumn)); // empty: takes no width
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::ApproverColumn).data().toString(),
                 QStringLiteral("group:ops"));
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::WaitingColumn).data().toString(), QStringLiteral("0 min"));
        env.clock.set(env.clock.now().addSecs(3 * 3600));
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::WaitingColumn).data().toString(), QStringLiteral("3 h"));
        QSignalSpy open(&inbox.page, &ApprovalsPage::openRelease);
        const int row = inbox.rowOf(QStringLiteral("Release-4"));
        const QRect cell = table->visualRect(inbox.model.index(row, ApprovalInboxModel::ReleaseColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseClick(inbox.widget<QPushButton>("openReleaseButton"), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), releases.at(3));
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().first().toLongLong(), releases.at(3));
    }

    void theDetailsShowWhatChangedAndEarlierApprovals() { // deliverable 6
        TestEnvironment env;
        saveTwoStagePipeline(env);
        EngineFixture fixture(env);
        pushVersion(env, QStringLiteral("1.1.0"));
        const qint64 first = fixture.createRelease(QStringLiteral("W")).id;
        approveAs(fixture, first, QStringLiteral("QA"), QStringLiteral("carol"), {});
        approveAs(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob"), {});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        pushVersion(env, QStringLiteral("2.0.0"));
        const qint64 second = fixture.createRelease(QStringLiteral("W")).id;
        approveAs(fixture, second, QStringLiteral("QA"), QStringLiteral("carol"), QStringLiteral("qa ok"));
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        auto *details = inbox.widget<InboxDetails>("inboxDetails");
        QVERIFY(details->text().contains(QStringLiteral("Click a row")));
        inbox.check(0);
        const QString text = details->text();
        QVERIFY2(text.contains(QStringLiteral("web 2.0.0 (Prod runs 1.1.0)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Prod runs Release-1 now.")));
        QVERIFY(text.contains(QStringLiteral("Approver: you")));
        QVERIFY(text.contains(QStringLiteral("QA (pre-deployment): approved by carol")));
        QVERIFY(text.contains(QStringLiteral("\"qa ok\"")));
        QVERIFY(second > first);
    }
};

QTEST_MAIN(InboxContextTest)
#include "tst_inboxcontext.moc"
