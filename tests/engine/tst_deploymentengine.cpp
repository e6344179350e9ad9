#include "enginefixture.h"
#include "lockholder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace slipway;
using namespace slipway::testing;

namespace {
const Identity bob{QStringLiteral("bob")};
constexpr int waitMs = 20000;

// The engine's own connection to a database file, as `slipway --headless` or the GUI's engine thread has it.
struct OwnEngine final {
    OwnEngine(TestEnvironment &env, const QString &database)
        : store(SqliteStore::open(database).value()), services(*store, env.clock),
          engine(services, EngineConfig{env.path(QStringLiteral("work")), {QStringLiteral("own"), 1, {}}}),
          problems(&engine, &DeploymentEngine::problemOccurred), cleared(&engine, &DeploymentEngine::problemCleared) {}
    void pragma(const QString &statement) { QVERIFY(store->connection().execOnly(statement).ok()); }

    std::unique_ptr<SqliteStore> store;
    Services services;
    DeploymentEngine engine;
    QSignalSpy problems;
    QSignalSpy cleared;
};

// Counts the engine's warnings on stderr.
int engineWarnings = 0;
QtMessageHandler previousHandler = nullptr;
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("slipway: engine:")))
        ++engineWarnings;
    previousHandler(type, context, message);
}

// A release of pipeline W created through the test's own connection (no engine of its own).
qint64 createRelease(TestEnvironment &env) {
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("W");
    return env.services->releases.create(request, bob).value().id;
}

DeploymentRecord dev(TestEnvironment &env, qint64 releaseId) {
    const ReleaseDetails details = *env.services->releases.details(releaseId);
    return details.stages.first().deployments.value(0);
}
QString stageStatus(TestEnvironment &env, qint64 releaseId) {
    return toString(env.services->releases.details(releaseId)->stages.first().stage.status);
}
QString operation(TestEnvironment &env, qint64 releaseId) {
    return toString(dev(env, releaseId).operationStatus);
}

// A German translator for two of the engine's log lines, as a .qm file would give.
class GermanEngine final : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override {
        if (qstrcmp(context, "Engine") != 0)
            return {};
        if (qstrcmp(source, "Deploying %1 to %2, attempt %3") == 0)
            return QStringLiteral("Verteile %1 nach %2, Versuch %3");
        if (qstrcmp(source, "succeeded") == 0)
            return QStringLiteral("erfolgreich");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QByteArray oneScriptStage(const QString &command) {
    return pipelineJson(QStringLiteral("W"),
                        {stageJson(QStringLiteral("Dev"), afterRelease, script(QStringLiteral("t"), command))});
}
} // namespace

class DeploymentEngineTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aReleaseFlowsThroughItsStagesByTrigger() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("Web"),
                             {stageJson(QStringLiteral("Dev"), afterRelease,
                                        script(QStringLiteral("Say"),
                                               QStringLiteral(
                                                   "echo hello $(Release.EnvironmentName) from $RELEASE_RELEASENAME"))),
                              stageJson(QStringLiteral("QA"), after(QStringLiteral("\"Dev\"")),
                                        script(QStringLiteral("Say"), QStringLiteral("echo qa"))),
                              stageJson(QStringLiteral("Prod"), after(QStringLiteral("\"QA\"")),
                                        script(QStringLiteral("Say"), QStringLiteral("echo prod")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        const DeploymentRecord dev = fixture.latest(release.id, QStringLiteral("Dev"));
        QCOMPARE(toString(dev.reason), QStringLiteral("automated"));
        QVERIFY2(fixture.logOf(dev.id).contains(QStringLiteral("hello Dev from Release-1")),
                 qPrintable(fixture.logOf(dev.id)));
        QCOMPARE(fixture.taskSummary(dev.id), QStringList{QStringLiteral("Say:succeeded")});
    }

    void deployingOnlyAsFarAsQaLeavesProdNotStarted() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("Web"),
                                      {stageJson(QStringLiteral("Dev"), afterRelease,
                                                 script(QStringLiteral("t"), QStringLiteral("true"))),
                                       stageJson(QStringLiteral("QA"), after(QStringLiteral("\"Dev\"")),
                                                 script(QStringLiteral("t"), QStringLiteral("true"))),
                                       stageJson(QStringLiteral("Prod"), after(QStringLiteral("\"QA\"")),
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Web"), {QStringLiteral("Prod")});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("QA")), QStringLiteral("succeeded"),
                                  waitMs);
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Prod")), QStringLiteral("notStarted"));
        QVERIFY(fixture.stage(release.id, QStringLiteral("Prod")).deployments.isEmpty());
    }

    void aJoinWaitsForEveryStageAndHonoursPartialSuccess_data() {
        QTest::addColumn<bool>("onPartialSuccess");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partial does not count") << false << QStringLiteral("notStarted");
        QTest::newRow("partial counts") << true << QStringLiteral("succeeded");
    }

    void aJoinWaitsForEveryStageAndHonoursPartialSuccess() {
        QFETCH(bool, onPartialSuccess);
        QFETCH(QString, expected);
        TestEnvironment env;
        const QString flaky =
            script(QStringLiteral("flaky"), QStringLiteral("exit 3"), QStringLiteral("\"continueOnError\":true"));
        QVERIFY(env.save(pipelineJson(
                             QStringLiteral("Join"),
                             {stageJson(QStringLiteral("A"), afterRelease,
                                        script(QStringLiteral("t"), QStringLiteral("sleep 0.3"))),
                              stageJson(QStringLiteral("B"), afterRelease, flaky),
                              stageJson(QStringLiteral("C"), after(QStringLiteral("\"A\",\"B\""), onPartialSuccess),
                                        script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Join"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("A")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("B")),
                                  QStringLiteral("partiallySucceeded"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("C")), expected, waitMs);
    }

    void aManualStageRunsOnlyWhenDeployed() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("M"),
                                      {stageJson(QStringLiteral("Ops"), manualTrigger,
                                                 script(QStringLiteral("t"), QStringLiteral("echo ran")))}))
                    .ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("M"));
        fixture.engine.tick();
        QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("notStarted"));
        Result<DeploymentRecord> deployed =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob);
        QVERIFY(deployed.ok());
        QCOMPARE(toString(deployed->reason), QStringLiteral("manual"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Ops")), QStringLiteral("succeeded"),
                                  waitMs);

        // Redeploy: a new attempt from the same snapshot.
        Result<DeploymentRecord> again =
            env.services->deployments.deploy({release.id, QStringLiteral("Ops"), {}, {}}, bob);
        QVERIFY(again.ok());
        QCOMPARE(again->attempt, 2);
        QCOMPARE(toString(again->reason), QStringLiteral("redeploy"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Ops")).status),
                                  QStringLiteral("succeeded"), waitMs);
        QCOMPARE(fixture.stage(release.id, QStringLiteral("Ops")).deployments.size(), 2);
    }

    void artifactFiltersDecideWhetherATriggerFires() {
        TestEnvironment env;
        QVERIFY(
            env.save(pipelineJson(QStringLiteral("F"),
                                  {stageJson(QStringLiteral("Dev"), afterRelease,
                                             script(QStringLiteral("t"), QStringLiteral("true")),
                                             QStringLiteral("\"artifactFilters\":[{\"alias\":\"app\",\"branches\":{"
                                                            "\"include\":[\"main\",\"release/*\"],"
                                                            "\"exclude\":[\"release/old*\"]},\"tags\":[\"green\"]}]"))},
                                  QStringLiteral("\"artifacts\":[{\"alias\":\"app\",\"type\":\"push\"}]")))
                .ok());
        EngineFixture fixture(env);
        const struct {
            const char *version, *branch, *tag;
            const char *expected;
        } cases[] = {{"1", "main", "green", "succeeded"},
                     {"2", "feature/x", "green", "notStarted"},
                     {"3", "release/2.0", "green", "succeeded"},
                     {"4", "release/old-1", "green", "notStarted"},
                     {"5", "main", "red", "notStarted"}};
        for (const auto &c : cases) {
            QVERIFY(env.services->artifacts
                        .addPushedVersion(QStringLiteral("F"), QStringLiteral("app"),
                                          {QString::fromLatin1(c.version),
                                           QString::fromLatin1(c.branch),
                                           {QString::fromLatin1(c.tag)},
                                           {}},
                                          bob)
                        .ok());
            const ReleaseRecord release = fixture.createRelease(QStringLiteral("F"));
            if (QLatin1String(c.expected) == QLatin1String("succeeded"))
                QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(release.id, QStringLiteral("Dev")),
                                          QStringLiteral("succeeded"), waitMs);
            else
                QCOMPARE(fixture.stageStatus(release.id, QStringLiteral("Dev")), QStringLiteral("notStarted"));
        }
    }

    void theLogOfACanceledRunEndsWithWhoCanceledIt() {
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("sleep 30"))).ok());
        EngineFixture fixture(env);
        const qint64 release = createRelease(env);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.taskSummary(dev(env, release).id),
                                  QStringList{QStringLiteral("t:inProgress")}, waitMs);
        QVERIFY(env.services->deployments.cancel(dev(env, release).id, bob).ok());
        QTRY_COMPARE_WITH_TIMEOUT(operation(env, release), QStringLiteral("done"), waitMs);
        QCOMPARE(toString(dev(env, release).status), QStringLiteral("canceled"));
        QCOMPARE(dev(env, release).message, QStringLiteral("canceled by bob"));
        const QString log = fixture.logOf(dev(env, release).id);
        QVERIFY2(log.endsWith(QStringLiteral("\nCanceled by bob")), qPrintable(log));
    }

    void theLogOfARunInterruptedByShutdownEndsSayingSo() {
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("sleep 30"))).ok());
        EngineFixture fixture(env);
        const qint64 release = createRelease(env);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.taskSummary(dev(env, release).id),
                                  QStringList{QStringLiteral("t:inProgress")}, waitMs);
        QSignalSpy stopped(&fixture.engine, &DeploymentEngine::stopped);
        fixture.engine.shutdown(0);
        QVERIFY(stopped.wait(waitMs));
        QCOMPARE(toString(dev(env, release).status), QStringLiteral("interrupted"));
        const QString log = fixture.logOf(dev(env, release).id);
        const QString expected = QStringLiteral("\nInterrupted: Slipway (%1, pid %2) was shut down while it ran")
                                     .arg(fixture.engine.config().owner.host)
                                     .arg(fixture.engine.config().owner.pid);
        QVERIFY2(log.endsWith(expected), qPrintable(log));
    }

    void theEngineWritesItsLogLinesInTheApplicationsLanguage() {
        GermanEngine german;
        QCoreApplication::installTranslator(&german);
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("true"))).ok());
        EngineFixture fixture(env);
        const qint64 release = createRelease(env);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatus(env, release), QStringLiteral("succeeded"), waitMs);
        QCoreApplication::removeTranslator(&german);
        const QString log = fixture.logOf(dev(env, release).id);
        QVERIFY2(log.contains(QStringLiteral("Verteile Release-1 nach Dev, Versuch 1")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Task t: erfolgreich")), qPrintable(log));
    }

    void storageFailuresAreNamedFromSqlitesText_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("cause");
        QTest::newRow("malformed") << QStringLiteral("database error: database disk image is malformed (SELECT 1)")
                                   << int(StorageCause::Malformed);
        QTest::newRow("not a database") << QStringLiteral("file is not a database") << int(StorageCause::Malformed);
        QTest::newRow("read-only") << QStringLiteral("attempt to write a readonly database")
                                   << int(StorageCause::ReadOnly);
        QTest::newRow("full") << QStringLiteral("database or disk is full") << int(StorageCause::DiskFull);
        QTest::newRow("locked") << QStringLiteral("database is locked") << int(StorageCause::Locked);
        QTest::newRow("other") << QStringLiteral("disk I/O error") << int(StorageCause::Other);
    }

    void storageFailuresAreNamedFromSqlitesText() {
        QFETCH(QString, message);
        QFETCH(int, cause);
        const EngineProblem problem = EngineProblem::ofStorage(QStringLiteral("/data/s.db"), Error::storage(message));
        QCOMPARE(int(problem.cause), cause);
        QVERIFY(problem.english().contains(QStringLiteral("/data/s.db")));
        QCOMPARE(problem.text(), problem.english()); // no translator installed
    }

    void theRetryWaitDoublesUpToItsBound() {
        Backoff backoff(200, 15000);
        QList<int> waits;
        for (int i = 0; i < 9; ++i)
            waits << backoff.failed();
        QCOMPARE(waits, (QList<int>{400, 800, 1600, 3200, 6400, 12800, 15000, 15000, 15000}));
        backoff.reset();
        QCOMPARE(backoff.currentMs(), 200);
    }

    // B11: a damaged file is named once (not logged 5 times a second) and tried again later and later.
    void aDamagedDatabaseIsNamedOnceAndTriedAgainLessOften() {
        SLIPWAY_SQLITE_ONLY("damages the SQLite file");
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("true"))).ok());
        for (int i = 0; i < 20; ++i)
            createRelease(env);
        QVERIFY(env.sqlite().connection().execOnly(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        const QString damaged = env.path(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(env.databasePath(), damaged));
        // Overwrite the pages of the deployments table and its indexes; the schema on page 1 stays readable.
        const int pageSize = env.sqlite().connection().scalar(QStringLiteral("PRAGMA page_size"))->toInt();
        Result<SqlCursor *> roots = env.sqlite().connection().exec(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'deployments' AND rootpage > 1"));
        QVERIFY(roots.ok());
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        int overwritten = 0;
        while ((*roots)->next()) {
            QVERIFY(file.seek(qint64((*roots)->value(0).toLongLong() - 1) * pageSize));
            file.write(QByteArray(pageSize, '\x5a'));
            ++overwritten;
        }
        (*roots)->finish();
        file.close();
        QVERIFY(overwritten > 1);

        OwnEngine own(env, damaged);
        engineWarnings = 0;
        previousHandler = qInstallMessageHandler(countingHandler);
        own.engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(own.problems.count(), 1, waitMs);
        QCOMPARE(own.engine.problem()->cause, StorageCause::Malformed);
        const QString message = own.problems.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("is damaged")) && message.contains(damaged), qPrintable(message));
        // Four failed rounds later: still one line on stderr and one signal, and the wait has grown.
        QTRY_COMPARE_WITH_TIMEOUT(own.engine.retryIntervalMs(), 3200, waitMs);
        qInstallMessageHandler(previousHandler);
        QCOMPARE(engineWarnings, 1);
        QCOMPARE(own.problems.count(), 1);
        QCOMPARE(own.cleared.count(), 0);
    }

    // B11: a read-only database is named; the queued deployment starts once writing works again.
    void aReadOnlyDatabaseIsNamedAndTheDeploymentStartsWhenItIsWritableAgain() {
        SLIPWAY_SQLITE_ONLY("SQLite pragmas");
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("echo ran"))).ok());
        OwnEngine own(env, env.databasePath());
        // As root, chmod would not stop writes: the engine's connection refuses them itself (SQLITE_READONLY).
        own.pragma(QStringLiteral("PRAGMA query_only = ON"));
        own.engine.start();
        const qint64 release = createRelease(env);
        QTRY_COMPARE_WITH_TIMEOUT(own.problems.count(), 1, waitMs);
        QCOMPARE(own.engine.problem()->cause, StorageCause::ReadOnly);
        QVERIFY(own.problems.first().first().toString().contains(QStringLiteral("is read-only")));
        QCOMPARE(stageStatus(env, release), QStringLiteral("queued"));
        QTRY_VERIFY_WITH_TIMEOUT(own.engine.retryIntervalMs() >= 800, waitMs);
        own.pragma(QStringLiteral("PRAGMA query_only = OFF"));
        QTRY_COMPARE_WITH_TIMEOUT(own.cleared.count(), 1, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatus(env, release), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(own.engine.retryIntervalMs(), int(DeploymentEngine::pollIntervalMs));
        QCOMPARE(own.problems.count(), 1);
    }

    // B11: a full disk (the database may not grow) is named while a chatty task cannot store its log.
    void aFullDiskIsNamedAndClearedWhenThereIsRoomAgain() {
        SLIPWAY_SQLITE_ONLY("SQLite max_page_count");
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("seq 1 3000; sleep 0.5; seq 1 3000"))).ok());
        OwnEngine own(env, env.databasePath());
        const qint64 pages = own.store->connection().scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
        own.pragma(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
        own.engine.start();
        const qint64 release = createRelease(env);
        QTRY_COMPARE_WITH_TIMEOUT(own.problems.count(), 1, waitMs);
        QCOMPARE(own.engine.problem()->cause, StorageCause::DiskFull);
        QVERIFY(own.problems.first().first().toString().contains(QStringLiteral("is full")));
        own.pragma(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QTRY_COMPARE_WITH_TIMEOUT(own.cleared.count(), 1, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(operation(env, release), QStringLiteral("done"), waitMs);
    }

    // B11: another program holding the write lock is named "locked", and the engine goes on after it lets go.
    void aLockedDatabaseIsNamedAndTheEngineGoesOnWhenItIsReleased() {
        SLIPWAY_SQLITE_ONLY("SQLite file locks");
        TestEnvironment env;
        QVERIFY(env.save(oneScriptStage(QStringLiteral("true"))).ok());
        const qint64 release = createRelease(env);
        OwnEngine own(env, env.databasePath());
        own.pragma(QStringLiteral("PRAGMA busy_timeout = 50"));
        LockHolder holder(env.databasePath(), 1000);
        QVERIFY(holder.waitUntilLocked());
        own.engine.start(); // its claim waits for the lock: on the engine's own thread in the application
        QTRY_VERIFY_WITH_TIMEOUT(holder.released(), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(own.problems.count(), 1, waitMs);
        QVERIFY(own.problems.first().first().toString().contains(QStringLiteral("is locked")));
        QTRY_COMPARE_WITH_TIMEOUT(own.cleared.count(), 1, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(stageStatus(env, release), QStringLiteral("succeeded"), waitMs);
    }
};

QTEST_GUILESS_MAIN(DeploymentEngineTest)
#include "tst_deploymentengine.moc"
