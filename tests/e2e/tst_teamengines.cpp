#include "engineprocesses.h"
#include "privatepgcluster.h"
#include "services/services.h"
#include "store/storefactory.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using slipway::testing::lines;

namespace {
constexpr int waitMs = 120000;
const Identity carol{QStringLiteral("carol")};

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

// The ids of the releases whose task wrote `word` (lines "WORD ID").
QStringList idsWith(const QStringList &markerLines, const QString &word) {
    QStringList ids;
    for (const QString &line : markerLines)
        if (line.startsWith(word + QLatin1Char(' ')))
            ids << line.mid(word.size() + 1);
    return ids;
}

} // namespace

// Several `slipway --headless` engines on one team database (issue 18): work requested from other processes runs
// exactly once, an engine that dies is taken over, and the engines ride out the server going away. The server is a
// cluster of this test's own, so that stopping it touches no other test.
class TeamEnginesTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<testing::PrivatePgCluster> m_cluster;
    QString m_uri;
    std::unique_ptr<testing::EngineProcesses> m_engines;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    int m_round = 0;

    QString markers() const { return m_dir.filePath(QStringLiteral("markers")); }

    QString sql(const QString &statement) { return m_cluster->sql(databaseName(), statement); }
    QString databaseName() const { return QStringLiteral("team%1").arg(m_round); }

    void save(const QString &command) {
        const QByteArray json =
            QStringLiteral("{\"name\":\"E\",\"stages\":[{\"name\":\"Dev\",\"trigger\":{\"type\":\"afterRelease\"},"
                           "\"tasks\":[{\"name\":\"work\",\"type\":\"script\",\"script\":\"%1\"}]}]}")
                .arg(command)
                .toUtf8();
        Result<SavedPipeline> saved = m_services->pipelines.save(json, carol);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

    QList<qint64> createReleases(int count) {
        QList<qint64> releases;
        const Status created = m_store->transaction([&]() -> Status {
            for (int i = 0; i < count; ++i) {
                CreateReleaseRequest request;
                request.pipeline = QStringLiteral("E");
                Result<ReleaseRecord> release = m_services->releases.create(request, carol);
                if (!release)
                    return release.error();
                releases << release->id;
            }
            return {};
        });
        if (!created.ok())
            qFatal("%s", qPrintable(created.error().message));
        return releases;
    }

    // How many deployments have ended (any final status), read by psql: the test's own connection may be down.
    int ended() {
        return sql(QStringLiteral("SELECT count(*) FROM deployments WHERE operation_status = 'done'")).toInt();
    }

    QProcess *cli(const QStringList &arguments) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(SLIPWAY_BINARY), QStringList{QStringLiteral("--database"), m_uri} + arguments);
        return process;
    }

    int cliExitCode(const QStringList &arguments, QString *err = nullptr) {
        std::unique_ptr<QProcess> process(cli(arguments));
        if (!process->waitForFinished(60000))
            return -1;
        if (err)
            *err = QString::fromUtf8(process->readAllStandardError());
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    // Every deployment once: one per release, and each release's task started once.
    void verifyEachRanOnce(const QStringList &started, int releases) {
        QStringList unique = started;
        unique.removeDuplicates();
        QCOMPARE(started.size(), unique.size());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM deployments")).toInt(), releases);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT release_stage_id) FROM deployments")).toInt(), releases);
        QString err;
        const int verified = cliExitCode({QStringLiteral("audit"), QStringLiteral("verify")}, &err);
        QVERIFY2(verified == 0, qPrintable(err));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!testing::PrivatePgCluster::available())
            QSKIP("PostgreSQL 15 is not installed (tools/install-deps.sh installs it)");
        m_cluster = std::make_unique<testing::PrivatePgCluster>();
        const QString started = m_cluster->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // The team database's key file: the engines, the CLI and this test share it, outside the user's home.
        qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key"))));
    }

    void init() {
        QFile::remove(markers());
        ++m_round;
        const QString created = m_cluster->createDatabase(databaseName());
        QVERIFY2(created.isEmpty(), qPrintable(created));
        m_uri = m_cluster->uri(databaseName());
        Result<std::unique_ptr<Store>> store = openStore(m_uri);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        m_services = std::make_unique<Services>(*m_store, m_clock);
        QVERIFY(m_services->directory.addUser(carol.userName, {}, Identity{QStringLiteral("setup")}).ok());
        m_engines = std::make_unique<testing::EngineProcesses>(QStringLiteral(SLIPWAY_BINARY), m_uri, "teamengines");
    }

    void cleanup() {
        m_engines.reset(); // stops them
        m_services.reset();
        m_store.reset();
    }

    void aThousandDeploymentsFromRestAndTheCommandLineRunOnceOnTwoEngines() {
        save(QStringLiteral("echo ran $(Release.ReleaseId) >> %1").arg(markers()));
        const QString token = m_services->directory.createToken(QStringLiteral("ci"), carol)->secret;
        const quint16 port = freePort();
        QVERIFY(m_engines->startReady({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        QVERIFY(m_engines->startReady());
        constexpr int fromRest = 900;
        constexpr int fromCli = 100;
        // The command line: four `slipway release create` processes at a time.
        int cliStarted = 0, cliDone = 0, cliFailed = 0;
        std::function<void()> nextCli = [&] {
            if (cliStarted == fromCli)
                return;
            ++cliStarted;
            QProcess *process = cli({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("E")});
            connect(process, &QProcess::finished, this, [&, process](int exitCode, QProcess::ExitStatus status) {
                ++cliDone;
                if (status != QProcess::NormalExit || exitCode != 0) {
                    ++cliFailed;
                    qWarning("release create: %s", process->readAllStandardError().constData());
                }
                process->deleteLater();
                nextCli();
            });
        };
        for (int i = 0; i < 4; ++i)
            nextCli();
        // REST: sixteen requests in flight.
        QNetworkAccessManager network;
        int restSent = 0, restDone = 0, restFailed = 0;
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("definitionId"), 1}}).toJson();
        std::function<void()> nextRest = [&] {
            if (restSent == fromRest)
                return;
            ++restSent;
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/DefaultCollection/Default/_apis/Release/releases").arg(port)));
            request.setRawHeader("Accept", "application/json;api-version=7.2-preview.9");
            request.setRawHeader("Authorization", "Basic " + QByteArray(":" + token.toUtf8()).toBase64());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = network.post(request, body);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                ++restDone;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                    ++restFailed;
                    qWarning("POST releases: %s", reply->readAll().constData());
                }
                reply->deleteLater();
                nextRest();
            });
        };
        for (int i = 0; i < 16; ++i)
            nextRest();
        QTRY_VERIFY_WITH_TIMEOUT(restDone == fromRest && cliDone == fromCli, waitMs);
        QCOMPARE(restFailed, 0);
        QCOMPARE(cliFailed, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended(), fromRest + fromCli, waitMs);
        QCOMPARE(sql(QStringLiteral("SELECT status, count(*) FROM deployments GROUP BY status")),
                 QStringLiteral("succeeded|%1").arg(fromRest + fromCli));
        const QStringList ran = idsWith(lines(markers()), QStringLiteral("ran"));
        QCOMPARE(ran.size(), fromRest + fromCli);
        verifyEachRanOnce(ran, fromRest + fromCli);
        // Both engines took their share.
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT owner) FROM deployments")), QStringLiteral("2"));
    }

    void aKilledEngineIsTakenOverWhileTheOtherRunsOn() {
        save(QStringLiteral("echo start $(Release.ReleaseId) >> %1; sleep 0.3; echo end $(Release.ReleaseId) >> %1")
                 .arg(markers()));
        QProcess *victim = m_engines->startReady();
        QVERIFY(m_engines->startReady());
        const QString victimPid = QString::number(victim->processId());
        constexpr int count = 200;
        createReleases(count);
        QTRY_VERIFY_WITH_TIMEOUT(idsWith(lines(markers()), QStringLiteral("start")).size() >= 30, waitMs);
        testing::EngineProcesses::kill9(victim);
        // The survivor ends what the dead engine held and runs the rest.
        QTRY_COMPARE_WITH_TIMEOUT(ended(), count, waitMs);
        const QStringList markerLines = lines(markers());
        const QStringList started = idsWith(markerLines, QStringLiteral("start"));
        verifyEachRanOnce(started, count);
        const int interrupted =
            sql(QStringLiteral("SELECT count(*) FROM deployments WHERE status = 'interrupted'")).toInt();
        const int succeeded =
            sql(QStringLiteral("SELECT count(*) FROM deployments WHERE status = 'succeeded'")).toInt();
        qInfo("after the kill: %d succeeded, %d interrupted", succeeded, interrupted);
        QCOMPARE(succeeded + interrupted, count);
        QVERIFY(interrupted > 0); // the victim was running tasks when it died
        // Only the victim's deployments were interrupted, and only those whose task had started.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM deployments WHERE status = 'interrupted' AND owner_pid <> %1")
                         .arg(victimPid)),
                 QStringLiteral("0"));
        // Every succeeded deployment's task ran to its end. (A task of the victim may have reached its end just
        // before the kill, too early for its engine to record it: that deployment is interrupted, not run again.)
        const QStringList ends = idsWith(markerLines, QStringLiteral("end"));
        const QStringList succeededReleases =
            sql(QStringLiteral("SELECT s.release_id FROM deployments d JOIN release_stages s ON s.id = "
                               "d.release_stage_id WHERE d.status = 'succeeded'"))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(succeededReleases.size(), succeeded);
        for (const QString &release : succeededReleases)
            QVERIFY2(ends.contains(release), qPrintable(release));
    }

    void theEnginesRideOutTheServerGoingAway() {
        save(QStringLiteral("echo start $(Release.ReleaseId) >> %1; sleep 0.3; echo end $(Release.ReleaseId) >> %1")
                 .arg(markers()));
        QVERIFY(m_engines->startReady());
        QVERIFY(m_engines->startReady());
        createReleases(60);
        QTRY_VERIFY_WITH_TIMEOUT(idsWith(lines(markers()), QStringLiteral("start")).size() >= 10, waitMs);
        QVERIFY2(m_cluster->stopServer().isEmpty(), "cannot stop the server");
        QString err;
        QCOMPARE(cliExitCode({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("E")}, &err), 5);
        QVERIFY2(err.contains(QStringLiteral("cannot reach the team database")), qPrintable(err));
        const QString restarted = m_cluster->startServer();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        // Work acknowledged after the drop runs too; the test's own connection reconnects by itself.
        QCOMPARE(cliExitCode({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("E")}), 0);
        createReleases(19);
        QTRY_COMPARE_WITH_TIMEOUT(ended(), 80, waitMs);
        const QStringList markerLines = lines(markers());
        verifyEachRanOnce(idsWith(markerLines, QStringLiteral("start")), 80);
        const int succeeded =
            sql(QStringLiteral("SELECT count(*) FROM deployments WHERE status = 'succeeded'")).toInt();
        qInfo("after the drop: %d of 80 succeeded; the rest: %s", succeeded,
              qPrintable(sql(QStringLiteral("SELECT status, count(*) FROM deployments WHERE status <> 'succeeded' "
                                            "GROUP BY status"))
                             .replace(QLatin1Char('\n'), QLatin1String(", "))));
        // Every engine is still up, and what was released after the drop ran to the end.
        QCOMPARE(m_engines->enginePids().size(), 2);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM deployments d JOIN release_stages s ON s.id = d.release_stage_id "
                               "WHERE s.release_id > 60 AND d.status <> 'succeeded'")),
            QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TeamEnginesTest)
#include "tst_teamengines.moc"
