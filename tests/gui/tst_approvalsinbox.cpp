// The approver's inbox, clicked through with real widgets found by objectName.
#include "approvalinboxmodel.h"
#include "approvalpipelines.h"
#include "approvalspage.h"
#include "datetext.h"
#include "releasegridmodel.h"
#include "traynotifier.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

struct Inbox final {
    Inbox(TestEnvironment &env, EngineFixture &fixture, const QString &user)
        : model(env.services->approvals, env.services->queries, env.services->notifier, env.clock, Identity{user}),
          tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest),
          page(model, {env.services->approvals, env.services->directory, env.clock, Identity{user}}) {
        // As the app does: the engine's changes reach the models through the notifier.
        QObject::connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &env.services->notifier,
                         [&env](qint64 pipelineId, qint64 releaseId, qint64) {
                             Q_EMIT env.services->notifier.releaseChanged(pipelineId, releaseId);
                         });
        page.resize(900, 500);
        page.show();
    }
    ApprovalInboxModel model;
    QAbstractItemModelTester tester;
    ApprovalsPage page;

    template <typename T>
    T *widget(const char *name) {
        return page.findChild<T *>(QString::fromLatin1(name));
    }
    void check(int row) { // select the row and toggle its check box with Space
        auto *table = widget<QTableView>("approvalsTable");
        table->setFocus();
        table->setCurrentIndex(model.index(row, 1));
        QTest::keyClick(table, Qt::Key_Space);
    }
    void approveChecked() {
        QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
        QTest::mouseClick(widget<QPushButton>("confirmButton"), Qt::LeftButton);
    }
};
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
        inbox.check(0);
        QCOMPARE(inbox.model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        inbox.widget<QLineEdit>("approvalComment")->setText(QStringLiteral("looks good"));
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        auto *summary = inbox.widget<QLabel>("confirmSummary");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("P / Release-1 / Prod")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("looks good")));
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued")); // nothing yet
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
        QVERIFY(inbox.widget<QLabel>("approvalProblem")->text().contains(QStringLiteral("approved")));
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
        QCOMPARE(prod.data().toString(), QStringLiteral("Awaiting approval"));
        QSignalSpy resets(&grid, &QAbstractItemModel::modelReset);
        inbox.check(0);
        inbox.approveChecked();
        QTRY_COMPARE_WITH_TIMEOUT(grid.index(0, ReleaseGridModel::FixedColumnCount).data().toString(),
                                  QStringLiteral("Succeeded"), waitMs);
        QVERIFY(!grid.index(0, ReleaseGridModel::FixedColumnCount).data(ReleaseGridModel::WaitingRole).isValid());
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
        QSignalSpy open(&tray, &TrayNotifier::openRelease);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, waitMs);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("An approval waits for you"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("P / Release-1 / Prod, requested by alice"));
        QVERIFY(release > 0);
        inbox.model.refresh(); // nothing new: no second notification
        QCOMPARE(notified.size(), 1);
    }

    void bulkApproveThree() {
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
        QVERIFY(inbox.widget<QLabel>("confirmSummary")->text().startsWith(QStringLiteral("Approve 3 approval(s)")));
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        for (qint64 release : releases)
            QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                      waitMs);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
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
        // A past time is refused with the reason.
        until->setDateTime(env.clock.now().addSecs(-3600).toLocalTime());
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
        QVERIFY(inbox.widget<QLabel>("approvalProblem")->text().contains(QStringLiteral("in the past")));
        QCOMPARE(inbox.model.rowCount(), 1);
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(env.clock.now().toSecsSinceEpoch() / 60 * 60 + 2 * 3600, Qt::UTC);
        until->setDateTime(at.toLocalTime());
        QVERIFY(inbox.widget<QLabel>("deferUtc")->text().contains(QLocale().toString(at, dateTimeEditFormat())));
        QTest::mouseClick(inbox.widget<QPushButton>("deferButton"), Qt::LeftButton);
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
        // Ctrl+Enter approves, through the same confirmation.
        QTest::keyClick(&inbox.page, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(inbox.widget<QLabel>("confirmSummary")->isVisible());
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        const QString problem = inbox.widget<QLabel>("approvalProblem")->text();
        QVERIFY2(problem.contains(QStringLiteral("requester cannot approve")), qPrintable(problem));
        QVERIFY(inbox.widget<QPushButton>("approveButton")->isEnabled());
        QCOMPARE(inbox.model.rowCount(), 1);
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("queued"));
        // Reassigning to bob hands it over.
        inbox.widget<QComboBox>("reassignUser")->setCurrentText(QStringLiteral("bob"));
        QTest::mouseClick(inbox.widget<QPushButton>("reassignButton"), Qt::LeftButton);
        QTRY_COMPARE(inbox.model.rowCount(), 0);
        QCOMPARE(env.services->approvals.pending(Identity{QStringLiteral("bob")})->size(), 1);
    }
};

QTEST_MAIN(ApprovalsInboxTest)
#include "tst_approvalsinbox.moc"
