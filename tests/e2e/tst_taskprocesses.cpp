#include "engineprocesses.h"
#include "runtime/processgroups.h"
#include "services/services.h"
#include "store/storefactory.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace slipway;
using slipway::testing::lines;
using testing::EngineProcesses;

namespace {
constexpr int waitMs = 30000;
const Identity carol{QStringLiteral("carol")};

// task.sh ROLE ID DIR ATTEMPT [stubborn]: the first attempt's leader starts a child that starts a grandchild; both
// write heartbeats (nanoseconds) until they are ended; a stubborn grandchild ignores SIGTERM. A later attempt
// writes when it starts and ends at once.
const char *const taskScript = R"(role=$1; id=$2; dir=$3
if [ "$4" != 1 ]; then date +%s%N >> "$dir/started-$id"; exit 0; fi
echo "$role $$" >> "$dir/pids-$id"
case $role in
leader) sh "$0" child "$id" "$dir" "$4" "$5" & wait ;;
child) sh "$0" grandchild "$id" "$dir" "$4" "$5" &
       while :; do date +%s%N >> "$dir/beats"; sleep 0.05; done ;;
grandchild) [ "$5" = stubborn ] && trap '' TERM
            while :; do date +%s%N >> "$dir/beats"; sleep 0.05; done ;;
esac
)";

} // namespace

// A task's processes end with their engine: the leader by PR_SET_PDEATHSIG, the rest of its group by the engine
// that finds it recorded; a pid that is not the recorded process is never signalled; a redeploy waits.
class TaskProcessTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<EngineProcesses> m_engines;
    QList<QProcess *> m_bystanders;
    QList<qint64> m_bystanderGroups; // what is left of them once their leader exited

    QString database() const { return m_database->location(); }
    QString work() const { return m_dir.filePath(QStringLiteral("work")); }

    void save(const QString &mode) {
        saveScript(QStringLiteral("sh %1/task.sh leader $(Release.DeploymentId) %1 $(Release.AttemptNumber) %2")
                       .arg(work(), mode));
    }

    void saveScript(const QString &script) {
        const QByteArray json = QStringLiteral("{\"name\":\"E\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":"
                                               "\"afterRelease\"},\"tasks\":[{\"name\":\"work\",\"type\":\"script\","
                                               "\"script\":\"%1\"}]}]}")
                                    .arg(script)
                                    .toUtf8();
        Result<SavedPipeline> saved = m_services->pipelines.save(json, carol);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

    // Polls with a deadline.
    template <typename Condition>
    static bool waitFor(Condition condition, int timeoutMs = waitMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!condition()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(10);
        }
        return true;
    }

    qint64 createRelease() {
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("E");
        Result<ReleaseRecord> release = m_services->releases.create(request, carol);
        if (!release)
            qFatal("%s", qPrintable(release.error().message));
        return release->id;
    }

    DeploymentContext latest(qint64 releaseId) {
        const ReleaseDetails details = *m_services->releases.details(releaseId);
        return *m_services->deployments.deployment(details.stages.first().deployments.last().id);
    }

    // The pid a role of the task wrote (0: not yet).
    qint64 pidOf(qint64 deploymentId, const QString &role) {
        for (const QString &line : lines(work() + QStringLiteral("/pids-%1").arg(deploymentId)))
            if (line.startsWith(role + QLatin1Char(' ')))
                return line.section(QLatin1Char(' '), 1).toLongLong();
        return 0;
    }

    QList<ProcessGroupRecord> openGroups() {
        return m_store->deployments().openProcessGroups(QHostInfo::localHostName()).value();
    }

    // Starts the task and returns its deployment once its grandchild runs.
    DeploymentContext runningTask(qint64 release) {
        if (!waitFor([&] { return latest(release).deployment.id > 0; }) ||
            !waitFor([&] { return pidOf(latest(release).deployment.id, QStringLiteral("grandchild")) > 0; }))
            qFatal("the task did not start");
        return latest(release);
    }

    QProcess *bystander(const QString &command, const std::function<void()> &modifier = {}) {
        auto *process = new QProcess(this);
        if (modifier)
            process->setChildProcessModifier(modifier);
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        process->waitForStarted();
        m_bystanders << process;
        return process;
    }

    static QList<qint64> runningMembers(qint64 groupId) {
        QList<qint64> members;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const std::optional<ProcessFacts> facts = processFacts(entry.toLongLong());
            if (facts && facts->running() && facts->groupId == groupId)
                members << entry.toLongLong();
        }
        return members;
    }

private Q_SLOTS:
    void init() {
        QDir(work()).removeRecursively();
        QDir().mkpath(work());
        QFile script(work() + QStringLiteral("/task.sh"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(taskScript);
        script.close();
        m_database = std::make_unique<testing::TestDatabase>(m_dir.path(), QStringLiteral("tasks.db"));
        m_store = openStore(database()).value();
        m_services = std::make_unique<Services>(*m_store, m_clock);
        m_engines = std::make_unique<EngineProcesses>(QStringLiteral(SLIPWAY_BINARY), database(),
                                                      QByteArray::number(QCoreApplication::applicationPid()) + "-" +
                                                          QByteArray(QTest::currentTestFunction()));
    }

    void cleanup() {
        m_engines.reset();
        for (QProcess *process : std::as_const(m_bystanders)) {
            process->kill();
            process->waitForFinished();
        }
        qDeleteAll(m_bystanders);
        m_bystanders.clear();
        for (qint64 group : std::as_const(m_bystanderGroups))
            ::kill(-pid_t(group), SIGKILL);
        m_bystanderGroups.clear();
        m_services.reset();
        m_store.reset();
        m_database.reset();
    }

    void theTaskLeaderDiesWithItsEngineAndARestartedEngineEndsTheRest() {
        save(QStringLiteral("plain"));
        QProcess *engine = m_engines->startReady();
        const DeploymentContext d = runningTask(createRelease());
        const qint64 child = pidOf(d.deployment.id, QStringLiteral("child"));
        const qint64 grandchild = pidOf(d.deployment.id, QStringLiteral("grandchild"));
        const qint64 leader = processFacts(child)->groupId;
        QCOMPARE(processFacts(grandchild)->groupId, leader); // one group, led by the task's process
        QCOMPARE(openGroups().size(), 0);                    // recorded, but its engine still runs it
        QElapsedTimer killed;
        killed.start();
        EngineProcesses::kill9(engine);
        QTRY_VERIFY_WITH_TIMEOUT(!EngineProcesses::isRunning(leader), 2000); // PR_SET_PDEATHSIG
        qInfo("the group leader ended %lld ms after its engine was killed", killed.elapsed());
        // Its group's other members get no such signal: with no engine, they run on.
        QVERIFY(EngineProcesses::isRunning(child) && EngineProcesses::isRunning(grandchild));
        killed.restart();
        m_engines->start(); // its start-up counts too: the 2 s bound is held by a surviving engine, below
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->taskProcesses().isEmpty(), waitMs);
        qInfo("a restarted engine ended the rest of the group %lld ms after it was started", killed.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(toString(latest(d.releaseId).deployment.status), QStringLiteral("interrupted"),
                                  waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(openGroups().size(), 0, waitMs); // seen gone, and recorded so
    }

    void aSurvivingEngineEndsAKilledEnginesTaskWithinTwoSeconds() {
        save(QStringLiteral("plain"));
        QProcess *first = m_engines->startReady();
        const DeploymentContext d = runningTask(createRelease());
        m_engines->startReady(); // the survivor
        QVERIFY(m_engines->taskProcesses().size() >= 3);
        QElapsedTimer killed;
        killed.start();
        EngineProcesses::kill9(first);
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->taskProcesses().isEmpty(), 2000);
        qInfo("no process of the task ran %lld ms after its engine was killed", killed.elapsed());
        QCOMPARE(toString(latest(d.releaseId).deployment.status), QStringLiteral("interrupted"));
    }

    void aRedeployNeverRunsBesideWhatTheOldRunLeft() {
        save(QStringLiteral("stubborn")); // the grandchild outlives SIGTERM: only SIGKILL after the grace ends it
        QProcess *engine = m_engines->startReady();
        const DeploymentContext d = runningTask(createRelease());
        EngineProcesses::kill9(engine);
        m_engines->start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(latest(d.releaseId).deployment.status), QStringLiteral("interrupted"),
                                  waitMs);
        QVERIFY(!m_engines->taskProcesses().isEmpty()); // the stubborn grandchild still runs
        QProcess cli;
        cli.start(QStringLiteral(SLIPWAY_BINARY),
                  slipway::testing::actingAs(database(), QStringLiteral("carol")) +
                      QStringList{QStringLiteral("deploy"), QString::number(d.releaseId), QStringLiteral("Dev"),
                                  QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(waitMs));
        QCOMPARE(cli.exitCode(), 0);
        const qint64 redeploy =
            QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(toString(latest(d.releaseId).deployment.status), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(latest(d.releaseId).deployment.id, redeploy);
        const QStringList started = lines(work() + QStringLiteral("/started-%1").arg(redeploy));
        QCOMPARE(started.size(), 1);
        const QStringList beats = lines(work() + QStringLiteral("/beats"));
        QVERIFY(!beats.isEmpty());
        qint64 lastBeat = 0;
        for (const QString &beat : beats)
            lastBeat = qMax(lastBeat, beat.toLongLong());
        QVERIFY2(started.first().toLongLong() > lastBeat,
                 qPrintable(QStringLiteral("the redeploy started %1 ms before the old run's last heartbeat")
                                .arg((lastBeat - started.first().toLongLong()) / 1000000)));
        qInfo("the redeploy started %lld ms after the old run's last heartbeat",
              (started.first().toLongLong() - lastBeat) / 1000000);
        QVERIFY(m_engines->taskProcesses().isEmpty());
    }

    // A recorded group whose leader's pid is now another process (a different start time), and one whose
    // members started before the recorded leader: neither is signalled.
    void aProcessThatIsNotTheRecordedOneIsNeverSignalled() {
        saveScript(QStringLiteral("true"));
        const qint64 release = createRelease(); // queued: no engine yet
        const qint64 deploymentId = latest(release).deployment.id;
        // A process whose pid a group was recorded under, but started at another time (a reused pid) ...
        QProcess *reused = bystander(QStringLiteral("exec sleep 60"));
        // ... and a group whose leader has gone, its members started before the recorded leader (a reused group id).
        QProcess *leader = bystander(QStringLiteral("sleep 60 & sleep 61 & exit 0"), [] { ::setpgid(0, 0); });
        const qint64 group = leader->processId();
        m_bystanderGroups << group;
        QTRY_VERIFY_WITH_TIMEOUT(leader->state() == QProcess::NotRunning && runningMembers(group).size() == 2, waitMs);
        const QList<qint64> members = runningMembers(group);
        qint64 membersStart = 0;
        for (qint64 member : members)
            membersStart = qMax(membersStart, processFacts(member)->startTicks);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString host = QHostInfo::localHostName();
        const Status recorded = m_store->transaction([&]() -> Status {
            DeploymentRepository &deployments = m_store->deployments();
            const qint64 first = deployments.startTask(deploymentId, 98, QStringLiteral("fake"), now).value();
            const qint64 second = deployments.startTask(deploymentId, 99, QStringLiteral("fake"), now).value();
            const qint64 reusedStart = processFacts(reused->processId())->startTicks;
            if (Status ok = deployments.recordProcessGroup(
                    {first, 0, {}, reused->processId(), reusedStart + 1, currentBootId(), host});
                !ok)
                return ok;
            if (Status ok =
                    deployments.recordProcessGroup({second, 0, {}, group, membersStart + 1, currentBootId(), host});
                !ok)
                return ok;
            return deployments.interruptRunningTasks(deploymentId, now);
        });
        QVERIFY(recorded.ok());
        QCOMPARE(openGroups().size(), 2);
        m_engines->start();
        QTRY_COMPARE_WITH_TIMEOUT(openGroups().size(), 0, waitMs); // not the recorded processes: gone
        // The stage was held until then; its deployment runs afterwards.
        QTRY_COMPARE_WITH_TIMEOUT(toString(latest(release).deployment.status), QStringLiteral("succeeded"), waitMs);
        QVERIFY(EngineProcesses::isRunning(reused->processId()));
        for (qint64 member : members)
            QVERIFY(EngineProcesses::isRunning(member));
    }
};

QTEST_GUILESS_MAIN(TaskProcessTest)
#include "tst_taskprocesses.moc"
