// The release page: the deployment tree, the live tail of a running task's log, search, save, history.
#include "approvalpipelines.h"
#include "auditlistmodel.h"
#include "deploymentlogmodel.h"
#include "gateserver.h"
#include "releasepage.h"

#include "createreleasedialog.h"
#include "deploydialog.h"
#include "stagedecisiondialog.h"
#include "timelineplot.h"
#include "qcustomplotinclude.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QHelpEvent>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolTip>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace slipway;
using namespace slipway::testing;

namespace {

// Prod waits on an http gate that stays red, sampled every 10 s of the test clock.
QJsonObject redGatedStage(const QString &url) {
    const QJsonObject gate{{QStringLiteral("name"), QStringLiteral("Health")},
                           {QStringLiteral("type"), QStringLiteral("http")},
                           {QStringLiteral("url"), url},
                           {QStringLiteral("successStatus"), QStringLiteral("200")}};
    const QJsonObject gates{{QStringLiteral("delay"), QStringLiteral("0s")},
                            {QStringLiteral("samplingInterval"), QStringLiteral("10s")},
                            {QStringLiteral("timeout"), QStringLiteral("1h")},
                            {QStringLiteral("minSuccessDuration"), QStringLiteral("0s")},
                            {QStringLiteral("gates"), QJsonArray{gate}}};
    return approvalStage(QStringLiteral("Prod"), triggerAfterRelease(), {{QStringLiteral("preGates"), gates}});
}

// What must not move while the page refreshes: each card's height and where the tab bar is.
struct PageGeometry final {
    int dev = 0;
    int prod = 0;
    int tabBarY = 0;
    int areaHeight = 0;
    bool operator==(const PageGeometry &) const = default;
};

PageGeometry geometryOf(ReleasePage &page) {
    const QTabBar *tabBar = page.findChild<QTabWidget *>(QStringLiteral("releaseTabs"))->tabBar();
    return {page.findChild<QWidget *>(QStringLiteral("stageCard_Dev"))->height(),
            page.findChild<QWidget *>(QStringLiteral("stageCard_Prod"))->height(),
            tabBar->mapTo(&page, QPoint(0, 0)).y(),
            page.findChild<QWidget *>(QStringLiteral("stageCardsArea"))->height()};
}

} // namespace

class ReleasePageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // B2: the cards collapsed at the first live refresh and the tab bar jumped under the mouse.
    void cardsKeepTheirHeightWhileADeploymentRunsAndAGateIsReevaluated() {
        // GIVEN a release whose Dev runs a script (until a marker file appears) while Prod is held by a red gate
        TestEnvironment env;
        GateServer server;
        const QString go = env.path(QStringLiteral("go"));
        QJsonObject dev{
            {QStringLiteral("name"), QStringLiteral("Dev")},
            {QStringLiteral("trigger"), triggerAfterRelease()},
            {QStringLiteral("tasks"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("work")},
                 {QStringLiteral("type"), QStringLiteral("script")},
                 {QStringLiteral("script"),
                  QStringLiteral("echo started; while [ ! -f %1 ]; do echo tick; sleep 0.2; done").arg(go)}}}}};
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"), {dev, redGatedStage(server.url())})).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  15000);
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("evaluatingGates"), 15000);

        // WHEN the page is shown and refreshed live by the engine's signals
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        connect(&fixture.engine, &DeploymentEngine::logAppended, &page, &ReleasePage::refresh);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const PageGeometry before = geometryOf(page);
        QVERIFY2(before.dev > 100 && before.prod > 100, qPrintable(QString::number(before.dev)));
        QList<PageGeometry> samples; // after every refresh, once its layout has been applied
        int refreshes = 0;
        auto sample = [&] {
            ++refreshes;
            QTimer::singleShot(0, &page, [&] { samples << geometryOf(page); });
        };
        connect(&fixture.engine, &DeploymentEngine::logAppended, &page, sample);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, sample);
        auto rounds = [&] {
            return env.services->approvals.gateEvaluations(fixture.latest(release, QStringLiteral("Prod")).id)->size();
        };
        for (int round = 0; round < 2; ++round) { // two more gate rounds while Dev keeps logging
            const qsizetype known = rounds();
            env.clock.advanceBy(10 * 1000);
            QTRY_VERIFY_WITH_TIMEOUT(rounds() > known, 15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 5 && samples.size() >= 5, 15000);
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("stageWaiting_Prod"))->text().contains(QStringLiteral("Health")));

        // THEN nothing moved, at any refresh
        for (const PageGeometry &g : std::as_const(samples))
            QVERIFY2(g == before, qPrintable(QStringLiteral("cards %1/%2 (were %3/%4), tab bar at %5 (was %6)")
                                                 .arg(g.dev)
                                                 .arg(g.prod)
                                                 .arg(before.dev)
                                                 .arg(before.prod)
                                                 .arg(g.tabBarY)
                                                 .arg(before.tabBarY)));

        // AND Dev's Cancel is where it was and clickable; it asks first, then cancels
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("stageAction_Dev"));
        QCOMPARE(cancel->text(), QStringLiteral("Cancel…"));
        auto *viewport = page.findChild<QScrollArea *>(QStringLiteral("stageCardsArea"))->viewport();
        QVERIFY(viewport->rect().contains(QRect(cancel->mapTo(viewport, QPoint(0, 0)), cancel->size())));
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *confirm = page.findChild<StageDecisionDialog *>(QStringLiteral("stageDecisionDialog"));
        QVERIFY(confirm && confirm->isVisible());
        const QString summary = confirm->findChild<QLabel *>(QStringLiteral("stageDecisionSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Dev in Release-1 (attempt 1)")), qPrintable(summary));
        QVERIFY(confirm->findChild<QPushButton *>(QStringLiteral("stageDecisionBack"))->isDefault()); // B34
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("stageDecisionOk")), Qt::LeftButton);
        auto *message = page.findChild<QLabel *>(QStringLiteral("releaseActionMessage"));
        QVERIFY2(message->text().startsWith(QStringLiteral("Canceling the deployment of Dev in Release-1")),
                 qPrintable(message->text()));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("canceled"),
                                  15000);
        // B34: the message tells when the cancel has finished
        QTRY_COMPARE(message->text(),
                     QStringLiteral("The deployment of Dev in Release-1 (attempt 1) has ended: Canceled."));
        QTRY_COMPARE(page.findChild<QPushButton *>(QStringLiteral("stageAction_Dev"))->text(),
                     QStringLiteral("Redeploy…"));
        QCOMPARE(geometryOf(page), before);
    }

    // Screenshots at 1024 px: the stage waiting for a decision was off to the right of the cards strip, and a
    // long action label ("Erneut bereitstellen…") was cut inside its card.
    void theStageWaitingForADecisionIsInViewAndNoButtonIsCut() {
        // GIVEN five chained stages; the last one waits for alice's approval
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice")});
        QJsonArray stages{approvalStage(QStringLiteral("Dev"), triggerAfterRelease())};
        for (const QString &stage : {QStringLiteral("QA"), QStringLiteral("Staging"), QStringLiteral("UAT")})
            stages.append(approvalStage(stage, triggerAfter(stages.last()[QStringLiteral("name")].toString())));
        stages.append(
            approvalStage(QStringLiteral("Prod"), triggerAfter(QStringLiteral("UAT")),
                          {{QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("alice")}}.json()}}));
        QVERIFY(env.save(pipelineOf(QStringLiteral("P"), stages)).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), 15000);

        // WHEN alice opens the release in a window narrower than the stages
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        page.resize(700, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // THEN Prod's card is in view, and the cards strip had to scroll for it
        auto *area = page.findChild<QScrollArea *>(QStringLiteral("stageCardsArea"));
        auto *prod = page.findChild<QWidget *>(QStringLiteral("stageCard_Prod"));
        QTRY_VERIFY(
            area->viewport()->rect().contains(QRect(prod->mapTo(area->viewport(), QPoint(0, 0)), prod->size())));
        QVERIFY(area->horizontalScrollBar()->value() > 0);
        // AND every card's buttons have the room their labels ask for
        for (const QString &stage : {QStringLiteral("Dev"), QStringLiteral("Prod")}) {
            auto *action = page.findChild<QPushButton *>(QStringLiteral("stageAction_") + stage);
            auto *decide = page.findChild<QWidget *>(QStringLiteral("stageDecide_") + stage);
            QVERIFY2(action->width() >= action->sizeHint().width(),
                     qPrintable(stage + QLatin1Char(' ') + action->text()));
            if (decide->isVisible())
                QVERIFY(decide->width() >= decide->sizeHint().width());
        }
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("stageDecide_Prod"))->isVisible());
    }

    void theLogTabTailsARunningTask() {
        TestEnvironment env;
        const QString go = env.path(QStringLiteral("go"));
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("P"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("work"),
                                                    QStringLiteral("echo first line; while [ ! -f %1 ]; do sleep 0.05; "
                                                                   "done; echo second line")
                                                        .arg(go)))}))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  15000);
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        connect(&fixture.engine, &DeploymentEngine::logAppended, &page, &ReleasePage::refresh);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.resize(1000, 600);
        page.show();
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("deploymentTree"));
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *log = page.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        // Select the task "work" under the first attempt, as a user clicks it.
        const QModelIndex attempt = tree->model()->index(0, 0);
        QCOMPARE(attempt.data().toString(), QStringLiteral("Dev · attempt 1"));
        QTRY_VERIFY(tree->model()->rowCount(attempt) >= 2);
        QModelIndex work;
        for (int row = 0; row < tree->model()->rowCount(attempt); ++row)
            if (tree->model()->index(row, 0, attempt).data().toString() == QLatin1String("work"))
                work = tree->model()->index(row, 0, attempt);
        QVERIFY(work.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(work).center());
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("first line")), 15000);
        QVERIFY(!log->toPlainText().contains(QStringLiteral("second line")));
        QFile(go).open(QIODevice::WriteOnly);
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("second line")), 15000); // tailed live
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  15000);
        QTRY_COMPARE(tree->model()->index(work.row(), 1, attempt).data().toString(), QStringLiteral("Succeeded"));

        // Search finds the line; save writes what is shown.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        QTest::keyClicks(search, QStringLiteral("second"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(log->textCursor().selectedText(), QStringLiteral("second"));
        const QString saved = env.path(QStringLiteral("saved.log"));
        QVERIFY(page.saveLog(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("first line") && content.contains("second line"));
        // The saved log says what it is, and its lines carry their date
        QVERIFY2(
            content.startsWith("Release: Release-1 (P, revision 1)\nStage: Dev, attempt 1 (Succeeded)\nTask: work\n"),
            content.constData());
        const QByteArray today = env.clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd ")).toUtf8();
        QVERIFY2(content.contains(today), content.constData());
        QCOMPARE(page.suggestedLogName(), QStringLiteral("Release-1_Dev_attempt-1.log"));

        auto *history = page.findChild<QTreeView *>(QStringLiteral("releaseHistory"));
        QAbstractItemModelTester historyTester(history->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(history->model()->rowCount() >= 1);
        QCOMPARE(history->model()->index(0, 2).data().toString(), QStringLiteral("release.created"));
    }

    // B3: an empty secret field kept the pipeline's secret out of the release; now it keeps it in.
    void anEmptySecretFieldKeepsThePipelinesSecret() {
        TestEnvironment env;
        // A secret reaches a script only through its env mapping.
        const QString check =
            QStringLiteral("if [ \"$TOKEN\" = \"tok-123\" ]; then echo TOKEN-KEPT; else echo TOKEN-LOST; fi");
        const qint64 pipeline =
            env.save(pipelineJson(QStringLiteral("P"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("verify"), check,
                                                    QStringLiteral(R"x("env":{"TOKEN":"$(token)"})x")))},
                                  QStringLiteral(R"("variables":{"token":{"value":"tok-123","secret":true,)"
                                                 R"("settableAtRelease":true}})")))
                ->pipelineId;
        EngineFixture fixture(env);
        CreateReleaseDialog dialog({*env.services, Identity{QStringLiteral("alice")}}, pipeline);
        dialog.show();
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("variable_token"));
        QVERIFY(token->text().isEmpty());
        QVERIFY2(token->placeholderText().contains(QStringLiteral("keep")), qPrintable(token->placeholderText()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createReleaseOk")), Qt::LeftButton);
        QVERIFY(dialog.createdReleaseId() > 0);
        QCOMPARE(dialog.createdReleaseName(), QStringLiteral("Release-1"));
        const qint64 release = dialog.createdReleaseId();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  15000);
        const QString log = fixture.logOf(fixture.latest(release, QStringLiteral("Dev")).id);
        QVERIFY2(log.contains(QStringLiteral("TOKEN-KEPT")), qPrintable(log));

        // The redeploy dialog does not put the secret in a field either, and keeps it too
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.show();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("stageAction_Dev")), Qt::LeftButton);
        auto *redeploy = page.findChild<DeployDialog *>(QStringLiteral("deployDialog"));
        QVERIFY(redeploy);
        QVERIFY(redeploy->findChild<QLineEdit *>(QStringLiteral("deployVariable_token"))->text().isEmpty());
        QTest::mouseClick(redeploy->findChild<QPushButton *>(QStringLiteral("deployOk")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.latest(release, QStringLiteral("Dev")).attempt, 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  15000);
        const QString second = fixture.logOf(fixture.latest(release, QStringLiteral("Dev")).id);
        QVERIFY2(second.contains(QStringLiteral("TOKEN-KEPT")), qPrintable(second));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("releaseActionMessage"))->text(),
                 QStringLiteral("Dev of Release-1 requested (attempt 2)."));
    }

    // B31, B35: the history has every event of the release in words; task states are words; tasks to come are listed.
    void historyAndTasksAreInWords() {
        TestEnvironment env;
        const QString go = env.path(QStringLiteral("go"));
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("P"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("wait"),
                                                    QStringLiteral("while [ ! -f %1 ]; do sleep 0.05; done").arg(go)) +
                                                 QStringLiteral(",") +
                                                 script(QStringLiteral("later"), QStringLiteral("echo later")))}))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  15000);
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.show();
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("deploymentTree"));
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex attempt = tree->model()->index(0, 0);
        auto stateOf = [&](const QString &task) {
            for (int row = 0; row < tree->model()->rowCount(attempt); ++row)
                if (tree->model()->index(row, 0, attempt).data().toString() == task)
                    return tree->model()->index(row, 1, attempt).data().toString();
            return QStringLiteral("(not listed)");
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("wait")), QStringLiteral("In progress"), 15000);
        QCOMPARE(stateOf(QStringLiteral("later")), QStringLiteral("Not started"));
        QCOMPARE(tree->model()->index(0, 1).data().toString(), QStringLiteral("In progress"));
        QFile(go).open(QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("later")), QStringLiteral("Succeeded"), 15000);

        auto *history = page.findChild<QTreeView *>(QStringLiteral("releaseHistory"));
        QAbstractItemModelTester historyTester(history->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList shown;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            shown << history->model()->index(row, AuditListModel::EventColumn).data().toString();
        const QString all = shown.join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("release created from revision 1")), qPrintable(all));
        QVERIFY2(shown.contains(QStringLiteral("Dev · attempt 1: deployment requested by its trigger")),
                 qPrintable(all));
        QVERIFY2(shown.contains(QStringLiteral("Dev · attempt 1: started")), qPrintable(all));
        QVERIFY2(shown.contains(QStringLiteral("Dev · attempt 1: finished: Succeeded")), qPrintable(all));
        QVERIFY2(!all.contains(u'='), qPrintable(all));
        QVERIFY(history->isColumnHidden(AuditListModel::DetailsColumn));
    }

    // B14: Alt+B was both Back and Abandon; Escape and Alt+Left did nothing. B38: Abandon defaulted to Yes.
    void keysGoBackAndAbandonAsksWithNoAsTheDefault() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("P"),
                                      {stageJson(QStringLiteral("Dev"), manualTrigger,
                                                 script(QStringLiteral("a"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy back(&page, &ReleasePage::back);
        page.findChild<QLineEdit *>(QStringLiteral("logSearch"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(back.count(), 1); // a mnemonic clicks the button animated, a moment later
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(back.count(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(back.count(), 3);

        auto *abandon = page.findChild<QPushButton *>(QStringLiteral("releaseAbandon"));
        QTest::mouseClick(abandon, Qt::LeftButton);
        auto *confirm = page.findChild<QMessageBox *>(QStringLiteral("abandonConfirm"));
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        QVERIFY(confirm->text().contains(QStringLiteral("Release-1")));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(toString(env.services->releases.details(release)->release.status), QStringLiteral("abandoned"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("releaseActionMessage"))->text(),
                 QStringLiteral("Release-1 is abandoned."));
        QVERIFY(!abandon->isEnabled());
    }

    // B10: the generic hint of the plot replaced the bar's tooltip after the tooltip delay.
    void theTimelineTooltipNamesTheBarUnderTheMouse() {
        TimelinePlot plot;
        plot.resize(800, 300);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        plot.setBars({{0, double(start.toSecsSinceEpoch()), double(start.toSecsSinceEpoch() + 1800),
                       DeploymentStatus::Succeeded, 1, 1, QStringLiteral("Release-7"), 2}},
                     {QStringLiteral("Dev")});
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.refreshNow();
        QVERIFY(!plot.shown().spans.isEmpty());
        const QPoint centre = plot.centreOf(plot.shown().spans.first());
        QWidget *target = plot.plot();
        const QPoint at = target->mapFrom(&plot, centre);
        QHelpEvent help(QEvent::ToolTip, at, target->mapToGlobal(at));
        QApplication::sendEvent(target, &help);
        QTRY_VERIFY2(QToolTip::text().startsWith(QStringLiteral("Release-7 · Dev · attempt 2")),
                     qPrintable(QToolTip::text()));
    }

    void stageCardsDeployWithAVariableOverrideAndOfferWhatApplies() {
        TestEnvironment env;
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("P"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("a"), QStringLiteral("true"))),
                                   stageJson(QStringLiteral("QA"), QStringLiteral(R"({"type":"manual"})"),
                                             script(QStringLiteral("show"), QStringLiteral("echo level=$(level)")))},
                                  QStringLiteral(R"("variables":{"level":{"value":"info","settableAtRelease":true}})")))
                .ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  15000);
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &page, &ReleasePage::refresh);
        page.resize(1000, 700);
        page.show();

        // Dev ran: Redeploy; QA never ran: Deploy. The cards sit as the graph: Dev after the artifacts.
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("stageAction_Dev"))->text(), QStringLiteral("Redeploy…"));
        auto *deployQa = page.findChild<QPushButton *>(QStringLiteral("stageAction_QA"));
        QCOMPARE(deployQa->text(), QStringLiteral("Deploy…"));
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("stageStatus_Dev"))->text().contains(QStringLiteral("ucceeded")));

        QTest::mouseClick(deployQa, Qt::LeftButton);
        auto *dialog = page.findChild<DeployDialog *>(QStringLiteral("deployDialog"));
        QVERIFY(dialog);
        auto *level = dialog->findChild<QLineEdit *>(QStringLiteral("deployVariable_level"));
        QCOMPARE(level->text(), QStringLiteral("info"));
        level->setText(QStringLiteral("debug"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployOk")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("succeeded"),
                                  15000);
        const DeploymentRecord qa = fixture.latest(release, QStringLiteral("QA"));
        QVERIFY2(fixture.logOf(qa.id).contains(QStringLiteral("level=debug")), qPrintable(fixture.logOf(qa.id)));
        QTRY_COMPARE(page.findChild<QPushButton *>(QStringLiteral("stageAction_QA"))->text(),
                     QStringLiteral("Redeploy…"));
    }

    void approvalsGatesAndVariablesWithSecretsMasked() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QJsonObject stage = approvalStage(
            QStringLiteral("Prod"), triggerAfterRelease(),
            {{QStringLiteral("preApprovals"), ApprovalSettings{{QStringLiteral("bob")}}.json()},
             {QStringLiteral("variables"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://prod")}}}});
        QJsonObject pipeline{{QStringLiteral("name"), QStringLiteral("P")},
                             {QStringLiteral("variables"),
                              QJsonObject{{QStringLiteral("password"),
                                           QJsonObject{{QStringLiteral("value"), QStringLiteral("hunter2-secret")},
                                                       {QStringLiteral("secret"), true}}},
                                          {QStringLiteral("level"), QStringLiteral("info")}}},
                             {QStringLiteral("stages"), QJsonArray{stage}}};
        QVERIFY(env.save(QJsonDocument(pipeline).toJson()).ok());
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob")), 15000);
        QVERIFY(env.services->approvals.approve(
            pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("bob"))->id,
            {QStringLiteral("fine by me")}, Identity{QStringLiteral("bob")}));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  15000);
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        page.show();
        auto *checks = page.findChild<QTreeWidget *>(QStringLiteral("approvalsAndGates"));
        QCOMPARE(checks->topLevelItemCount(), 1);
        QTreeWidgetItem *approval = checks->topLevelItem(0)->child(0);
        QCOMPARE(approval->text(0), QStringLiteral("Pre-deployment approval: bob"));
        QCOMPARE(approval->text(1), QStringLiteral("Approved"));
        QVERIFY(approval->text(2).startsWith(QStringLiteral("bob, ")));
        QCOMPARE(approval->text(3), QStringLiteral("fine by me"));
        auto *variables = page.findChild<QTableWidget *>(QStringLiteral("releaseVariables"));
        QHash<QString, QString> shown;
        for (int row = 0; row < variables->rowCount(); ++row) {
            shown.insert(variables->item(row, 0)->text(), variables->item(row, 1)->text());
            QVERIFY(!variables->item(row, 1)->text().contains(QStringLiteral("hunter2")));
        }
        QCOMPARE(shown.value(QStringLiteral("password")), QStringLiteral("***"));
        QCOMPARE(shown.value(QStringLiteral("level")), QStringLiteral("info"));
        QCOMPARE(shown.value(QStringLiteral("url")), QStringLiteral("https://prod"));
    }
};

QTEST_MAIN(ReleasePageTest)
#include "tst_releasepage.moc"
