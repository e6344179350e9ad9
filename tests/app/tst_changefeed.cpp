#include "changefeed.h"
#include "engineconfiguration.h"
#include "releasegridmodel.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

// One manual stage: creating a release requests no deployment, so the only change is the new release.
const QByteArray manualPipeline =
    R"({"name":"Shop","stages":[{"name":"Dev","trigger":{"type":"manual"},
        "tasks":[{"name":"a","type":"script","script":"true"}]}]})";

// The ids a spy on releaseCreated/releaseChanged saw, in order.
QList<qint64> releaseIds(const QSignalSpy &spy) {
    QList<qint64> ids;
    for (const QList<QVariant> &call : spy)
        ids.append(call.at(1).toLongLong());
    return ids;
}

} // namespace

// The window's one change channel: every committed change reaches its models once, whichever
// connection (this one, its engine thread, another process) made it.
class ChangeFeedTest final : public QObject {
    Q_OBJECT

    qint64 createRelease(TestEnvironment &env) {
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        Result<ReleaseRecord> release = env.services->releases.create(request, Identity{QStringLiteral("alice")});
        if (!release)
            qFatal("%s", qPrintable(release.error().message));
        return release->id;
    }

private Q_SLOTS:
    void aReleaseFromAnotherProcessAndOneFromThisProcessEachReachTheGridOnce() {
        // GIVEN the window's connection, its feed, a grid fed by it, and an engine thread on the same file
        TestEnvironment env;
        QVERIFY(env.save(manualPipeline));
        ChangeFeed feed(env.store->audit());
        feed.follow(env.services->notifier);
        const qint64 pipelineId = env.services->queries.pipelines()->constFirst().id;
        ReleaseGridModel grid(env.services->queries, feed.changes(), pipelineId);
        QAbstractItemModelTester tester(&grid);
        QSignalSpy inserted(&grid, &QAbstractItemModel::rowsInserted);
        QSignalSpy created(&feed.changes(), &ChangeNotifier::releaseCreated);
        EngineHost engine(storeFactory(env.location()), engineConfiguration(env.location()));
        QSignalSpy external(&engine, &EngineHost::externalChange);
        connect(&engine, &EngineHost::externalChange, &feed, &ChangeFeed::catchUp);
        QSignalSpy started(&engine, &EngineHost::started);
        engine.start();
        QVERIFY(started.wait(10000));
        // (its detection knows the database from its first look on: commit until it reports one)
        int users = 0;
        auto touch = [&] {
            return bool(env.services->directory.addUser(QStringLiteral("user%1").arg(++users), {},
                                                        Identity{QStringLiteral("alice")}));
        };
        QTRY_VERIFY_WITH_TIMEOUT(touch() && !external.isEmpty(), 10000);
        QCOMPARE(inserted.count(), 0);

        // WHEN another process creates a release
        QProcess cli;
        cli.start(QStringLiteral(SLIPWAY_BINARY),
                  {QStringLiteral("--database"), env.location(), QStringLiteral("release"), QStringLiteral("create"),
                   QStringLiteral("Shop")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        // THEN the engine's change detection brings it to the grid as one inserted row
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 10000);
        QCOMPARE(grid.rowCount(), 1);
        const qint64 fromCli = grid.releaseIdAt(grid.index(0, 0));

        // WHEN this process creates one
        const int seenExternal = int(external.count());
        const qint64 fromHere = createRelease(env);
        // THEN it is there at once, and the engine's seeing the same commit adds nothing
        QCOMPARE(inserted.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(external.count() > seenExternal, 10000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(grid.rowCount(), 2);
        QCOMPARE(releaseIds(created), (QList<qint64>{fromCli, fromHere}));
        engine.stop(0);
    }

    void changesOfOneCatchUpAreNamedOncePerRow() {
        // GIVEN a feed after a pipeline with a release
        TestEnvironment env;
        QVERIFY(env.save(manualPipeline));
        const qint64 first = createRelease(env);
        ChangeFeed feed(env.store->audit());
        QSignalSpy created(&feed.changes(), &ChangeNotifier::releaseCreated);
        QSignalSpy changed(&feed.changes(), &ChangeNotifier::releaseChanged);
        QSignalSpy saved(&feed.changes(), &ChangeNotifier::pipelineSaved);
        // WHEN the first release is deployed and canceled, a second release made and the pipeline revised, unseen
        Result<DeploymentRecord> deployed =
            env.services->deployments.deploy({first, QStringLiteral("Dev")}, Identity{QStringLiteral("alice")});
        QVERIFY(deployed);
        QVERIFY(env.services->deployments.cancel(deployed->id, Identity{QStringLiteral("alice")}));
        const qint64 second = createRelease(env);
        QVERIFY(env.save(QByteArray(manualPipeline).replace("\"true\"", "\"exit 0\"")));
        feed.catchUp();
        // THEN each row is named once: the changed release, the new one, the revised pipeline
        QCOMPARE(releaseIds(changed), QList<qint64>{first});
        QCOMPARE(releaseIds(created), QList<qint64>{second});
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        // AND a second catch-up finds nothing new
        feed.catchUp();
        QCOMPARE(changed.count() + created.count() + saved.count(), 3);
    }

    void moreChangesThanABatchBecomeOneReload() {
        // GIVEN a feed, and more audited changes since than one catch-up names row by row
        TestEnvironment env;
        ChangeFeed feed(env.store->audit());
        QSignalSpy reload(&feed.changes(), &ChangeNotifier::reloadNeeded);
        QSignalSpy saved(&feed.changes(), &ChangeNotifier::pipelineSaved);
        for (int i = 0; i <= ChangeFeed::batchLimit; ++i)
            QVERIFY(env.services->directory.addUser(QStringLiteral("user%1").arg(i), {},
                                                    Identity{QStringLiteral("admin")}));
        QVERIFY(env.save(manualPipeline));
        // WHEN it catches up
        feed.catchUp();
        // THEN the models reload once, instead of hearing of each row
        QCOMPARE(reload.count(), 1);
        QCOMPARE(saved.count(), 0);
        // AND what follows is named row by row again
        QVERIFY(env.save(QByteArray(manualPipeline).replace("\"true\"", "\"exit 0\"")));
        feed.catchUp();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(reload.count(), 1);
    }
};

QTEST_GUILESS_MAIN(ChangeFeedTest)
#include "tst_changefeed.moc"
