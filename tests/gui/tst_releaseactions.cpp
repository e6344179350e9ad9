// Creating releases, deploying and canceling from the pipeline page, clicked through real widgets.
#include "approvalpipelines.h"
#include "createreleasedialog.h"
#include "pipelinepage.h"
#include "releasefilterproxy.h"
#include "releasegridmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;

struct Page final {
    Page(TestEnvironment &env, EngineFixture &fixture, qint64 pipelineId)
        : page([&env](qint64 id) {
              return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier, id);
          }) {
        QObject::connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &env.services->notifier,
                         [&env](qint64 p, qint64 r, qint64) { Q_EMIT env.services->notifier.releaseChanged(p, r); });
        page.setActions({*env.services, Identity{QStringLiteral("alice")}});
        page.showPipeline(pipelineId, QStringLiteral("P"));
        page.resize(1000, 500);
        page.show();
    }
    PipelinePage page;
    template <typename T>
    T *widget(const char *name) {
        return page.findChild<T *>(QString::fromLatin1(name));
    }
    // Selects the chip of `stage` in the row of `release`.
    void select(qint64 release, const QString &stage) {
        QTableView *grid = widget<QTableView>("releaseGrid");
        QAbstractItemModel *model = grid->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = ReleaseGridModel::FixedColumnCount; column < model->columnCount(); ++column)
                if (model->index(row, 0).data(ReleaseGridModel::ReleaseIdRole).toLongLong() == release &&
                    model->headerData(column, Qt::Horizontal).toString() == stage)
                    grid->setCurrentIndex(model->index(row, column));
    }
};
} // namespace

class ReleaseActionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAReleaseThatDeploysOnlyAsFarAsQa() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline(QStringLiteral("P")))->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        QTest::mouseClick(p.widget<QPushButton>("createReleaseButton"), Qt::LeftButton);
        auto *dialog = p.page.findChild<CreateReleaseDialog *>(QStringLiteral("createReleaseDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *upTo = dialog->findChild<QComboBox *>(QStringLiteral("deployUpTo"));
        upTo->setCurrentIndex(upTo->findData(QStringLiteral("QA")));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("releaseDescription"))
            ->setPlainText(QStringLiteral("hotfix"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createReleaseOk")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const ReleaseRecord release = env.services->releases.list(QStringLiteral("P"), 1)->first();
        QCOMPARE(release.description, QStringLiteral("hotfix"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("QA")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("succeeded"));
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Prod")), QStringLiteral("notStarted"));
        QTRY_COMPARE(p.widget<QTableView>("releaseGrid")->model()->rowCount(), 1);
    }

    void ctrlEndShowsTheOldestReleaseAtOnce() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline())->pipelineId;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        request.manualStages = {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};
        for (int i = 0; i < 250; ++i)
            QVERIFY(env.services->releases.create(request, Identity{QStringLiteral("alice")}).ok());
        PipelinePage page([&env](qint64 id) {
            return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier, id);
        });
        page.setActions({*env.services, Identity{QStringLiteral("alice")}});
        page.showPipeline(pipeline, QStringLiteral("Shop"));
        page.resize(1000, 400);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTableView *grid = page.findChild<QTableView *>(QStringLiteral("releaseGrid"));
        QCOMPARE(grid->model()->rowCount(), 100); // the first page
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        QTest::keyClick(grid, Qt::Key_End, Qt::ControlModifier);
        // The oldest page is loaded at once (the view at the bottom may then fill the gap above it).
        QVERIFY(grid->model()->rowCount() >= 200);
        QCOMPARE(grid->currentIndex().row(), grid->model()->rowCount() - 1);
        QCOMPARE(grid->currentIndex().siblingAtColumn(ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-1"));
    }

    void theFilterBoxAndTheStatusFilter() {
        TestEnvironment env;
        const QString fixed = env.path(QStringLiteral("fixed"));
        const qint64 pipeline =
            env.save(pipelineJson(QStringLiteral("P"), {stageJson(QStringLiteral("Dev"), afterRelease,
                                                                  script(QStringLiteral("check"),
                                                                         QStringLiteral("test -f %1").arg(fixed)))}))
                ->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        const qint64 failed = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(failed, QStringLiteral("Dev")), QStringLiteral("failed"), waitMs);
        QFile(fixed).open(QIODevice::WriteOnly);
        const qint64 good = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(good, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QTableView *grid = p.widget<QTableView>("releaseGrid");
        QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(grid->model()->rowCount(), 2);
        auto *status = p.widget<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findData(int(ReleaseFilterProxy::StatusFilter::Failed)));
        QCOMPARE(grid->model()->rowCount(), 1);
        QCOMPARE(grid->model()->index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-1"));
        status->setCurrentIndex(0);
        // The search goes to the store once the typing pauses.
        QTest::keyClicks(p.widget<QLineEdit>("releaseFilter"), QStringLiteral("release-2"));
        QTRY_COMPARE(grid->model()->rowCount(), 1);
        QCOMPARE(grid->model()->index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-2"));
        p.widget<QLineEdit>("releaseFilter")->clear();
        QTRY_COMPARE(grid->model()->rowCount(), 2);
    }

    void aRefusedReleaseKeepsWhatWasTyped() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline(QStringLiteral("P")))->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        QTest::mouseClick(p.widget<QPushButton>("createReleaseButton"), Qt::LeftButton);
        auto *dialog = p.page.findChild<CreateReleaseDialog *>(QStringLiteral("createReleaseDialog"));
        auto *version = dialog->findChild<QComboBox *>(QStringLiteral("artifact_app"));
        version->addItem(QStringLiteral("9.9"), QStringLiteral("9.9")); // a version no source has
        version->setCurrentIndex(version->count() - 1);
        auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("releaseDescription"));
        description->setPlainText(QStringLiteral("typed with care"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createReleaseOk")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("createReleaseProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("9.9")), qPrintable(problem->text()));
        QCOMPARE(description->toPlainText(), QStringLiteral("typed with care"));
    }

    void cancelARunningDeployment() {
        TestEnvironment env;
        const QString never = env.path(QStringLiteral("never"));
        const qint64 pipeline =
            env.save(pipelineJson(
                         QStringLiteral("P"),
                         {stageJson(QStringLiteral("Dev"), afterRelease,
                                    script(QStringLiteral("wait"),
                                           QStringLiteral("while [ ! -f %1 ]; do sleep 0.05; done").arg(never)))}))
                ->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  waitMs);
        QTRY_COMPARE(p.widget<QTableView>("releaseGrid")->model()->rowCount(), 1);
        p.select(release, QStringLiteral("Dev"));
        QTest::mouseClick(p.widget<QPushButton>("cancelDeploymentButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("canceled"),
                                  waitMs);
        QCOMPARE(toString(fixture.latest(release, QStringLiteral("Dev")).status), QStringLiteral("canceled"));
    }

    void redeployAfterAFailure() {
        TestEnvironment env;
        const QString fixed = env.path(QStringLiteral("fixed"));
        const qint64 pipeline =
            env.save(pipelineJson(QStringLiteral("P"), {stageJson(QStringLiteral("Dev"), afterRelease,
                                                                  script(QStringLiteral("check"),
                                                                         QStringLiteral("test -f %1").arg(fixed)))}))
                ->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("failed"),
                                  waitMs);
        QFile(fixed).open(QIODevice::WriteOnly);
        QTRY_COMPARE(p.widget<QTableView>("releaseGrid")->model()->rowCount(), 1);
        p.select(release, QStringLiteral("Dev"));
        QTest::mouseClick(p.widget<QPushButton>("deployButton"), Qt::LeftButton);
        auto *dialog = p.page.findChild<QDialog *>(QStringLiteral("deployDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("driftWarning"))->isVisible()); // same revision
        dialog->findChild<QLineEdit *>(QStringLiteral("deployComment"))->setText(QStringLiteral("fixed the check"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployOk")), Qt::LeftButton);
        QTRY_VERIFY(p.widget<QLabel>("pipelineProblem")->text().contains(QStringLiteral("attempt 2")));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        const DeploymentRecord second = fixture.latest(release, QStringLiteral("Dev"));
        QCOMPARE(second.attempt, 2);
        QCOMPARE(toString(second.reason), QStringLiteral("redeploy"));
        QCOMPARE(second.comment, QStringLiteral("fixed the check"));
    }

    void deployAtALaterTimeAndTheDriftWarning() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline(QStringLiteral("P")))->pipelineId;
        EngineFixture fixture(env);
        Page p(env, fixture, pipeline);
        const qint64 release =
            fixture.createRelease(QStringLiteral("P"), {QStringLiteral("QA"), QStringLiteral("Prod")}).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("P")).replace("\"eu\"", "\"us\"")).ok()); // revision 2
        QTRY_COMPARE(p.widget<QTableView>("releaseGrid")->model()->rowCount(), 1);
        // Redeploying Dev warns that the pipeline changed since the snapshot.
        p.select(release, QStringLiteral("Dev"));
        QTest::mouseClick(p.widget<QPushButton>("deployButton"), Qt::LeftButton);
        auto *redeploy = p.page.findChild<QDialog *>(QStringLiteral("deployDialog"));
        QVERIFY(redeploy->findChild<QLabel *>(QStringLiteral("driftWarning"))->isVisible());
        redeploy->reject();
        QTRY_VERIFY(!p.page.findChild<QDialog *>(QStringLiteral("deployDialog")));
        // QA, deployed at a time on the virtual clock.
        p.select(release, QStringLiteral("QA"));
        QTest::mouseClick(p.widget<QPushButton>("deployButton"), Qt::LeftButton);
        auto *dialog = p.page.findChild<QDialog *>(QStringLiteral("deployDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("driftWarning"))->isVisible()); // a first deployment
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(env.clock.now().toSecsSinceEpoch() / 60 * 60 + 7200, Qt::UTC);
        dialog->findChild<QCheckBox *>(QStringLiteral("deployLater"))->setChecked(true);
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("deployAt"))->setDateTime(at.toLocalTime());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployOk")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("scheduled"),
                                  waitMs);
        // The chip says deferred, and its tooltip until when, in local time (B28).
        p.page.refresh();
        QTableView *grid = p.widget<QTableView>("releaseGrid");
        p.select(release, QStringLiteral("QA"));
        QTRY_COMPARE(grid->currentIndex().data().toString(), QStringLiteral("Deferred"));
        const QString tip = grid->currentIndex().data(Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(
                QStringLiteral("Deferred until %1").arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat))),
            qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("requested by alice")), qPrintable(tip));
        env.clock.set(at.addSecs(-1));
        QCOMPARE(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("scheduled"));
        env.clock.set(at);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("QA")), QStringLiteral("succeeded"),
                                  waitMs);
    }
};

QTEST_MAIN(ReleaseActionsTest)
#include "tst_releaseactions.moc"
