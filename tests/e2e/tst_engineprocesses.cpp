#include "engineprocesses.h"
#include "services/services.h"
#include "store/storefactory.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace slipway;
using slipway::testing::lines;

namespace {
constexpr int waitMs = 30000;
const Identity carol{QStringLiteral("carol")};

} // namespace

// Real `slipway --headless` processes on one SQLite file: crashes and competing engines.
class EngineProcessTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    QList<QProcess *> m_engines;

    QString database() const { return m_database->location(); }
    QString markers() const { return m_dir.filePath(QStringLiteral("markers")); }

    QProcess *startEngine() {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(SLIPWAY_BINARY), {QStringLiteral("--headless"), QStringLiteral("--database"),
                                                        database(), QStringLiteral("--grace"), QStringLiteral("1")});
        if (!process->waitForStarted())
            qFatal("cannot start the engine");
        m_engines << process;
        return process;
    }

    void kill9(QProcess *process) {
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished();
    }

    void save(const QString &command, const QString &extra = {}) {
        const QByteArray json =
            QStringLiteral("{\"name\":\"E\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"afterRelease\"},%1"
                           "\"tasks\":[{\"name\":\"work\",\"type\":\"script\",\"script\":\"%2\"}]}]}")
                .arg(extra, command)
                .toUtf8();
        Result<SavedPipeline> saved = m_services->pipelines.save(json, carol);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

    qint64 createRelease() {
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("E");
        Result<ReleaseRecord> release = m_services->releases.create(request, carol);
        if (!release)
            qFatal("%s", qPrintable(release.error().message));
        return release->id;
    }

    DeploymentContext devDeployment(qint64 releaseId) {
        const ReleaseDetails details = *m_services->releases.details(releaseId);
        return *m_services->deployments.deployment(details.stages.first().deployments.last().id);
    }

    struct Outcome {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Outcome cli(const QStringList &arguments, const QString &user = QStringLiteral("carol")) {
        QProcess process;
        process.start(QStringLiteral(SLIPWAY_BINARY), testing::actingAs(database(), user) + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init() {
        QFile::remove(markers());
        m_database = std::make_unique<testing::TestDatabase>(m_dir.path(), QStringLiteral("engines.db"));
        m_store = openStore(database()).value();
        m_services = std::make_unique<Services>(*m_store, m_clock);
    }

    void cleanup() {
        for (QProcess *engine : std::as_const(m_engines)) {
            if (engine->state() != QProcess::NotRunning) {
                engine->terminate();
                if (!engine->waitForFinished(5000))
                    kill9(engine);
            }
            delete engine;
        }
        m_engines.clear();
        m_services.reset();
        m_store.reset();
        m_database.reset();
    }

    void aKilledEngineLeavesItsDeploymentInterruptedAndRunsNothingTwice() {
        save(QStringLiteral("echo $(Release.ReleaseId) >> %1; sleep 1; echo finished $(Release.ReleaseId) >> %1")
                 .arg(markers()));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random kill points, seed %u", seed);
        QRandomGenerator random(seed);
        QProcess *engine = startEngine();
        for (int point = 0; point < 20; ++point) {
            const qint64 release = createRelease();
            const QString id = QString::number(release);
            QTRY_VERIFY_WITH_TIMEOUT(lines(markers()).contains(id), waitMs); // the task is running
            QTest::qWait(int(random.bounded(0, 400)));                       // a random point within it
            kill9(engine);
            engine = startEngine();
            QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.status), QStringLiteral("interrupted"),
                                      waitMs);
            const DeploymentContext d = devDeployment(release);
            QVERIFY(d.deployment.message.startsWith(QStringLiteral("interrupted")));
            const QList<TaskRunRecord> tasks = *m_services->deployments.taskRuns(d.deployment.id);
            QCOMPARE(toString(tasks.last().status), QStringLiteral("interrupted"));
            const QList<LogLineRecord> log = *m_services->deployments.logLines(d.deployment.id, 0, 100000);
            QVERIFY(log.last().line.startsWith(QStringLiteral("Interrupted: the engine running it (")));
            QCOMPARE(lines(markers()).count(id), 1); // ran exactly once, never re-run
            QCOMPARE(m_services->releases.details(release)->stages.first().deployments.size(), 1);
        }
        // The restarted engine still works.
        const qint64 last = createRelease();
        QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(last).deployment.status), QStringLiteral("succeeded"), waitMs);
    }

    void twoEnginesRunEachOfTwoHundredDeploymentsExactlyOnce() {
        save(QStringLiteral("echo $(Release.ReleaseId) >> %1").arg(markers()));
        startEngine();
        startEngine();
        QList<qint64> releases;
        const Status created = m_store->transaction([&]() -> Status {
            for (int i = 0; i < 200; ++i)
                releases << createRelease();
            return {};
        });
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(lines(markers()).size(), 200, 60000);
        for (qint64 release : std::as_const(releases))
            QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.status), QStringLiteral("succeeded"),
                                      waitMs);
        QStringList ran = lines(markers());
        ran.removeDuplicates();
        QCOMPARE(ran.size(), 200);
        QSet<QString> owners;
        for (qint64 release : std::as_const(releases))
            owners << devDeployment(release).owner;
        QVERIFY(!owners.contains(QString()));
        qInfo("deployments were run by %lld engine(s)", qint64(owners.size()));
    }

    void theCommandLineDeploysAndFollowsTheLog() {
        const QByteArray json =
            "{\"name\":\"E\",\"stages\":[{\"name\":\"Ops\",\"tasks\":["
            "{\"name\":\"work\",\"type\":\"script\",\"script\":\"echo line-1; sleep 0.5; echo line-2\"}]}]}";
        QVERIFY(m_services->pipelines.save(json, carol).ok());
        startEngine();
        const qint64 release = createRelease();
        const Outcome deployed =
            cli({QStringLiteral("deploy"), QString::number(release), QStringLiteral("Ops"), QStringLiteral("--json")});
        QCOMPARE(deployed.exitCode, 0);
        const QJsonObject deployment = QJsonDocument::fromJson(deployed.out).object();
        QCOMPARE(deployment.value(QStringLiteral("attempt")).toInt(), 1);
        const QString id = QString::number(deployment.value(QStringLiteral("id")).toInteger());
        const Outcome followed = cli({QStringLiteral("logs"), id, QStringLiteral("--follow")});
        QCOMPARE(followed.exitCode, 0);
        QVERIFY2(followed.out.contains("line-1") && followed.out.contains("line-2") &&
                     followed.out.contains("Task work: succeeded"),
                 followed.out.constData());
        const Outcome shown = cli(
            {QStringLiteral("release"), QStringLiteral("show"), QString::number(release), QStringLiteral("--json")});
        const QJsonObject ops =
            QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("stages")).toArray().at(0).toObject();
        QCOMPARE(ops.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        const QJsonArray tasks = ops.value(QStringLiteral("deployments"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("tasks"))
                                     .toArray();
        QCOMPARE(tasks.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("work"));
        QCOMPARE(tasks.last().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

        QCOMPARE(cli({QStringLiteral("cancel"), id}).exitCode, 4); // already finished
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("abc")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("9999")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("deploy"), QString::number(release), QStringLiteral("Nope")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("deploy"), QStringLiteral("9999"), QStringLiteral("Ops")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("deploy"), QString::number(release), QStringLiteral("Ops"), QStringLiteral("--at"),
                      QStringLiteral("yesterday")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("intervention"), id, QStringLiteral("resume")}).exitCode, 4);
        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("9999")}).exitCode, 2);
        // Redeploy from the command line: attempt 2.
        const Outcome again =
            cli({QStringLiteral("deploy"), QString::number(release), QStringLiteral("Ops"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("attempt")).toInt(), 2);
    }

    // With no other process holding the file open, a command-line process that ends must not take the engine's
    // write-ahead log for abandoned: the engine's writes stay visible, and the WAL stays on disk while it runs (once,
    // each new connection's chmod of the file dropped the process's SQLite locks, and a CLI deleted the WAL).
    void theEngineKeepsItsWalWhenCommandLineProcessesComeAndGo() {
        SLIPWAY_SQLITE_ONLY("the WAL and POSIX locks of the SQLite file");
        save(QStringLiteral("echo ran >> %1").arg(markers()));
        m_services.reset(); // this process holds no connection: the engine and the CLI are alone on the file
        m_store.reset();
        startEngine();
        const auto stageOf = [&](const QString &release) {
            const Outcome shown =
                cli({QStringLiteral("release"), QStringLiteral("show"), release, QStringLiteral("--json")});
            return QJsonDocument::fromJson(shown.out)
                .object()[QStringLiteral("stages")][0][QStringLiteral("status")]
                .toString();
        };
        for (const char *release : {"1", "2", "3"}) {
            QCOMPARE(cli({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("E")}).exitCode, 0);
            QTRY_COMPARE_WITH_TIMEOUT(stageOf(QString::fromLatin1(release)), QStringLiteral("succeeded"), waitMs);
            QVERIFY(QFile::exists(database() + QStringLiteral("-wal")));
        }
        QCOMPARE(testing::lines(markers()).size(), 3);
    }

    void approvalsThroughTheCommandLine() {
        for (const char *user : {"alice", "bob", "carol"})
            QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user)}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("ops"), QStringLiteral("bob")})
                     .exitCode,
                 0);
        const Outcome unknownMember =
            cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("ops"), QStringLiteral("nobody")});
        QCOMPARE(unknownMember.exitCode, 2);
        QVERIFY2(unknownMember.err.contains(QStringLiteral("user \"nobody\" not found")),
                 qPrintable(unknownMember.err));
        save(QStringLiteral("true"), QStringLiteral("\"preApprovals\":{\"approvers\":[\"carol\",\"group:ops\"],"
                                                    "\"order\":\"allAnyOrder\"},"));
        startEngine();
        const qint64 release = createRelease(); // by carol
        QJsonArray pending;
        QTRY_VERIFY_WITH_TIMEOUT(
            (pending = QJsonDocument::fromJson(
                           cli({QStringLiteral("approvals"), QStringLiteral("--all"), QStringLiteral("--json")}).out)
                           .array())
                    .size() == 2,
            20000);
        auto idFor = [&](const QString &approver) {
            for (const QJsonValue &a : std::as_const(pending))
                if (a.toObject().value(QStringLiteral("approver")).toString() == approver)
                    return QString::number(a.toObject().value(QStringLiteral("id")).toInteger());
            return QString();
        };
        const QJsonArray mine =
            QJsonDocument::fromJson(cli({QStringLiteral("approvals"), QStringLiteral("--json")}).out).array();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("Dev"));

        const Outcome own = cli({QStringLiteral("approve"), idFor(QStringLiteral("carol"))});
        QCOMPARE(own.exitCode, 3);
        QVERIFY2(own.err.contains(QStringLiteral("requester cannot approve")), qPrintable(own.err));
        const Outcome byBob = cli({QStringLiteral("approve"), idFor(QStringLiteral("group:ops")),
                                   QStringLiteral("--comment"), QStringLiteral("fine")},
                                  QStringLiteral("bob"));
        QCOMPARE(byBob.exitCode, 0);
        const Outcome moved = cli({QStringLiteral("reassign"), idFor(QStringLiteral("carol")), QStringLiteral("alice"),
                                   QStringLiteral("--json")});
        QCOMPARE(moved.exitCode, 0);
        const QString aliceId =
            QString::number(QJsonDocument::fromJson(moved.out).object().value(QStringLiteral("id")).toInteger());
        const Outcome past =
            cli({QStringLiteral("defer"), aliceId, QStringLiteral("--until"), QStringLiteral("2020-01-01T00:00:00Z")},
                QStringLiteral("alice"));
        QCOMPARE(past.exitCode, 1);
        // Long enough to see it wait, whatever a CLI call costs on this machine.
        const QString until = QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODateWithMs);
        QCOMPARE(
            cli({QStringLiteral("defer"), aliceId, QStringLiteral("--until"), until}, QStringLiteral("alice")).exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.operationStatus),
                                  QStringLiteral("deferred"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.status), QStringLiteral("succeeded"),
                                  20000);
        QVERIFY(devDeployment(release).deployment.startedAt.isValid());
        const Outcome again = cli({QStringLiteral("approve"), aliceId}, QStringLiteral("alice"));
        QCOMPARE(again.exitCode, 4); // no longer pending

        const Outcome token = cli({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--json")});
        QCOMPARE(token.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(token.out).object();
        QCOMPARE(created.value(QStringLiteral("token")).toString().size(), 52);
        const QString tokenId = QString::number(created.value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("revoke"), tokenId}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("revoke"), tokenId}).exitCode, 4);

        const Outcome retention =
            cli({QStringLiteral("retention"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(retention.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(retention.out).object();
        QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("releases")).toArray().size(), 1);
        QVERIFY(report.value(QStringLiteral("releases"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("kept: Dev: among")));
    }

    // B7: an intervention outlives its engine, stopped (SIGTERM, as a quit) or killed; answered from the command line
    // while no engine runs, the next engine goes on with the task after it and runs nothing twice.
    void aWaitingInterventionOutlivesItsEngine_data() {
        QTest::addColumn<bool>("killed");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("kill -9") << true;
    }

    void aWaitingInterventionOutlivesItsEngine() {
        QFETCH(bool, killed);
        const QString before = markers() + QStringLiteral(".before"), after = markers() + QStringLiteral(".after");
        QFile::remove(before);
        QFile::remove(after);
        const QByteArray json =
            QStringLiteral("{\"name\":\"E\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"afterRelease\"},"
                           "\"tasks\":[{\"name\":\"before\",\"type\":\"script\",\"script\":\"echo x >> %1\"},"
                           "{\"name\":\"check\",\"type\":\"manualIntervention\",\"instructions\":\"Look\"},"
                           "{\"name\":\"after\",\"type\":\"script\",\"script\":\"echo x >> %2\"}]}]}")
                .arg(before, after)
                .toUtf8();
        QVERIFY(m_services->pipelines.save(json, carol).ok());
        QProcess *engine = startEngine();
        const qint64 release = createRelease();
        QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        if (killed) {
            kill9(engine);
        } else {
            engine->terminate();
            QVERIFY(engine->waitForFinished(15000));
        }
        DeploymentContext d = devDeployment(release);
        QCOMPARE(toString(d.deployment.operationStatus), QStringLiteral("pendingIntervention"));
        QCOMPARE(d.owner.isEmpty(), !killed); // a killed engine could not hand it back itself
        if (!killed) {
            const Outcome answered =
                cli({QStringLiteral("intervention"), QString::number(d.deployment.id), QStringLiteral("resume")});
            QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
        }
        startEngine();
        if (killed) { // the next engine takes it over, still waiting; then it is answered
            QTRY_VERIFY_WITH_TIMEOUT(!devDeployment(release).owner.isEmpty() && devDeployment(release).owner != d.owner,
                                     waitMs);
            QCOMPARE(toString(devDeployment(release).deployment.operationStatus),
                     QStringLiteral("pendingIntervention"));
            const Outcome answered =
                cli({QStringLiteral("intervention"), QString::number(d.deployment.id), QStringLiteral("resume")});
            QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
        }
        QTRY_COMPARE_WITH_TIMEOUT(toString(devDeployment(release).deployment.status), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(lines(before).size(), 1);
        QCOMPARE(lines(after).size(), 1);
    }

    void sigtermInterruptsWhatOutlastsTheGracePeriod() {
        save(QStringLiteral("echo $(Release.ReleaseId) >> %1; sleep 30").arg(markers()));
        QProcess *engine = startEngine();
        const qint64 release = createRelease();
        QTRY_VERIFY_WITH_TIMEOUT(lines(markers()).contains(QString::number(release)), waitMs);
        engine->terminate(); // SIGTERM; --grace 1
        QVERIFY(engine->waitForFinished(15000));
        QCOMPARE(engine->exitCode(), 0);
        QCOMPARE(toString(devDeployment(release).deployment.status), QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(EngineProcessTest)
#include "tst_engineprocesses.moc"
