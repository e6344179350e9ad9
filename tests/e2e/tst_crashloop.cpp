#include "engineprocesses.h"
#include "services/services.h"
#include "store/storefactory.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using testing::EngineProcesses;

namespace {
constexpr int waitMs = 120000; // sanitizer builds are 2-3 times slower

int setting(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

bool isFinal(const DeploymentRecord &d) {
    return d.operationStatus == OperationStatus::Done;
}
} // namespace

// The engine killed with SIGKILL again and again while the command line keeps asking for releases and
// redeploys: nothing acknowledged is lost, no task runs twice, and nothing a task started outlives it.
// SLIPWAY_CRASHLOOP_KILLS (50), SLIPWAY_CRASHLOOP_DEPLOYMENTS (300) and SLIPWAY_CRASHLOOP_SEED set the run.
class CrashLoopTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<EngineProcesses> m_engines;

    // The requests the command line is asked for: a release (both stages deploy) or a redeploy of one stage.
    QStringList m_pending; // "release" or "redeploy"
    QList<qint64> m_releases;
    QList<qint64> m_redeploys;
    int m_inFlight = 0;
    int m_refused = 0;   // failed requests (none expected)
    int m_conflicts = 0; // redeploys refused because the stage was busy (exit code 4), asked again
    QRandomGenerator m_random;

    QString database() const { return m_database->location(); }
    QString ran() const { return m_dir.filePath(QStringLiteral("ran")); }

    void feed() {
        while (m_inFlight < 3 && !m_pending.isEmpty()) {
            const QString kind = m_pending.takeFirst();
            QStringList arguments = slipway::testing::actingAs(database(), QStringLiteral("carol"))
                                    << QStringLiteral("--json");
            if (kind == QLatin1String("redeploy") && !m_releases.isEmpty())
                arguments << QStringLiteral("deploy")
                          << QString::number(m_releases.at(int(m_random.bounded(qint64(m_releases.size())))))
                          << QStringLiteral("B");
            else
                arguments << QStringLiteral("release") << QStringLiteral("create") << QStringLiteral("Loop");
            auto *cli = new QProcess(this);
            connect(cli, &QProcess::finished, this, [this, cli](int exitCode, QProcess::ExitStatus status) {
                const QJsonObject answer = QJsonDocument::fromJson(cli->readAllStandardOutput()).object();
                const bool release = cli->arguments().contains(QStringLiteral("create"));
                if (status == QProcess::NormalExit && exitCode == 4 && !release) {
                    ++m_conflicts; // that stage's deployment is still queued or running: asked again later
                    m_pending << QStringLiteral("redeploy");
                } else if (status != QProcess::NormalExit || exitCode != 0) {
                    ++m_refused;
                    qWarning("a request was refused (exit %d): %s", exitCode, cli->readAllStandardError().constData());
                } else {
                    (release ? m_releases : m_redeploys) << answer.value(QStringLiteral("id")).toInteger();
                }
                cli->deleteLater();
                --m_inFlight;
                feed();
            });
            ++m_inFlight;
            cli->start(QStringLiteral(SLIPWAY_BINARY), arguments);
        }
    }

private Q_SLOTS:
    void init() {
        m_database = std::make_unique<testing::TestDatabase>(m_dir.path(), QStringLiteral("crashloop.db"));
        QFile::remove(ran());
        m_store = openStore(database()).value();
        m_services = std::make_unique<Services>(*m_store, m_clock);
        m_engines =
            std::make_unique<EngineProcesses>(QStringLiteral(SLIPWAY_BINARY), database(),
                                              "crashloop-" + QByteArray::number(QCoreApplication::applicationPid()));
    }

    void cleanup() {
        m_engines.reset();
        m_services.reset();
        m_store.reset();
        m_database.reset();
    }

    void killedOverAndOverNothingIsLostRunTwiceOrLeftRunning() {
        const int kills = setting("SLIPWAY_CRASHLOOP_KILLS", 50);
        const int wanted = setting("SLIPWAY_CRASHLOOP_DEPLOYMENTS", 300);
        const quint32 seed =
            quint32(setting("SLIPWAY_CRASHLOOP_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
        qInfo("crash loop: %d kills over %d deployments, seed %u (SLIPWAY_CRASHLOOP_SEED)", kills, wanted, seed);
        m_random.seed(seed);
        // Two stages deploy in parallel after each release; each task leaves a process behind it in its group.
        const QString task = QStringLiteral("{\"name\":\"t%1\",\"type\":\"script\",\"script\":\"sleep 300 & echo "
                                            "$(Release.DeploymentId) %1 >> %2; sleep 0.0%3\"}");
        QString tasks;
        for (int i = 0; i < 2; ++i)
            tasks += (i ? QStringLiteral(",") : QString()) + task.arg(i).arg(ran()).arg(i + 3);
        const QString stage = QStringLiteral("{\"name\":\"%1\",\"trigger\":{\"type\":\"afterRelease\"},"
                                             "\"queue\":{\"maxParallel\":5},\"tasks\":[%2]}");
        const QByteArray json = QStringLiteral("{\"name\":\"Loop\",\"stages\":[%1,%2]}")
                                    .arg(stage.arg(QStringLiteral("A"), tasks), stage.arg(QStringLiteral("B"), tasks))
                                    .toUtf8();
        QVERIFY(m_services->pipelines.save(json, Identity{QStringLiteral("carol")}).ok());
        const int redeploys = wanted / 10;
        for (int i = 0; i < (wanted - redeploys + 1) / 2; ++i)
            m_pending << QStringLiteral("release");
        for (int i = 0; i < redeploys; ++i)
            m_pending.insert(int(m_random.bounded(qint64(m_pending.size()))) + 1, QStringLiteral("redeploy"));

        QElapsedTimer elapsed;
        elapsed.start();
        QProcess *engine = m_engines->start();
        feed();
        for (int kill = 0; kill < kills; ++kill) {
            QTest::qWait(int(m_random.bounded(150, 700))); // a random kill point; requests go on meanwhile
            EngineProcesses::kill9(engine);
            engine = m_engines->start();
        }
        const qint64 killPhaseMs = elapsed.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(m_pending.isEmpty() && m_inFlight == 0, waitMs);
        const qint64 answeredMs = elapsed.elapsed();

        // Every acknowledged request reaches a final state.
        QList<DeploymentRecord> deployments;
        const QSet<qint64> redeployed(m_redeploys.cbegin(), m_redeploys.cend());
        auto allFinal = [&] {
            deployments.clear();
            QSet<qint64> seen;
            for (qint64 release : std::as_const(m_releases)) {
                const Result<ReleaseDetails> details = m_services->releases.details(release);
                if (!details)
                    return false;
                for (const auto &stage : details->stages)
                    for (const DeploymentRecord &d : stage.deployments) {
                        deployments << d;
                        seen << d.id;
                    }
            }
            for (const DeploymentRecord &d : std::as_const(deployments))
                if (!isFinal(d))
                    return false;
            return seen.contains(redeployed) && deployments.size() >= 2 * m_releases.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(), waitMs);
        const qint64 finalMs = elapsed.elapsed();
        QHash<QString, int> outcomes;
        for (const DeploymentRecord &d : std::as_const(deployments))
            ++outcomes[toString(d.status)];

        // No task ran twice; a deployment that succeeded ran each of its tasks.
        QFile file(ran());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QHash<QByteArray, int> runs;
        for (const QByteArray &line : lines)
            if (!line.trimmed().isEmpty())
                ++runs[line.trimmed()];
        int twice = 0;
        for (auto it = runs.cbegin(); it != runs.cend(); ++it)
            twice += it.value() > 1 ? 1 : 0;
        QCOMPARE(twice, 0);
        for (const DeploymentRecord &d : std::as_const(deployments))
            if (d.status == DeploymentStatus::Succeeded)
                for (int i = 0; i < 2; ++i)
                    QVERIFY2(runs.contains(QByteArray::number(d.id) + ' ' + QByteArray::number(i)),
                             qPrintable(QStringLiteral("deployment %1 succeeded without task %2").arg(d.id).arg(i)));

        // Nothing a task started runs on, and every recorded group was seen gone.
        // A process left behind would live 300 s: far longer than this waits.
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->taskProcesses().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->deployments().openProcessGroups(QHostInfo::localHostName()).value().isEmpty(),
                                 20000);
        qInfo("crash loop: %lld deployments (%d redeploys, %d asked again, %d requests failed), %d kills in %lld ms, "
              "all answered after %lld ms, all final after %lld ms, all checked after %lld ms; outcomes: %s",
              qint64(deployments.size()), int(m_redeploys.size()), m_conflicts, m_refused, kills, killPhaseMs,
              answeredMs, finalMs, elapsed.elapsed(), qPrintable([&] {
                  QStringList parts;
                  for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
                      parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
                  return parts.join(QStringLiteral(", "));
              }()));
        QCOMPARE(m_refused, 0);
        QVERIFY(deployments.size() >= wanted);
        QVERIFY(outcomes.value(QStringLiteral("interrupted")) > 0); // the kills did land mid-deployment
    }
};

QTEST_GUILESS_MAIN(CrashLoopTest)
#include "tst_crashloop.moc"
