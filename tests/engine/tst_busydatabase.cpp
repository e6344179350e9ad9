#include "enginefixture.h"
#include "lockholder.h"
#include "runtime/engineproblem.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;
constexpr int holdMs = 1500; // short holds here; tst_busyprocesses holds the lock for 15 s once

// The engine on a connection of its own, as `slipway --headless` and the GUI's engine thread have it, each attempt
// of its writes bounded to 50 ms (the store's busy timeout) so that a short hold outlasts many attempts.
struct OwnEngine final {
    explicit OwnEngine(TestEnvironment &env)
        : store(SqliteStore::open(env.databasePath()).value()), services(*store, env.clock),
          engine(services, EngineConfig{env.path(QStringLiteral("work")), {QStringLiteral("own"), 1, {}}}),
          problems(&engine, &DeploymentEngine::problemOccurred), cleared(&engine, &DeploymentEngine::problemCleared) {
        QVERIFY(store->connection().execOnly(QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    }

    std::unique_ptr<SqliteStore> store;
    Services services;
    DeploymentEngine engine;
    QSignalSpy problems;
    QSignalSpy cleared;
};

// A task that prints `first`, waits until the test has the lock taken (the file "go"), then runs `rest`.
QString goThen(TestEnvironment &env, const QString &rest, const QString &first = QStringLiteral("line 1")) {
    return QStringLiteral("echo %1; while [ ! -e '%2' ]; do sleep 0.05; done; %3")
        .arg(first, env.path(QStringLiteral("go")), rest);
}

qint64 createRelease(TestEnvironment &env) {
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("W");
    return env.services->releases.create(request, Identity{QStringLiteral("bob")}).value().id;
}

DeploymentRecord deploymentOf(TestEnvironment &env, qint64 releaseId) {
    return env.services->releases.details(releaseId)->stages.first().deployments.value(0);
}

QStringList logOf(TestEnvironment &env, qint64 deploymentId) {
    QStringList lines;
    const QList<LogLineRecord> stored = env.services->deployments.logLines(deploymentId, 0, 100000).value();
    for (const LogLineRecord &line : stored)
        lines << line.line;
    return lines;
}

// Every task run of the deployment as name:status, the preparation ("Initialize") included.
QStringList tasksOf(TestEnvironment &env, qint64 deploymentId) {
    QStringList runs;
    const QList<TaskRunRecord> stored = env.services->deployments.taskRuns(deploymentId).value();
    for (const TaskRunRecord &run : stored)
        runs << run.name + QLatin1Char(':') + toString(run.status);
    return runs;
}
} // namespace

// Another process holding the write lock while a deployment runs: the engine's writes wait and commit afterwards,
// nothing is lost and every record reaches one consistent final state.
class BusyDatabaseTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLockedWriteIsBusyAndReadsStillWork() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("W"),
                                      {stageJson(QStringLiteral("Dev"), afterRelease,
                                                 script(QStringLiteral("t"), QStringLiteral("true")))}))
                    .ok());
        QVERIFY(env.sqlite().connection().execOnly(QStringLiteral("PRAGMA busy_timeout = 100")).ok());
        LockHolder holder(env.databasePath(), waitMs);
        QVERIFY(holder.waitUntilLocked());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("W");
        const Result<ReleaseRecord> refused = env.services->releases.create(request, Identity{QStringLiteral("bob")});
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Busy));
        QCOMPARE(refused.error().message, QStringLiteral("the database is busy (locked by another process)"));
        QVERIFY(refused.error().source); // a template, so that views say it in the user's language
        QCOMPARE(int(EngineProblem::ofStorage(env.databasePath(), refused.error()).cause), int(StorageCause::Locked));
        QVERIFY(env.services->pipelines.list().ok()); // WAL: reading needs no lock
        holder.release();
        QVERIFY(holder.released());
        QVERIFY(env.services->releases.create(request, Identity{QStringLiteral("bob")}).ok());
    }

    // A task ends and the next one starts while another process holds the lock (the end and the start wait), and
    // the first task's output arrives meanwhile (kept until it is stored).
    void aLockAcrossATasksEndLosesNothingAndTheDeploymentSucceeds() {
        TestEnvironment env;
        const QString first = script(QStringLiteral("first"), goThen(env, QStringLiteral("seq -f 'line %g' 2 40")));
        const QString second = script(QStringLiteral("second"), QStringLiteral("echo second ran"));
        QVERIFY(env.save(pipelineJson(QStringLiteral("W"), {stageJson(QStringLiteral("Dev"), afterRelease,
                                                                      first + QLatin1Char(',') + second)}))
                    .ok());
        const qint64 release = createRelease(env);
        OwnEngine own(env);
        own.engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(deploymentOf(env, release).id > 0 &&
                                     logOf(env, deploymentOf(env, release).id).contains(QStringLiteral("line 1")),
                                 waitMs);
        const qint64 id = deploymentOf(env, release).id;
        {
            LockHolder holder(env.databasePath(), holdMs);
            QVERIFY(holder.waitUntilLocked());
            QVERIFY(
                QFile(env.path(QStringLiteral("go"))).open(QIODevice::WriteOnly)); // the task goes on under the lock
            QTRY_VERIFY_WITH_TIMEOUT(holder.released(), waitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(toString(deploymentOf(env, release).operationStatus), QStringLiteral("done"), waitMs);
        QCOMPARE(toString(deploymentOf(env, release).status), QStringLiteral("succeeded"));
        QCOMPARE(toString(env.services->releases.details(release)->stages.first().stage.status),
                 QStringLiteral("succeeded"));
        QCOMPARE(tasksOf(env, id),
                 QStringList({QStringLiteral("Initialize:succeeded"), QStringLiteral("first:succeeded"),
                              QStringLiteral("second:succeeded")}));
        const QStringList log = logOf(env, id);
        for (int n = 1; n <= 40; ++n)
            QCOMPARE(log.count(QStringLiteral("line %1").arg(n)), 1);
        QCOMPARE(log.count(QStringLiteral("second ran")), 1);
        // The engine named the lock while it waited, and cleared it once its writes went through.
        QVERIFY(own.problems.count() >= 1);
        QVERIFY(!own.engine.problem());
        QVERIFY(own.problems.first().first().toString().contains(QStringLiteral("is locked")));
        QVERIFY(own.cleared.count() >= 1);
    }

    // The deployment's last task ends under the lock: its end and the deployment's are both written afterwards,
    // never a finished deployment with a task still in progress.
    void aLockAtTheEndLeavesNoTaskInProgress() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineJson(QStringLiteral("W"), {stageJson(QStringLiteral("Dev"), afterRelease,
                                                                      script(QStringLiteral("only"),
                                                                             goThen(env, QStringLiteral("echo ended"),
                                                                                    QStringLiteral("started"))))}))
                    .ok());
        const qint64 release = createRelease(env);
        OwnEngine own(env);
        own.engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(deploymentOf(env, release).id > 0 &&
                                     logOf(env, deploymentOf(env, release).id).contains(QStringLiteral("started")),
                                 waitMs);
        const qint64 id = deploymentOf(env, release).id;
        {
            LockHolder holder(env.databasePath(), holdMs);
            QVERIFY(holder.waitUntilLocked());
            QVERIFY(
                QFile(env.path(QStringLiteral("go"))).open(QIODevice::WriteOnly)); // the task goes on under the lock
            QTRY_VERIFY_WITH_TIMEOUT(holder.released(), waitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(toString(deploymentOf(env, release).operationStatus), QStringLiteral("done"), waitMs);
        QCOMPARE(toString(deploymentOf(env, release).status), QStringLiteral("succeeded"));
        QCOMPARE(tasksOf(env, id),
                 QStringList({QStringLiteral("Initialize:succeeded"), QStringLiteral("only:succeeded")}));
        QCOMPARE(logOf(env, id).count(QStringLiteral("ended")), 1);
    }
};

QTEST_GUILESS_MAIN(BusyDatabaseTest)
#include "tst_busydatabase.moc"
