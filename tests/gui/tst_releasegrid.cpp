// The releases grid as a person sees it (issue 14): one state palette for chips and graph, interrupted
// shown as such, manual stages, chips that fit, no sideways scrolling at 1024 wide, Ctrl+End at the oldest
// release and a search through the whole history.
#include "approvalpipelines.h"
#include "pipelinegraphview.h"
#include "pipelinepage.h"
#include "releasegridmodel.h"
#include "releasepage.h"
#include "stagechipdelegate.h"
#include "statuspresentation.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;
const Identity alice{QStringLiteral("alice")};

struct Page final {
    explicit Page(TestEnvironment &env, qint64 pipelineId, EngineFixture *fixture = nullptr)
        : page([&env](qint64 id) {
              return std::make_unique<ReleaseGridModel>(env.services->queries, env.services->notifier, id);
          }) {
        if (fixture)
            QObject::connect(
                &fixture->engine, &DeploymentEngine::deploymentChanged, &env.services->notifier,
                [&env](qint64 p, qint64 r, qint64) { Q_EMIT env.services->notifier.releaseChanged(p, r); });
        page.setActions({*env.services, alice});
        page.showPipeline(pipelineId, QStringLiteral("P"));
        page.resize(1000, 500);
        page.show();
    }
    PipelinePage page;
    QTableView *grid() { return page.findChild<QTableView *>(QStringLiteral("releaseGrid")); }
    PipelineGraphView *graph() { return page.findChild<PipelineGraphView *>(QStringLiteral("pipelineGraph")); }
    QModelIndex chip(qint64 release, const QString &stage) {
        QAbstractItemModel *model = grid()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = ReleaseGridModel::FixedColumnCount; column < model->columnCount(); ++column)
                if (model->index(row, 0).data(ReleaseGridModel::ReleaseIdRole).toLongLong() == release &&
                    model->headerData(column, Qt::Horizontal).toString() == stage)
                    return model->index(row, column);
        return {};
    }
};

QByteArray waitingScriptPipeline(const QString &flag) {
    return pipelineJson(QStringLiteral("P"),
                        {stageJson(QStringLiteral("Dev"), afterRelease,
                                   script(QStringLiteral("wait"),
                                          QStringLiteral("while [ ! -f %1 ]; do sleep 0.05; done").arg(flag)))});
}

QByteArray fourStagesWithApproval() {
    ApprovalSettings settings;
    settings.approvers = {QStringLiteral("bob")};
    return pipelineOf(QStringLiteral("P"),
                      {approvalStage(QStringLiteral("Dev"), triggerAfterRelease(),
                                     {{QStringLiteral("preApprovals"), settings.json()}}),
                       approvalStage(QStringLiteral("QA"), triggerAfter(QStringLiteral("Dev"))),
                       approvalStage(QStringLiteral("Staging"), triggerAfter(QStringLiteral("QA"))),
                       approvalStage(QStringLiteral("Production"), triggerAfter(QStringLiteral("Staging")))});
}
} // namespace

class ReleaseGridTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anInterruptedDeploymentIsShownAsInterruptedEverywhere() {
        TestEnvironment env;
        const qint64 pipeline = env.save(waitingScriptPipeline(env.path(QStringLiteral("never"))))->pipelineId;
        auto fixture = std::make_unique<EngineFixture>(env);
        Page p(env, pipeline, fixture.get());
        const qint64 release = fixture->createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(fixture->stageStatus(release, QStringLiteral("Dev")), QStringLiteral("inProgress"),
                                  waitMs);
        // The engine stops while the task runs: the deployment is interrupted, the stage stored as canceled.
        fixture->engine.shutdown(0);
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture->latest(release, QStringLiteral("Dev")).status),
                                  QStringLiteral("interrupted"), waitMs);
        QCOMPARE(fixture->stageStatus(release, QStringLiteral("Dev")), QStringLiteral("canceled"));
        p.page.refresh();
        QTRY_COMPARE(p.chip(release, QStringLiteral("Dev")).data().toString(), QStringLiteral("Interrupted"));
        const QModelIndex chip = p.chip(release, QStringLiteral("Dev"));
        QVERIFY2(chip.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Interrupted")),
                 qPrintable(chip.data(Qt::ToolTipRole).toString()));
        QVERIFY(chip.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Attempt 1, requested by")));
        // Its own colour, and the graph's box the same as the chip (B27).
        const QColor colour = StageChipDelegate::chipColour(chip, p.grid()->palette());
        QCOMPARE(colour, stageStateColour(StageState::Interrupted, p.grid()->palette()));
        QVERIFY(colour != stageStateColour(StageState::Canceled, p.grid()->palette()));
        QTRY_COMPARE(p.graph()->boxColour(QStringLiteral("Dev")), colour);
        QVERIFY(p.graph()->boxToolTip(QStringLiteral("Dev")).contains(QStringLiteral("Interrupted")));
        // The release page's card says it in the same words and colour (B4: it said "Canceled").
        ReleasePage releasePage({*env.services, alice}, release);
        releasePage.show();
        auto *state = releasePage.findChild<QLabel *>(QStringLiteral("stageStatus_Dev"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Interrupted"));
        QVERIFY2(state->styleSheet().contains(colour.name()), qPrintable(state->styleSheet()));
    }

    void aStageAwaitingApprovalLooksTheSameInTheGraphAndTheChip() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("bob")});
        const qint64 pipeline = env.save(fourStagesWithApproval())->pipelineId;
        EngineFixture fixture(env);
        Page p(env, pipeline, &fixture);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(p.chip(release, QStringLiteral("Dev")).data().toString(),
                                  QStringLiteral("Awaiting approval"), waitMs);
        const QModelIndex chip = p.chip(release, QStringLiteral("Dev"));
        QVERIFY2(chip.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Waiting for bob")),
                 qPrintable(chip.data(Qt::ToolTipRole).toString()));
        const QColor amber = StageChipDelegate::chipColour(chip, p.grid()->palette());
        QCOMPARE(amber, stageStateColour(StageState::AwaitingApproval, p.grid()->palette()));
        QTRY_COMPARE(p.graph()->boxColour(QStringLiteral("Dev")), amber);
        QVERIFY(p.graph()->boxToolTip(QStringLiteral("Dev")).contains(QStringLiteral("Awaiting approval")));
        QCOMPARE(p.graph()->boxColour(QStringLiteral("QA")),
                 StageChipDelegate::chipColour(p.chip(release, QStringLiteral("QA")), p.grid()->palette()));

        // Dark theme: the graph's background and boxes follow the palette (B29).
        QPalette dark = p.page.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2c, 0x30));
        dark.setColor(QPalette::Text, Qt::white);
        p.page.setPalette(dark);
        QTRY_COMPARE(p.graph()->backgroundBrush().color(), QColor(0x2b, 0x2c, 0x30));
        QCOMPARE(p.graph()->boxColour(QStringLiteral("Dev")), stageStateColour(StageState::AwaitingApproval, dark));
        QVERIFY(p.graph()->boxColour(QStringLiteral("Dev")) != amber);
        QCOMPARE(StageChipDelegate::chipColour(p.chip(release, QStringLiteral("Dev")), p.grid()->palette()),
                 p.graph()->boxColour(QStringLiteral("Dev")));
    }

    void chipsFitAndTheGridDoesNotScrollSideways() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("bob")});
        const qint64 pipeline = env.save(fourStagesWithApproval())->pipelineId;
        EngineFixture fixture(env);
        Page p(env, pipeline, &fixture);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(p.chip(release, QStringLiteral("Dev")).data().toString(),
                                  QStringLiteral("Awaiting approval"), waitMs);
        QTableView *grid = p.grid();
        // At the default width every chip shows its whole label (B26).
        QTRY_VERIFY(grid->columnWidth(p.chip(release, QStringLiteral("Dev")).column()) >=
                    StageChipDelegate::chipWidth(grid->fontMetrics(), QStringLiteral("Awaiting approval")));
        const QModelIndex chip = p.chip(release, QStringLiteral("Dev"));
        QCOMPARE(StageChipDelegate::shownText(chip, grid->fontMetrics(), grid->columnWidth(chip.column())),
                 QStringLiteral("Awaiting approval"));
        QCOMPARE(grid->horizontalScrollBar()->maximum(), 0);
        // The grid's share of a 1024x700 window beside the pipeline tree: columns shrink, nothing scrolls
        // sideways (B41), and a cut text keeps its tooltip.
        p.page.resize(760, 600);
        QTRY_COMPARE(grid->horizontalScrollBar()->maximum(), 0);
        int total = 0;
        for (int column = 0; column < grid->model()->columnCount(); ++column)
            total += grid->columnWidth(column);
        QVERIFY2(total <= grid->viewport()->width(), qPrintable(QString::number(total)));
        for (int column = 0; column < grid->model()->columnCount(); ++column) {
            const QModelIndex cell = grid->model()->index(0, column);
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
            if (column >= ReleaseGridModel::FixedColumnCount)
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(cell.data().toString()));
        }
    }

    void aManualStageSaysManual() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline(QStringLiteral("P")))->pipelineId;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("P");
        request.manualStages = {QStringLiteral("Prod")};
        const qint64 release = env.services->releases.create(request, alice)->id;
        Page p(env, pipeline);
        const QModelIndex prod = p.chip(release, QStringLiteral("Prod"));
        QCOMPARE(prod.data().toString(), QStringLiteral("Manual"));
        QCOMPARE(StageState(prod.data(ReleaseGridModel::StageStateRole).toInt()), StageState::Manual);
        QVERIFY(prod.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Deployed only by hand")));
        QCOMPARE(p.chip(release, QStringLiteral("QA")).data().toString(), QStringLiteral("Not started"));
        QVERIFY(StageChipDelegate::chipColour(prod, p.grid()->palette()) !=
                StageChipDelegate::chipColour(p.chip(release, QStringLiteral("QA")), p.grid()->palette()));
    }

    void redeployIsRefusedWhileTheStageRuns() {
        TestEnvironment env;
        const QString flag = env.path(QStringLiteral("done"));
        const qint64 pipeline = env.save(waitingScriptPipeline(flag))->pipelineId;
        EngineFixture fixture(env);
        Page p(env, pipeline, &fixture);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_COMPARE_WITH_TIMEOUT(p.chip(release, QStringLiteral("Dev")).data().toString(),
                                  QStringLiteral("In progress"), waitMs);
        p.grid()->setCurrentIndex(p.chip(release, QStringLiteral("Dev")));
        QTest::mouseClick(p.page.findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
        QVERIFY(!p.page.findChild<QDialog *>(QStringLiteral("deployDialog")));
        const QString said = p.page.findChild<QLabel *>(QStringLiteral("pipelineProblem"))->text();
        QVERIFY2(said.contains(QStringLiteral("not finished")) && said.contains(QStringLiteral("in progress")),
                 qPrintable(said));
        QCOMPARE(fixture.latest(release, QStringLiteral("Dev")).attempt, 1);
        QFile(flag).open(QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        // Once finished, the same click opens the deploy dialog.
        QTRY_COMPARE(p.chip(release, QStringLiteral("Dev")).data().toString(), QStringLiteral("Succeeded"));
        p.grid()->setCurrentIndex(p.chip(release, QStringLiteral("Dev")));
        QTest::mouseClick(p.page.findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
        QVERIFY(p.page.findChild<QDialog *>(QStringLiteral("deployDialog")));
    }

    void ctrlEndShowsTheOldestOfThousandsAtOnce() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline())->pipelineId;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        request.manualStages = {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};
        for (int i = 0; i < 3000; ++i)
            QVERIFY(env.services->releases.create(request, alice).ok());
        Page p(env, pipeline);
        p.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p.page));
        QTableView *grid = p.grid();
        QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        grid->setCurrentIndex(grid->model()->index(0, 0));
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        const int loaded = grid->model()->rowCount(); // the newest pages (the tester fetches some too)
        QVERIFY(loaded < 1000);
        QTest::keyClick(grid, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(grid->currentIndex().siblingAtColumn(ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-1"));
        // And it stays in view: the releases between are not loaded under it.
        QCoreApplication::processEvents();
        QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(grid->currentIndex())));
        QCOMPARE(grid->currentIndex().siblingAtColumn(ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-1"));
        QCOMPARE(grid->model()->rowCount(), loaded + 100); // and the oldest page; nothing between yet
        // Scrolling up to where the pages meet loads the releases between, in order.
        grid->scrollTo(grid->model()->index(loaded - 1, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY(grid->model()->rowCount() > loaded + 100);
        // Newest first without a hole down to the gap, then the oldest page (the gap closes as one scrolls on).
        const auto id = [grid](int row) {
            return grid->model()->index(row, 0).data(ReleaseGridModel::ReleaseIdRole).toLongLong();
        };
        const int tail = grid->model()->rowCount() - 100;
        for (int row = 1; row < grid->model()->rowCount(); ++row)
            if (row != tail)
                QCOMPARE(id(row), id(row - 1) - 1);
        QVERIFY(id(tail) < id(tail - 1));
        QCOMPARE(id(grid->model()->rowCount() - 1), 1);
    }

    void theSearchFindsOldReleasesThroughTheStore() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline())->pipelineId;
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        request.manualStages = {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};
        for (int i = 1; i <= 450; ++i) {
            env.clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addDays(i / 10));
            QVERIFY(env.services->releases.create(request, Identity{i == 7 ? QStringLiteral("carol") : alice.userName})
                        .ok());
        }
        Page p(env, pipeline);
        QTableView *grid = p.grid();
        QCOMPARE(grid->model()->rowCount(), 100); // one loaded block: Release-450 … Release-351
        QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *search = p.page.findChild<QLineEdit *>(QStringLiteral("releaseFilter"));
        // An old release, far below the loaded block (B9).
        QTest::keyClicks(search, QStringLiteral("release-10"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(grid->model()->rowCount(), 11); // Release-109 … Release-100, Release-10
        QCOMPARE(grid->model()->index(10, ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-10"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("release-1"));
        QTest::keyClick(search, Qt::Key_Return);
        // 1, 10-19, 100-199: 111 matches, newest first, in keyset pages of 100.
        QTRY_COMPARE(grid->model()->rowCount() >= 100, true);
        QCOMPARE(grid->model()->index(0, ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-199"));
        while (grid->model()->canFetchMore({}))
            grid->model()->fetchMore({});
        QCOMPARE(grid->model()->rowCount(), 111);
        QCOMPARE(grid->model()->index(110, ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-1"));
        // By creator.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("carol"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(grid->model()->rowCount(), 1);
        QCOMPARE(grid->model()->index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-7"));
        // Nothing matches: said so.
        QTest::keyClicks(search, QStringLiteral("-nobody"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(grid->model()->rowCount(), 0);
        auto *hint = p.page.findChild<QLabel *>(QStringLiteral("emptyHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("No release matches")), qPrintable(hint->text()));
        // A creation date range: the releases of 2 January 2026 (local days; the clock's noon is that day).
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        const QDate day = QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC).toLocalTime().date();
        p.page.findChild<QDateEdit *>(QStringLiteral("releaseCreatedFrom"))->setDate(day);
        p.page.findChild<QDateEdit *>(QStringLiteral("releaseCreatedTo"))->setDate(day);
        QTRY_COMPARE(grid->model()->rowCount(), 10); // Release-10 … Release-19
        QCOMPARE(grid->model()->index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-19"));
        QCOMPARE(grid->model()->index(9, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-10"));
    }
};

QTEST_MAIN(ReleaseGridTest)
#include "tst_releasegrid.moc"
