// The release page: the deployment tree, the live tail of a running task's log, search, save, history.
#include "approvalpipelines.h"
#include "deploymentlogmodel.h"
#include "releasepage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

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
        QTRY_COMPARE(tree->model()->index(work.row(), 1, attempt).data().toString(), QStringLiteral("succeeded"));

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

        auto *history = page.findChild<QListWidget *>(QStringLiteral("releaseHistory"));
        QVERIFY(history->count() >= 1);
        QVERIFY(history->item(0)->text().contains(QStringLiteral("release.created")));
    }
};

QTEST_MAIN(ReleasePageTest)
#include "tst_releasepage.moc"
