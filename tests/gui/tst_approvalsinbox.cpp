// The approver's inbox, clicked through with real widgets found by objectName: approving, bulk
// actions, and the safety rules (ticks and comments never outlive what the user sees; every action
// is confirmed; Enter confirms, Escape cancels).
#include "datetext.h"
#include "inboxfixture.h"
#include "releasegridmodel.h"
#include "traynotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;

// Prod waits for `approver`; releases are created by alice.
void savePipeline(TestEnvironment &env, const QString &approver) {
    addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
    ApprovalSettings settings{{approver}};
    settings.requesterCannotApprove = true;
    QVERIFY(
        env.save(pipelineOf(QStringLiteral("P"), {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                                {{QStringLiteral("preApprovals"), settings.json()}})}))
            .ok());
}

QString summaryOf(Inbox &inbox) {
    return inbox.widget<QLabel>("confirmSummary")->text();
}
QString messageOf(Inbox &inbox) {
    return inbox.widget<QLabel>("approvalProblem")->text();
}
} // namespace

class ApprovalsInboxTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void approvingFromTheInboxLetsTheDeploymentProceed() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::ReleaseColumn).data().toString(),
                 QStringLiteral("Release-1"));
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::RequestedByColumn).data().toString(),
                 QStringLiteral("alice"));
        QCOMPARE(inbox.model.index(0, ApprovalInboxModel::ApproverColumn).data().toString(), QStringLiteral("you"));
        inbox.check(0);
        QVERIFY(inbox.isChecked(0));
        QTest::keyClicks(inbox.widget<QLineEdit>("approvalComment"), QStringLiteral("looks good"));
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        auto *summary = inbox.widget<QLabel>("confirmSummary");
        QVERIFY(summary->isVisible());
        // Each release and stage is named, with the comment that goes with it.
        QVERIFY2(summary->text().contains(QStringLiteral("P · Release-1 · Prod (pre-deployment)")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Comment: \"looks good\"")));
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued")); // nothing yet
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
        QVERIFY2(messageOf(inbox).startsWith(QStringLiteral("1 approval")) &&
                     messageOf(inbox).endsWith(QStringLiteral(" approved.")),
                 qPrintable(messageOf(inbox)));
        QCOMPARE(inbox.widget<QLineEdit>("approvalComment")->text(), QString()); // fresh for the next action
    }

    void theGridShowsWhatAStageWaitsFor() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        ReleaseGridModel grid(env.services->queries, env.services->notifier,
                              fixture.env.services->releases.details(release)->release.pipelineId);
        QAbstractItemModelTester tester(&grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        grid.refresh();
        const QModelIndex prod = grid.index(0, ReleaseGridModel::FixedColumnCount);
        QCOMPARE(prod.data(ReleaseGridModel::WaitingRole).toString(), QStringLiteral("pendingApproval"));
        QSignalSpy resets(&grid, &QAbstractItemModel::modelReset);
        inbox.check(0);
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(grid.index(0, ReleaseGridModel::FixedColumnCount).data().toString(),
                                  QStringLiteral("Succeeded"), waitMs);
        QCOMPARE(resets.size(), 0);
    }

    void aTrayNotificationIsRaisedWhenAnApprovalArrives() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        TrayNotifier tray;
        notifyArrivingApprovals(inbox.model, tray);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        fixture.createRelease(QStringLiteral("P"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, waitMs);
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("P / Release-1 / Prod, requested by alice"));
        inbox.model.refresh(); // nothing new: no second notification
        QCOMPARE(notified.size(), 1);
    }

    void bulkApproveThreeNamesEachOne() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        QList<qint64> releases;
        for (int i = 0; i < 3; ++i)
            releases << fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 3, waitMs);
        for (int row = 0; row < 3; ++row)
            inbox.check(row);
        QCOMPARE(inbox.model.checked().size(), 3);
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QVERIFY(summaryOf(inbox).startsWith(QStringLiteral("Approve 3 approval"))); // "(s)" until the English .ts
        for (int n = 1; n <= 3; ++n)
            QVERIFY(summaryOf(inbox).contains(QStringLiteral("P · Release-%1 · Prod (pre-deployment)").arg(n)));
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        for (qint64 release : releases)
            QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                      waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
    }

    void ticksAreClearedWhenTheRowsChange() { // B5
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        fixture.createRelease(QStringLiteral("P"));
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        QCOMPARE(inbox.checkedCount(), 1);
        fixture.createRelease(QStringLiteral("P")); // a new approval arrives while Release-1 is ticked
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 2, waitMs);
        QCOMPARE(inbox.checkedCount(), 0);
        QVERIFY2(messageOf(inbox).contains(QStringLiteral("ticks were cleared")), qPrintable(messageOf(inbox)));
    }

    void aVisitStartsWithNoTicksNoCommentAndAFreshDeferTime() { // B5, B23, B24
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        fixture.createRelease(QStringLiteral("P"));
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        QTest::keyClicks(inbox.widget<QLineEdit>("approvalComment"), QStringLiteral("bulk ok"));
        env.clock.set(env.clock.now().addSecs(2 * 3600)); // the page stays open for two hours
        inbox.revisit();
        QCOMPARE(inbox.checkedCount(), 0);
        QCOMPARE(inbox.widget<QLineEdit>("approvalComment")->text(), QString());
        auto *until = inbox.widget<QDateTimeEdit>("deferUntil");
        QCOMPARE(until->dateTime().toUTC(), env.clock.now().addSecs(3600));
        QVERIFY(until->wrapping());
        // Nothing ticked and no current row: the action says so and does nothing.
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QVERIFY(!inbox.widget<QLabel>("confirmSummary")->isVisible());
        QVERIFY(messageOf(inbox).contains(QStringLiteral("Nothing is checked")));
        QCOMPARE(inbox.widget<QLabel>("approvalProblem")->property("messageLevel").toString(), QStringLiteral("error"));
    }

    void approveFromAStageTargetsExactlyThatApproval() { // B5: "Approve…" on a chip
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 2, waitMs);
        inbox.check(inbox.rowOf(QStringLiteral("Release-1"))); // ticked earlier, then the user left
        QTest::keyClicks(inbox.widget<QLineEdit>("approvalComment"), QStringLiteral("bulk ok"));
        const qint64 wanted = pendingFor(fixture, second, QStringLiteral("Prod"), QStringLiteral("bob"))->id;
        inbox.page.focusApproval(wanted);
        QCOMPARE(inbox.checkedCount(), 1);
        QVERIFY(inbox.isChecked(inbox.rowOf(QStringLiteral("Release-2"))));
        QCOMPARE(inbox.table()->currentIndex().row(), inbox.rowOf(QStringLiteral("Release-2")));
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QVERIFY(summaryOf(inbox).contains(QStringLiteral("Release-2")));
        QVERIFY2(!summaryOf(inbox).contains(QStringLiteral("Release-1")), qPrintable(summaryOf(inbox)));
        QVERIFY(summaryOf(inbox).contains(QStringLiteral("No comment.")));
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("queued"));
        // Asked for while the page is hidden, the focus survives the visit's reset.
        inbox.page.hide();
        inbox.page.focusApproval(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("bob"))->id);
        inbox.page.show();
        inbox.activate();
        QCOMPARE(inbox.checkedCount(), 1);
        QVERIFY(inbox.isChecked(inbox.rowOf(QStringLiteral("Release-1"))));
    }

    void deferAndReassignAreConfirmedWithAFreshComment() { // B23, B22
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 2, waitMs);
        addUsers(env, {QStringLiteral("dave")}); // added while the page is open
        auto *users = inbox.widget<QComboBox>("reassignUser");
        QCOMPARE(users->currentIndex(), 0); // "Pick a user…": nobody by default
        QCOMPARE(users->currentData().toString(), QString());
        inbox.check(inbox.rowOf(QStringLiteral("Release-1")));
        QTest::mouseClick(inbox.widget<QPushButton>("reassignButton"), Qt::LeftButton);
        QVERIFY(messageOf(inbox).contains(QStringLiteral("Pick the user")));
        QTest::mouseClick(users, Qt::LeftButton); // the list is read again as it opens
        QVERIFY(users->findData(QStringLiteral("dave")) > 0);
        users->hidePopup();
        inbox.activate();
        users->setCurrentIndex(users->findData(QStringLiteral("dave")));
        QTest::keyClicks(inbox.widget<QLineEdit>("approvalComment"), QStringLiteral("on leave this week"));
        QTest::mouseClick(inbox.widget<QPushButton>("reassignButton"), Qt::LeftButton);
        QVERIFY2(summaryOf(inbox).startsWith(QStringLiteral("Hand 1 approval")), qPrintable(summaryOf(inbox)));
        QVERIFY(summaryOf(inbox).contains(QStringLiteral(" to dave:")));
        QVERIFY(summaryOf(inbox).contains(QStringLiteral("P · Release-1 · Prod")));
        QCOMPARE(env.services->approvals.pending(Identity{QStringLiteral("dave")})->size(), 0); // not yet
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE(inbox.model.rowCount(), 1);
        QCOMPARE(env.services->approvals.pending(Identity{QStringLiteral("dave")})->size(), 1);
        QCOMPARE(inbox.widget<QLineEdit>("approvalComment")->text(), QString());
        QCOMPARE(users->currentIndex(), 0);
        // Defer with nothing ticked says so.
        inbox.table()->selectionModel()->clear();
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
        QVERIFY(messageOf(inbox).contains(QStringLiteral("Nothing is checked")));
        // Defer is confirmed too, and goes out without the reassign's comment.
        inbox.check(inbox.rowOf(QStringLiteral("Release-2")));
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
        QVERIFY(summaryOf(inbox).contains(QStringLiteral("No comment.")));
        QCOMPARE(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("queued"));
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("scheduled"),
                                  waitMs);
        QVERIFY(first > 0);
    }

    void enterConfirmsAndEscapeCancels() { // B15
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        QTest::keyClick(inbox.table(), Qt::Key_Return, Qt::ControlModifier);
        auto *confirm = inbox.widget<QPushButton>("confirmButton");
        QVERIFY(confirm->isVisible());
        QCOMPARE(QApplication::focusWidget(), confirm);
        QTest::keyClick(confirm, Qt::Key_Escape);
        QVERIFY(!confirm->isVisible());
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued"));
        QTest::keyClick(inbox.table(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(QApplication::focusWidget(), inbox.table()); // not the Defer date field
    }

    void deferringStartsTheDeploymentAtThatTime() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("bob"));
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        Inbox inbox(env, fixture, QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        auto *until = inbox.widget<QDateTimeEdit>("deferUntil");
        until->setDateTime(env.clock.now().addSecs(-3600).toLocalTime()); // a past time is refused
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
        QVERIFY(messageOf(inbox).contains(QStringLiteral("in the past")));
        QVERIFY(!inbox.widget<QLabel>("confirmSummary")->isVisible());
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(env.clock.now().toSecsSinceEpoch() / 60 * 60 + 2 * 3600, Qt::UTC);
        until->setDateTime(at.toLocalTime());
        QVERIFY(inbox.widget<QLabel>("deferUtc")->text().contains(QLocale().toString(at, dateTimeEditFormat())));
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("scheduled"),
                                  waitMs);
        env.clock.set(at.addSecs(-1));
        for (int i = 0; i < 30; ++i) { // give an early start every chance to happen
            fixture.engine.tick();
            QCoreApplication::processEvents();
        }
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("scheduled"));
        env.clock.set(at);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
    }

    void theRequesterIsRefusedWithTheReasonShown() {
        TestEnvironment env;
        savePipeline(env, QStringLiteral("alice"));
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id; // by alice, the approver
        Inbox inbox(env, fixture, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        inbox.check(0);
        QTest::keyClick(&inbox.page, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter approves, confirmed
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QVERIFY2(messageOf(inbox).contains(QStringLiteral("requester cannot approve")), qPrintable(messageOf(inbox)));
        QCOMPARE(inbox.widget<QLabel>("approvalProblem")->property("messageLevel").toString(), QStringLiteral("error"));
        QCOMPARE(inbox.model.rowCount(), 1);
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued"));
    }
};

QTEST_MAIN(ApprovalsInboxTest)
#include "tst_approvalsinbox.moc"
