#include "approvalpipelines.h"
#include "enginefixture.h"
#include "lockholder.h"
#include "restclient.h"
#include "restserver.h"
#include "runtime/enginehost.h"
#include "store/storefactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 30000;
const QString busyMessage = QStringLiteral("the database is busy (locked by another process)");

struct Outcome final {
    int exitCode = -1;
    QString err;
};

// The real binary on the test's database, its busy budget shortened (as any user may set it) to keep the test quick.
Outcome runCli(const TestEnvironment &env, const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLIPWAY_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SLIPWAY_BINARY), QStringList{QStringLiteral("--database"), env.databasePath(),
                                                              QStringLiteral("--user"), QStringLiteral("carol")} +
                                                      arguments);
    if (!process.waitForFinished(waitMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray pipelineWith(const QString &tasks) {
    return pipelineJson(QStringLiteral("W"), {stageJson(QStringLiteral("Dev"), afterRelease, tasks)});
}
} // namespace

// Another process holding the database's write lock, against the command line, the REST server and the engine on
// its own thread (docs/security.md#a-busy-database).
class BusyProcessesTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theCommandLineSaysBusyWithExitCodeFive() {
        TestEnvironment env;
        QVERIFY(env.save(pipelineWith(script(QStringLiteral("t"), QStringLiteral("true")))).ok());
        LockHolder holder(env.databasePath(), waitMs);
        QVERIFY(holder.waitUntilLocked());
        const Outcome refused = runCli(env, {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("W")});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(busyMessage), qPrintable(refused.err));
        // Reading needs no lock.
        QCOMPARE(runCli(env, {QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("W")}).exitCode, 0);
        holder.release();
        QVERIFY(holder.released());
        QCOMPARE(runCli(env, {QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("W")}).exitCode, 0);
    }

    void restAnswers503WhileTheDatabaseIsLocked() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("carol")});
        QVERIFY(env.save(pipelineWith(script(QStringLiteral("t"), QStringLiteral("true")))).ok());
        const QString token =
            env.services->directory.createToken(QStringLiteral("test"), Identity{QStringLiteral("carol")})->secret;
        rest::RestServer server(*env.services);
        RestClient carol(*server.listen(QHostAddress::LocalHost, 0), token);
        // The server's connection waits 200 ms (its budget) instead of the default 3 s.
        QVERIFY(env.sqlite().connection().execOnly(QStringLiteral("PRAGMA busy_timeout = 200")).ok());
        const QString releases = QStringLiteral("/Default/_apis/Release/releases");
        const QJsonObject body{{QStringLiteral("definitionId"), 1}};
        LockHolder holder(env.databasePath(), waitMs);
        QVERIFY(holder.waitUntilLocked());
        const Reply refused = carol.post(releases, body);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.message(), busyMessage);
        QCOMPARE(carol.get(releases).status, 200); // reading needs no lock
        holder.release();
        QVERIFY(holder.released());
        QCOMPARE(carol.post(releases, body).status, 200);
    }

    // The tester's case: 15 s of another process's lock while a task prints and ends. The engine runs on its own
    // thread as in the application: the test's thread (the GUI's, there) keeps running meanwhile.
    void aDeploymentOutlastsAFifteenSecondLock() {
        TestEnvironment env;
        const QString first =
            script(QStringLiteral("first"),
                   QStringLiteral("echo line 1; while [ ! -e '%1' ]; do sleep 0.05; done; seq -f 'line %g' 2 200")
                       .arg(env.path(QStringLiteral("go"))));
        QVERIFY(env.save(pipelineWith(first + QLatin1Char(',') +
                                      script(QStringLiteral("second"), QStringLiteral("echo second ran"))))
                    .ok());
        EngineConfig config{env.path(QStringLiteral("work")), {QStringLiteral("busy"), qint64(::getpid()), {}}};
        const QString path = env.databasePath();
        EngineHost host([path] { return openStore(path); }, config);
        QSignalSpy problems(&host, &EngineHost::problem);
        QSignalSpy cleared(&host, &EngineHost::problemCleared);
        host.start();
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("W");
        const qint64 release = env.services->releases.create(request, Identity{QStringLiteral("bob")})->id;
        const auto deployment = [&] { return env.services->releases.details(release)->stages.first().deployments; };
        const auto log = [&](qint64 id) {
            QStringList lines;
            const QList<LogLineRecord> stored = env.services->deployments.logLines(id, 0, 100000).value();
            for (const LogLineRecord &line : stored)
                lines << line.line;
            return lines;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !deployment().isEmpty() && log(deployment().first().id).contains(QStringLiteral("line 1")), waitMs);
        const qint64 id = deployment().first().id;
        int turns = 0;
        QTimer turn;
        connect(&turn, &QTimer::timeout, this, [&turns] { ++turns; });
        turn.start(100);
        QElapsedTimer held;
        {
            LockHolder holder(env.databasePath(), 15000);
            QVERIFY(holder.waitUntilLocked());
            held.start();
            QVERIFY(
                QFile(env.path(QStringLiteral("go"))).open(QIODevice::WriteOnly)); // the task goes on under the lock
            QTRY_VERIFY_WITH_TIMEOUT(holder.released(), waitMs);
        }
        QVERIFY(held.elapsed() >= 14000);
        QVERIFY2(turns >= 100, "the test's thread went on while the engine waited"); // 15 s of 100 ms turns
        QTRY_COMPARE_WITH_TIMEOUT(toString(deployment().first().operationStatus), QStringLiteral("done"), waitMs);
        QCOMPARE(toString(deployment().first().status), QStringLiteral("succeeded"));
        QStringList tasks;
        const QList<TaskRunRecord> runs = env.services->deployments.taskRuns(id).value();
        for (const TaskRunRecord &run : runs)
            tasks << run.name + QLatin1Char(':') + toString(run.status);
        QCOMPARE(tasks, QStringList({QStringLiteral("Initialize:succeeded"), QStringLiteral("first:succeeded"),
                                     QStringLiteral("second:succeeded")}));
        const QStringList lines = log(id);
        for (int n = 1; n <= 200; ++n)
            QCOMPARE(lines.count(QStringLiteral("line %1").arg(n)), 1);
        QCOMPARE(lines.count(QStringLiteral("second ran")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, waitMs);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("is locked")));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, waitMs);
        host.stop(1000);
    }
};

QTEST_GUILESS_MAIN(BusyProcessesTest)
#include "tst_busyprocesses.moc"
