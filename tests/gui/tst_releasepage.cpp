// The release page: the deployment tree, the live tail of a running task's log, search, save, history.
#include "approvalpipelines.h"
#include "deploymentlogmodel.h"
#include "releasepage.h"

#include "deploydialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace slipway;
using namespace slipway::testing;

class ReleasePageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
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

        auto *history = page.findChild<QTreeView *>(QStringLiteral("releaseHistory"));
        QAbstractItemModelTester historyTester(history->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(history->model()->rowCount() >= 1);
        QCOMPARE(history->model()->index(0, 2).data().toString(), QStringLiteral("release.created"));
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
