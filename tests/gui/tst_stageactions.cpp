// Deciding where one looks: the release page's stage card and the grid chip's menu open one decision
// dialog for THAT stage's approval, intervention, gate or deployment, clicked through real widgets.
#include "approvalpipelines.h"
#include "pipelinepage.h"
#include "releasegridmodel.h"
#include "releasepage.h"
#include "stagedecisiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;
const Identity alice{QStringLiteral("alice")};

// Prod needs an approval from `approvers` before it runs.
QByteArray approvedProd(const ApprovalSettings &settings) {
    return pipelineOf(QStringLiteral("P"), {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                          {{QStringLiteral("preApprovals"), settings.json()}})});
}

// The card's Decide menu entry for `key`, triggered as a click on it does.
StageDecisionDialog *decide(ReleasePage &page, const QString &stage, const QString &key) {
    auto *button = page.findChild<QToolButton *>(QStringLiteral("stageDecide_") + stage);
    if (!button || !button->isVisible())
        return nullptr;
    auto *action = button->menu()->findChild<QAction *>(QStringLiteral("stageDecision_") + key);
    if (!action)
        return nullptr;
    action->trigger();
    return page.findChild<StageDecisionDialog *>(QStringLiteral("stageDecisionDialog"));
}

QString summaryOf(QDialog *dialog) {
    return dialog->findChild<QLabel *>(QStringLiteral("stageDecisionSummary"))->text();
}
QString problemOf(QDialog *dialog) {
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("stageDecisionProblem"));
    return problem->isVisible() ? problem->text() : QString();
}
void confirm(QDialog *dialog, const QString &comment = {}) {
    if (!comment.isEmpty())
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("stageDecisionComment")), comment);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stageDecisionOk")), Qt::LeftButton);
}
QString messageOf(ReleasePage &page) {
    return page.findChild<QLabel *>(QStringLiteral("releaseActionMessage"))->text();
}

struct Shown final {
    Shown(TestEnvironment &env, EngineFixture &fixture, qint64 release) : page({*env.services, alice}, release) {
        QObject::connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.resize(1000, 700);
        page.show();
    }
    ReleasePage page;
};

} // namespace

class StageActionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void approveFromTheCardActsOnThatReleasesApprovalOnly() {
        // GIVEN two releases waiting for alice's approval of Prod
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(approvedProd(ApprovalSettings{{QStringLiteral("alice")}})).ok());
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, second, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        Shown shown(env, fixture, second);
        // THEN the card says who is awaited: alice herself
        QTRY_VERIFY(page(shown)
                        ->findChild<QLabel *>(QStringLiteral("stageWaiting_Prod"))
                        ->text()
                        .startsWith(QStringLiteral("Awaiting you")));
        // WHEN she approves from the card, with a comment
        StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Prod"), QStringLiteral("approve"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(summaryOf(dialog).contains(QStringLiteral("Prod in Release-2")), qPrintable(summaryOf(dialog)));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("stageDecisionComment"))->toPlainText().isEmpty());
        confirm(dialog, QStringLiteral("ship it"));
        // THEN Release-2's approval is approved, with the comment, and Release-1's still waits
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(second, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        const ApprovalRecord approved = approvalsOf(fixture, second, QStringLiteral("Prod")).first();
        QCOMPARE(approved.comment, QStringLiteral("ship it"));
        QCOMPARE(approved.actedBy, QStringLiteral("alice"));
        QVERIFY(pendingFor(fixture, first, QStringLiteral("Prod"), QStringLiteral("alice")));
        QCOMPARE(messageOf(shown.page), QStringLiteral("Approved Prod of Release-2."));
        QTRY_VERIFY(!shown.page.findChild<QToolButton *>(QStringLiteral("stageDecide_Prod"))->isVisible());
    }

    void thePolicysRefusalIsShownInPlace() {
        // GIVEN alice requested the release and the requester may not approve
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        ApprovalSettings settings{{QStringLiteral("alice"), QStringLiteral("bob")}};
        settings.requesterCannotApprove = true;
        QVERIFY(env.save(approvedProd(settings)).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        Shown shown(env, fixture, release);
        StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Prod"), QStringLiteral("approve"));
        QVERIFY(dialog);
        // THEN the dialog says why before she tries, and after: it stays open, nothing is approved
        QVERIFY2(!problemOf(dialog).isEmpty(), "the refusal is shown when the dialog opens");
        confirm(dialog, QStringLiteral("mine"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("alice")), qPrintable(problemOf(dialog)));
        QVERIFY(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")));
    }

    void deferRefusesThePastAndDefersToTheChosenTime() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice")});
        QVERIFY(env.save(approvedProd(ApprovalSettings{{QStringLiteral("alice")}})).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        Shown shown(env, fixture, release);
        StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Prod"), QStringLiteral("defer"));
        QVERIFY(dialog);
        auto *until = dialog->findChild<QDateTimeEdit *>(QStringLiteral("stageDecisionDeferUntil"));
        const QDateTime now = env.clock.now();
        until->setDateTime(now.toLocalTime().addSecs(-2 * 3600));
        confirm(dialog);
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("in the past")), qPrintable(problemOf(dialog)));
        QVERIFY(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")));
        const QDateTime later = now.addSecs(3 * 3600);
        until->setDateTime(later.toLocalTime());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("stageDecisionDeferUtc"))->text(),
                 later.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
        confirm(dialog, QStringLiteral("after the freeze"));
        QTRY_VERIFY(!dialog->isVisible());
        const ApprovalRecord deferred = approvalsOf(fixture, release, QStringLiteral("Prod")).first();
        QCOMPARE(toString(deferred.status), QStringLiteral("approved"));
        QCOMPARE(deferred.deferredUntil.toSecsSinceEpoch() / 60, later.toSecsSinceEpoch() / 60);
        QVERIFY2(messageOf(shown.page).startsWith(QStringLiteral("Deferred Prod of Release-1 until")),
                 qPrintable(messageOf(shown.page)));
        QTRY_VERIFY(shown.page.findChild<QLabel *>(QStringLiteral("stageWaiting_Prod"))
                        ->text()
                        .startsWith(QStringLiteral("Deferred until")));
    }

    void reassignPicksAUserOfTheDirectory() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(env.save(approvedProd(ApprovalSettings{{QStringLiteral("alice")}})).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        Shown shown(env, fixture, release);
        StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Prod"), QStringLiteral("reassign"));
        QVERIFY(dialog);
        auto *to = dialog->findChild<QComboBox *>(QStringLiteral("stageDecisionReassignTo"));
        QVERIFY(to->findData(QStringLiteral("alice")) < 0); // not to whom it is already assigned
        to->setCurrentIndex(to->findData(QStringLiteral("carol")));
        confirm(dialog, QStringLiteral("on holiday"));
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("carol")));
        QVERIFY(!pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")));
    }

    void aManualInterventionIsResumedOrRejectedFromTheCard_data() {
        QTest::addColumn<bool>("resume");
        QTest::addColumn<QString>("stage");
        QTest::newRow("resume") << true << QStringLiteral("succeeded");
        QTest::newRow("reject") << false << QStringLiteral("rejected");
    }
    void aManualInterventionIsResumedOrRejectedFromTheCard() {
        QFETCH(bool, resume);
        QFETCH(QString, stage);
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("P"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             QStringLiteral(R"({"name":"check","type":"manualIntervention",)"
                                                            R"("instructions":"Look at it","approvers":["bob"]},)") +
                                                 script(QStringLiteral("after"), QStringLiteral("echo after")))}))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Dev")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        // alice may not answer it: the refusal shows in the dialog
        {
            Shown shown(env, fixture, release);
            StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Dev"), QStringLiteral("resume"));
            QVERIFY(dialog);
            confirm(dialog);
            QVERIFY2(problemOf(dialog).contains(QStringLiteral("bob")), qPrintable(problemOf(dialog)));
        }
        // bob may
        ReleasePage page({*env.services, Identity{QStringLiteral("bob")}}, release);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.show();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("stageWaiting_Dev"))->text().contains(QStringLiteral("check")));
        StageDecisionDialog *dialog = decide(page, QStringLiteral("Dev"),
                                             resume ? QStringLiteral("resume") : QStringLiteral("rejectIntervention"));
        QVERIFY(dialog);
        QVERIFY2(summaryOf(dialog).contains(QStringLiteral("Dev in Release-1")), qPrintable(summaryOf(dialog)));
        confirm(dialog, QStringLiteral("checked"));
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), stage, waitMs);
        const TaskRunRecord answered =
            env.services->deployments.taskRuns(fixture.latest(release, QStringLiteral("Dev")).id)->at(1);
        QCOMPARE(answered.decidedBy, QStringLiteral("bob"));
        QCOMPARE(answered.decisionComment, QStringLiteral("checked"));
    }

    void ignoringAGateNeedsAComment() {
        TestEnvironment env;
        QJsonObject gates{
            {QStringLiteral("delay"), QStringLiteral("0s")},
            {QStringLiteral("samplingInterval"), QStringLiteral("10s")},
            {QStringLiteral("timeout"), QStringLiteral("1h")},
            {QStringLiteral("minSuccessDuration"), QStringLiteral("0s")},
            {QStringLiteral("gates"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Never")},
                                                             {QStringLiteral("type"), QStringLiteral("script")},
                                                             {QStringLiteral("script"), QStringLiteral("exit 1")}}}}};
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"), {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                                        {{QStringLiteral("preGates"), gates}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(
            !env.services->approvals.gateEvaluations(fixture.latest(release, QStringLiteral("Prod")).id)->isEmpty(),
            waitMs);
        Shown shown(env, fixture, release);
        StageDecisionDialog *dialog = decide(shown.page, QStringLiteral("Prod"), QStringLiteral("ignoreGate"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("stageDecisionGate"))->currentText(),
                 QStringLiteral("Never"));
        confirm(dialog);
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("why")), qPrintable(problemOf(dialog)));
        QVERIFY(env.services->approvals.ignoredGates(fixture.latest(release, QStringLiteral("Prod")).id)->isEmpty());
        confirm(dialog, QStringLiteral("the check is broken"));
        QTRY_VERIFY(!dialog->isVisible());
        const QList<GateIgnoreRecord> ignored =
            *env.services->approvals.ignoredGates(fixture.latest(release, QStringLiteral("Prod")).id);
        QCOMPARE(ignored.size(), 1);
        QCOMPARE(ignored.first().comment, QStringLiteral("the check is broken"));
        env.clock.advanceBy(10 * 1000); // the next round passes without it
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
    }

    void theChipMenuDecidesOnItsOwnReleaseAndStage() {
        // GIVEN two releases waiting for alice; the chip of the OLDER one is selected
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice")});
        const qint64 pipeline = env.save(approvedProd(ApprovalSettings{{QStringLiteral("alice")}}))->pipelineId;
        EngineFixture fixture(env);
        const qint64 first = fixture.createRelease(QStringLiteral("P")).id;
        const qint64 second = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, second, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        PipelinePage page([&env](qint64 id) {
            return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier, id);
        });
        page.setActions({*env.services, alice});
        page.showPipeline(pipeline, QStringLiteral("P"));
        page.resize(1000, 500);
        page.show();
        auto *grid = page.findChild<QTableView *>(QStringLiteral("releaseGrid"));
        QModelIndex chip;
        QTRY_VERIFY(grid->model()->rowCount() == 2);
        for (int row = 0; row < grid->model()->rowCount(); ++row)
            if (grid->model()->index(row, 0).data(ReleaseGridModel::ReleaseIdRole).toLongLong() == first)
                chip = grid->model()->index(row, ReleaseGridModel::FixedColumnCount);
        QVERIFY(chip.isValid());
        // WHEN the chip's menu offers Approve and it is chosen
        QStringList offered;
        QTimer::singleShot(0, &page, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                if (!action->objectName().isEmpty())
                    offered << action->objectName();
            if (auto *approve = menu->findChild<QAction *>(QStringLiteral("stageDecision_approve")))
                approve->trigger();
            menu->close();
        });
        Q_EMIT grid->customContextMenuRequested(grid->visualRect(chip).center());
        QVERIFY2(offered.contains(QStringLiteral("stageDecision_approve")), qPrintable(offered.join(u',')));
        QVERIFY2(offered.contains(QStringLiteral("stageDecision_cancel")), qPrintable(offered.join(u',')));
        QVERIFY2(!offered.contains(QStringLiteral("gridDeploy")), "no second attempt while the stage is busy");
        auto *dialog = page.findChild<StageDecisionDialog *>(QStringLiteral("stageDecisionDialog"));
        QVERIFY(dialog);
        QVERIFY2(summaryOf(dialog).contains(QStringLiteral("Prod in Release-1")), qPrintable(summaryOf(dialog)));
        confirm(dialog);
        // THEN Release-1 is approved, Release-2 still waits
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(first, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QVERIFY(pendingFor(fixture, second, QStringLiteral("Prod"), QStringLiteral("alice")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pipelineProblem"))->text(),
                 QStringLiteral("Approved Prod of Release-1."));
    }

    // Deliverable 6: the card tells who is awaited (the user, through which group), the earlier stages'
    // approvals, and in its tooltip the attempt, requester, start and duration.
    void theCardGivesTheDecisionItsContext() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.services->directory.addGroup(QStringLiteral("ops"), {QStringLiteral("alice")}, alice));
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"),
                                    {approvalStage(QStringLiteral("Dev"), triggerAfterRelease(),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("bob")}}.json()}}),
                                     approvalStage(QStringLiteral("Prod"), triggerAfter(QStringLiteral("Dev")),
                                                   {{QStringLiteral("preApprovals"),
                                                     ApprovalSettings{{QStringLiteral("group:ops")}}.json()}})}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Dev"), QStringLiteral("bob")), waitMs);
        QVERIFY(env.services->approvals.approve(
            pendingFor(fixture, release, QStringLiteral("Dev"), QStringLiteral("bob"))->id, {QStringLiteral("fine")},
            Identity{QStringLiteral("bob")}));
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("group:ops")),
                                 waitMs);
        env.clock.advanceBy(5 * 60 * 1000);
        Shown shown(env, fixture, release);
        auto *waitingLine = shown.page.findChild<QLabel *>(QStringLiteral("stageWaiting_Prod"));
        // An elided line has its whole text in its tooltip.
        const QString waiting = waitingLine->toolTip().isEmpty() ? waitingLine->text() : waitingLine->toolTip();
        QVERIFY2(waiting.startsWith(QStringLiteral("Awaiting you (group:ops) · 5 min")), qPrintable(waiting));
        const QString earlier = shown.page.findChild<QLabel *>(QStringLiteral("stageEarlier_Prod"))->text() +
                                shown.page.findChild<QLabel *>(QStringLiteral("stageEarlier_Prod"))->toolTip();
        QVERIFY2(earlier.contains(QStringLiteral("Dev approved by bob")), qPrintable(earlier));
        QVERIFY2(shown.page.findChild<QLabel *>(QStringLiteral("stagePre_Dev"))->text() ==
                     QStringLiteral("Before: approved by bob"),
                 qPrintable(shown.page.findChild<QLabel *>(QStringLiteral("stagePre_Dev"))->text()));
        const QString tip = shown.page.findChild<QWidget *>(QStringLiteral("stageCard_Dev"))->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Attempt 1, requested by alice")) &&
                     tip.contains(QStringLiteral("Started")) && tip.contains(QStringLiteral("Duration")),
                 qPrintable(tip));
    }

private:
    static ReleasePage *page(Shown &shown) { return &shown.page; }
};

QTEST_MAIN(StageActionsTest)
#include "tst_stageactions.moc"
