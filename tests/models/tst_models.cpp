#include "pipelinetreemodel.h"
#include "releasegridmodel.h"
#include "enginefixture.h"
#include "testenvironment.h"

#include "auditlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using slipway::testing::TestEnvironment;
using slipway::testing::threeStagePipeline;

namespace {
const Identity alice{QStringLiteral("alice")};

ReleaseRecord createRelease(TestEnvironment &env, const QString &pipeline = QStringLiteral("Shop")) {
    CreateReleaseRequest request;
    request.pipeline = pipeline;
    Result<ReleaseRecord> release = env.services->releases.create(request, alice);
    if (!release)
        qFatal("%s", qPrintable(release.error().message));
    return *release;
}
} // namespace

class ModelTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeShouldGroupPipelinesByFolder() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("Shop"))).ok());
        QByteArray inFolder = threeStagePipeline(QStringLiteral("Billing"));
        inFolder.replace("\"name\": \"Billing\",", "\"name\": \"Billing\", \"folder\": \"/team\",");
        QVERIFY(env.save(inFolder).ok());

        PipelineTreeModel model(env.services->queries, env.services->notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2); // the folder "team" and the root pipeline "Shop"
        const QModelIndex shop = model.indexOfPipeline(1);
        QCOMPARE(shop.data().toString(), QStringLiteral("Shop"));
        QVERIFY(!shop.parent().isValid());
        const QModelIndex billing = model.indexOfPipeline(2);
        QCOMPARE(billing.parent().data().toString(), QStringLiteral("team"));
    }

    void treeShouldInsertANewPipelineWithoutAReset() {
        TestEnvironment env;
        PipelineTreeModel model(env.services->queries, env.services->notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(env.save(threeStagePipeline()).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
    }

    void treeShouldShowTheNewestReleaseStatus() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        PipelineTreeModel model(env.services->queries, env.services->notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.indexOfPipeline(1).data(PipelineTreeModel::LatestStatusRole).toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        createRelease(env);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.indexOfPipeline(1).data(PipelineTreeModel::LatestStatusRole).toString(),
                 QStringLiteral("queued")); // Dev runs after release
    }

    void gridShouldLoadInKeysetPagesNewestFirst() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        for (int i = 0; i < 25; ++i)
            createRelease(env);
        // No tester on this one: it would fetch by itself, and this test counts pages.
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        model.setPageSize(10);
        QCOMPARE(model.columnCount(), ReleaseGridModel::FixedColumnCount + 3);
        QCOMPARE(model.headerData(ReleaseGridModel::FixedColumnCount + 2, Qt::Horizontal).toString(),
                 QStringLiteral("Prod"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-25"));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(24, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-1"));
        QCOMPARE(model.index(3, ReleaseGridModel::FixedColumnCount).data(ReleaseGridModel::StageStatusRole).toString(),
                 QStringLiteral("queued"));

        ReleaseGridModel tested(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setPageSize(7);
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), 25);
    }

    void gridShouldJumpToTheEndByTheReverseKeysetAndFillTheGap() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        for (int i = 0; i < 25; ++i)
            createRelease(env);
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        model.setPageSize(10);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        model.jumpToEnd(); // the oldest page, below the newest: rows 11..15 are not loaded yet
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.endLoaded());
        QCOMPARE(model.index(19, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-1"));
        QCOMPARE(model.index(10, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-10"));
        // A view at the bottom is at the oldest release: it is not asked to fetch; the gap fills on request.
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.hasGap());
        QCOMPARE(model.gapRow(), 10);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fillGap(); // fills the gap from the head's side, and meets the tail
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 10);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.hasGap());
        for (int row = 0; row < 25; ++row)
            QCOMPARE(model.index(row, ReleaseGridModel::NameColumn).data().toString(),
                     QStringLiteral("Release-%1").arg(25 - row));
        // A new release still goes on top.
        createRelease(env);
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(model.rowOfRelease(26), 0);

        // Under the tester, with the gap filled one page at a time, and a jump on a short history.
        ReleaseGridModel tested(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setPageSize(4);
        tested.jumpToEnd();
        while (tested.hasGap())
            tested.fillGap();
        QCOMPARE(tested.rowCount(), 26);
        for (int row = 1; row < 26; ++row)
            QVERIFY(tested.releaseIdAt(tested.index(row, 0)) < tested.releaseIdAt(tested.index(row - 1, 0)));
    }

    void gridShouldSearchTheWholeHistoryThroughTheStoreInPages() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        for (int i = 0; i < 30; ++i)
            createRelease(env);
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        ReleaseGridFilter filter;
        filter.text = QStringLiteral("release-1");
        model.setFilter(filter); // 1 and 10..19, newest first, four at a time
        QCOMPARE(model.index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-19"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(10, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-1"));
        createRelease(env); // Release-31 does not match: not shown
        QCOMPARE(model.rowCount(), 11);
        filter.text = QStringLiteral("Release-3");
        model.setFilter(filter);
        createRelease(env); // Release-32 matches: on top
        QCOMPARE(model.index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-32"));
        model.jumpToEnd();
        QCOMPARE(model.index(model.rowCount() - 1, ReleaseGridModel::NameColumn).data().toString(),
                 QStringLiteral("Release-3"));
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ReleaseGridModel::NameColumn).data().toString(), QStringLiteral("Release-32"));
    }

    void auditListShouldAppendNewEventsRowByRow() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        const qint64 release = createRelease(env).id;
        AuditListModel model(env.services->queries, QStringLiteral("release"), release);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditListModel::WhatColumn).data().toString(), QStringLiteral("release.created"));
        // On a file every event names the OS login beside who acted (anyone who may write it may act as anyone); on
        // a team database the login is who acts.
        const auto who = [&env](const QString &actor) {
            return env.isPostgres() || osLoginName() == actor
                       ? actor
                       : QStringLiteral("%1 (OS login %2)").arg(actor, osLoginName());
        };
        QCOMPARE(model.index(0, AuditListModel::WhoColumn).data().toString(), who(QStringLiteral("alice")));
        QCOMPARE(env.services->queries.auditEvents(QStringLiteral("release"), release)
                     ->first()
                     .details.value(QStringLiteral("osLogin"))
                     .toString(),
                 env.isPostgres() ? QString() : osLoginName());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(env.services->releases.setKeepForever(release, true, Identity{QStringLiteral("bob")}).ok());
        model.refresh();
        model.refresh(); // nothing new: nothing inserted
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, AuditListModel::WhoColumn).data().toString(), who(QStringLiteral("bob")));
        QVERIFY(model.index(1, AuditListModel::DetailsColumn).data().toString().contains(QStringLiteral("true")));
    }

    void gridShouldInsertANewReleaseOnTopWithoutAReset() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        createRelease(env);
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const ReleaseRecord second = createRelease(env);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.releaseIdAt(model.index(0, 0)), second.id);
    }

    void gridShouldUpdateOnlyTheChangedRow() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        const ReleaseRecord first = createRelease(env);
        createRelease(env);
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(env.services->releases.abandon(first.id, alice).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.index(1, ReleaseGridModel::NameColumn).data().toString().contains(first.name));
    }

    void gridShouldUpdateTheChangedChipLiveWhileADeploymentRuns() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        testing::EngineFixture fixture(env);
        // As the app wires it: engine changes reach the models through the notifier.
        connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &env.services->notifier,
                [&env](qint64 pipelineId, qint64 releaseId, qint64) {
                    Q_EMIT env.services->notifier.releaseChanged(pipelineId, releaseId);
                });
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const ReleaseRecord release = createRelease(env);
        const int prod = ReleaseGridModel::FixedColumnCount + 2;
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, prod).data(ReleaseGridModel::StageStatusRole).toString(),
                                  QStringLiteral("succeeded"), 20000);
        QCOMPARE(model.releaseIdAt(model.index(0, 0)), release.id);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 3); // each stage chip went from queued/not started to succeeded
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex from = signal.at(0).toModelIndex(), to = signal.at(1).toModelIndex();
            QCOMPARE(from.row(), 0);
            // Only the chips that changed: one, or two when a stage's success queues the next.
            QVERIFY(to.column() - from.column() <= 1);
            QVERIFY(from.column() >= ReleaseGridModel::FixedColumnCount);
        }
    }

    void modelsShouldPickUpChangesFromAnotherProcessRowByRow() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()).ok());
        createRelease(env);
        // "Another process": a second connection with its own services.
        auto otherStore = openStore(env.location());
        QVERIFY(otherStore.ok());
        Services other(**otherStore, env.clock);
        ReleaseGridModel grid(env.services->queries, env.services->notifier, 1);
        PipelineTreeModel tree(env.services->queries, env.services->notifier);
        QAbstractItemModelTester gridTester(&grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        grid.fetchMore({});
        QSignalSpy inserted(&grid, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&grid, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&grid, &QAbstractItemModel::modelReset);

        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        const ReleaseRecord second = *other.releases.create(request, alice);
        QVERIFY(other.releases.abandon(1, alice).ok());
        QVERIFY(other.pipelines.save(threeStagePipeline(QStringLiteral("Billing")), alice).ok());
        grid.refresh();
        tree.refresh();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(grid.releaseIdAt(grid.index(0, 0)), second.id);
        QCOMPARE(changed.count(), 1);                            // the abandoned release's name cell
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0); // release 1, before the new row went in on top
        QCOMPARE(reset.count(), 0);
        QVERIFY(grid.index(1, ReleaseGridModel::NameColumn).data().toString().contains(QStringLiteral("abandoned")));
        QVERIFY(tree.indexOfPipeline(2).isValid());
    }

    void gridShouldIgnoreOtherPipelines() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("Shop"))).ok());
        QVERIFY(env.save(threeStagePipeline(QStringLiteral("Other"))).ok());
        ReleaseGridModel model(env.services->queries, env.services->notifier, 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        createRelease(env, QStringLiteral("Other"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(ModelTest)
#include "tst_models.moc"
