#include "services/services.h"
#include "store/storefactory.h"
#include "restclient.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {
constexpr int waitMs = 30000;
const Identity carol{QStringLiteral("carol")};
} // namespace

// Real `slipway agent` processes on one database (docs/agents.md): each stage runs on an agent of its pool, a stage
// whose pool has no agent online waits and says so, and one whose demand no agent meets names the demand.
class AgentsTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<testing::TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_services;
    QList<QProcess *> m_agents;

    QString database() const { return m_database->location(); }
    QString marker(const QString &stage) const { return m_dir.filePath(stage + QStringLiteral(".marker")); }
    QString markerText(const QString &stage) const {
        QFile file(marker(stage));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

    QProcess *startAgent(const QStringList &arguments) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
        process->start(QStringLiteral(SLIPWAY_BINARY),
                       QStringList{QStringLiteral("agent")} + testing::actingAs(database(), QStringLiteral("carol")) +
                           QStringList{QStringLiteral("--grace"), QStringLiteral("1")} + arguments);
        m_agents << process;
        return process;
    }

    bool online(const QString &name) {
        Result<QList<AgentRecord>> agents = m_services->agents.agents();
        if (!agents)
            return false;
        for (const AgentRecord &agent : *agents)
            if (agent.name == name)
                return agent.isOnline(m_clock.now());
        return false;
    }

    QDateTime startedAt(const QString &name) {
        Result<QList<AgentRecord>> agents = m_services->agents.agents();
        for (const AgentRecord &agent : agents ? *agents : QList<AgentRecord>())
            if (agent.name == name)
                return agent.startedAt;
        return {};
    }

    std::optional<DeploymentContext> latest(qint64 releaseId, const QString &stage) {
        Result<std::optional<DeploymentContext>> found = m_store->deployments().latestOf(releaseId, stage);
        return found ? *found : std::nullopt;
    }
    QString statusOf(qint64 releaseId, const QString &stage) {
        const std::optional<DeploymentContext> d = latest(releaseId, stage);
        return d ? toString(d->deployment.status) : QString();
    }
    QString messageOf(qint64 releaseId, const QString &stage) {
        const std::optional<DeploymentContext> d = latest(releaseId, stage);
        return d ? d->deployment.message : QString();
    }

    QByteArray pipeline() const {
        const auto stage = [&](const char *name, const char *extra) {
            return QStringLiteral("{\"name\":\"%1\",%2\"tasks\":[{\"name\":\"mark\",\"type\":\"script\",\"script\":"
                                  "\"echo $AGENT_NAME $(Agent.Name) > %3\"}]}")
                .arg(QLatin1String(name), QLatin1String(extra), marker(QLatin1String(name)));
        };
        const QString slow = QStringLiteral("{\"name\":\"Slow\",\"pool\":\"slow\",\"trigger\":{\"type\":\"manual\"},"
                                            "\"tasks\":[{\"name\":\"long\",\"type\":\"script\",\"script\":"
                                            "\"echo started >> %1; sleep 300\"}]}")
                                 .arg(marker(QStringLiteral("Slow")));
        return QStringLiteral("{\"name\":\"Pools\",\"stages\":[%1,%2,%3,%4]}")
            .arg(stage("Dev", "\"pool\":\"dev\",\"trigger\":{\"type\":\"afterRelease\"},"),
                 stage("Prod", "\"pool\":\"prod\",\"trigger\":{\"type\":\"afterStages\",\"stages\":[\"Dev\"]},"),
                 stage("Java", "\"pool\":\"prod\",\"demands\":{\"java\":\"17\"},\"trigger\":{\"type\":\"manual\"},"),
                 slow)
            .toUtf8();
    }

private Q_SLOTS:
    void init() {
        m_database = std::make_unique<testing::TestDatabase>(m_dir.path(), QStringLiteral("agents.db"));
        m_store = openStore(database()).value();
        m_services = std::make_unique<Services>(*m_store, m_clock);
        QVERIFY(m_services->directory.addUser(carol.userName, {}, carol, true).ok()); // owns the REST token
        Result<SavedPipeline> saved = m_services->pipelines.save(pipeline(), carol);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

    void cleanup() {
        for (QProcess *agent : std::as_const(m_agents)) {
            agent->terminate();
            if (!agent->waitForFinished(10000))
                agent->kill();
            agent->waitForFinished(5000);
            delete agent;
        }
        m_agents.clear();
        m_services.reset();
        m_store.reset();
        m_database.reset();
    }

    void eachStageRunsOnAnAgentOfItsPoolAndWaitsSayingForWhat() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess *dev =
            startAgent({QStringLiteral("--name"), QStringLiteral("dev-1"), QStringLiteral("--pool"),
                        QStringLiteral("dev"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QTRY_VERIFY_WITH_TIMEOUT(online(QStringLiteral("dev-1")), waitMs);
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Pools");
        Result<ReleaseRecord> release = m_services->releases.create(request, carol);
        QVERIFY(release.ok());
        const qint64 id = release->id;
        // Dev runs on dev-1, which sees the release its own way: tasks know the agent by name.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id, QStringLiteral("Dev")), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(markerText(QStringLiteral("Dev")), QStringLiteral("dev-1 dev-1"));
        // Prod's pool has no agent yet: it waits, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(messageOf(id, QStringLiteral("Prod")),
                                  QStringLiteral("waiting for an agent of pool prod"), waitMs);
        QCOMPARE(statusOf(id, QStringLiteral("Prod")), QStringLiteral("notDeployed"));
        QVERIFY(!QFile::exists(marker(QStringLiteral("Prod"))));
        // REST says it as Azure does, with the reason beside it.
        Result<CreatedToken> token = m_services->directory.createToken(QStringLiteral("t"), carol);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        testing::RestClient rest(port, token->secret);
        const auto prodOverRest = [&] {
            for (const QJsonValue &d :
                 rest.get(QStringLiteral("/Default/_apis/Release/deployments?queryOrder=ascending")).values())
                if (d[QStringLiteral("releaseEnvironment")][QStringLiteral("name")].toString() == QLatin1String("Prod"))
                    return d.toObject();
            return QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(prodOverRest()[QStringLiteral("operationStatus")].toString(),
                                  QStringLiteral("queuedForAgent"), waitMs);
        QCOMPARE(prodOverRest()[QStringLiteral("slipwayWaitingFor")].toString(),
                 QStringLiteral("waiting for an agent of pool prod"));
        // So does the command line.
        QProcess show;
        show.start(QStringLiteral(SLIPWAY_BINARY),
                   testing::actingAs(database(), QStringLiteral("carol")) +
                       QStringList{QStringLiteral("release"), QStringLiteral("show"), QString::number(id)});
        QVERIFY(show.waitForFinished(30000));
        const QByteArray shown = show.readAllStandardOutput();
        QVERIFY2(shown.contains("queued - waiting for an agent of pool prod"), shown.constData());
        // The pools as Azure's distributedtask area lists them: prod has a deployment waiting and nobody online.
        QJsonObject prodPool;
        for (const QJsonValue &pool : rest.get(QStringLiteral("/_apis/distributedtask/pools")).values())
            if (pool[QStringLiteral("name")].toString() == QLatin1String("prod"))
                prodPool = pool.toObject();
        QCOMPARE(prodPool[QStringLiteral("onlineAgentCount")].toInt(-1), 0);
        QCOMPARE(prodPool[QStringLiteral("queuedRequestCount")].toInt(-1), 1);
        const QString poolPath =
            QStringLiteral("/_apis/distributedtask/pools/%1").arg(prodPool[QStringLiteral("id")].toInteger());
        QCOMPARE(rest.get(poolPath + QStringLiteral("/agents")).values().size(), 0);
        const testing::Reply unknownPool = rest.get(QStringLiteral("/_apis/distributedtask/pools/1/agents"));
        QCOMPARE(unknownPool.status, 404);
        QVERIFY2(unknownPool.message().contains(QStringLiteral("agent pool 1 not found")),
                 unknownPool.body.constData());
        const testing::Reply badDemand = rest.get(poolPath + QStringLiteral("/agents?demands=java%20is%2017"));
        QCOMPARE(badDemand.status, 400);
        QVERIFY2(badDemand.message().contains(QStringLiteral("java is 17")), badDemand.body.constData());
        // A prod agent comes online with java 11: Prod runs there, and nowhere else.
        startAgent({QStringLiteral("--name"), QStringLiteral("prod-1"), QStringLiteral("--pool"),
                    QStringLiteral("prod,extra"), QStringLiteral("--capability"), QStringLiteral("java=11")});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id, QStringLiteral("Prod")), QStringLiteral("succeeded"), waitMs);
        QCOMPARE(markerText(QStringLiteral("Prod")), QStringLiteral("prod-1 prod-1"));
        QVERIFY(messageOf(id, QStringLiteral("Prod")).isEmpty());
        // Java demands java 17, which no agent of prod has: it waits naming the demand.
        DeployRequest java;
        java.releaseId = id;
        java.stage = QStringLiteral("Java");
        QVERIFY(m_services->deployments.deploy(java, carol).ok());
        QTRY_COMPARE_WITH_TIMEOUT(messageOf(id, QStringLiteral("Java")),
                                  QStringLiteral("waiting for an agent of pool prod with java = 17"), waitMs);
        // The command line lists both agents, online, with their pools and capabilities.
        QProcess list;
        list.start(QStringLiteral(SLIPWAY_BINARY), testing::actingAs(database(), QStringLiteral("carol")) +
                                                       QStringList{QStringLiteral("agents"), QStringLiteral("--json")});
        QVERIFY(list.waitForFinished(30000));
        const QJsonArray agents = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
        QCOMPARE(agents.size(), 2);
        QCOMPARE(agents.at(0)[QStringLiteral("name")].toString(), QStringLiteral("dev-1"));
        QCOMPARE(agents.at(1)[QStringLiteral("state")].toString(), QStringLiteral("online"));
        QCOMPARE(agents.at(1)[QStringLiteral("pools")].toArray(),
                 (QJsonArray{QStringLiteral("prod"), QStringLiteral("extra")}));
        QCOMPARE(agents.at(1)[QStringLiteral("capabilities")][QStringLiteral("java")].toString(), QStringLiteral("11"));
        // A second agent under a taken name is refused, naming it; a stopped agent is offline at once.
        QProcess twin;
        twin.start(QStringLiteral(SLIPWAY_BINARY), QStringList{QStringLiteral("agent")} +
                                                       testing::actingAs(database(), QStringLiteral("carol")) +
                                                       QStringList{QStringLiteral("--name"), QStringLiteral("dev-1")});
        QVERIFY(twin.waitForFinished(30000));
        QCOMPARE(twin.exitCode(), 1);
        QVERIFY2(twin.readAllStandardError().contains("an agent named dev-1 is already online"), "twin accepted");
        dev->terminate();
        QVERIFY(dev->waitForFinished(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!online(QStringLiteral("dev-1")), waitMs);
        // One killed outright (systemd restarting a crashed agent) takes its name back at once, lease or not.
        const QDateTime firstStart = startedAt(QStringLiteral("prod-1"));
        m_agents.at(1)->kill();
        QVERIFY(m_agents.at(1)->waitForFinished(20000));
        QVERIFY(online(QStringLiteral("prod-1")));
        QProcess *again = startAgent(
            {QStringLiteral("--name"), QStringLiteral("prod-1"), QStringLiteral("--pool"), QStringLiteral("prod")});
        QTRY_VERIFY_WITH_TIMEOUT(startedAt(QStringLiteral("prod-1")) > firstStart, waitMs);
        QCOMPARE(again->state(), QProcess::Running);
    }

    void anAgentThatDiesMidTaskHasItsDeploymentInterruptedByAnother() {
        startAgent(
            {QStringLiteral("--name"), QStringLiteral("slow-1"), QStringLiteral("--pool"), QStringLiteral("slow")});
        startAgent(
            {QStringLiteral("--name"), QStringLiteral("dev-1"), QStringLiteral("--pool"), QStringLiteral("dev")});
        QTRY_VERIFY_WITH_TIMEOUT(online(QStringLiteral("slow-1")) && online(QStringLiteral("dev-1")), waitMs);
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Pools");
        request.manualStages = {QStringLiteral("Dev")};
        Result<ReleaseRecord> release = m_services->releases.create(request, carol);
        QVERIFY(release.ok());
        DeployRequest slow;
        slow.releaseId = release->id;
        slow.stage = QStringLiteral("Slow");
        QVERIFY(m_services->deployments.deploy(slow, carol).ok());
        QTRY_COMPARE_WITH_TIMEOUT(markerText(QStringLiteral("Slow")), QStringLiteral("started"), waitMs);
        QCOMPARE(statusOf(release->id, QStringLiteral("Slow")), QStringLiteral("inProgress"));
        // kill -9 mid-task: the agent renews nothing more, and dev-1 (on this host it sees the process gone; on
        // another, once the lease has run out) interrupts the deployment. Nothing runs it again by itself.
        m_agents.at(0)->kill();
        QVERIFY(m_agents.at(0)->waitForFinished(20000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(release->id, QStringLiteral("Slow")), QStringLiteral("interrupted"), waitMs);
        const qint64 interrupted = latest(release->id, QStringLiteral("Slow"))->deployment.id;
        // The agent back: a redeploy runs on it, once, as a new attempt.
        startAgent(
            {QStringLiteral("--name"), QStringLiteral("slow-1"), QStringLiteral("--pool"), QStringLiteral("slow")});
        QTRY_VERIFY_WITH_TIMEOUT(online(QStringLiteral("slow-1")), waitMs);
        QVERIFY(m_services->deployments.deploy(slow, carol).ok());
        QTRY_COMPARE_WITH_TIMEOUT(markerText(QStringLiteral("Slow")), QStringLiteral("started\nstarted"), waitMs);
        QVERIFY(latest(release->id, QStringLiteral("Slow"))->deployment.id != interrupted);
        QCOMPARE(statusOf(release->id, QStringLiteral("Slow")), QStringLiteral("inProgress"));
    }

    void badAgentArgumentsAreRefusedClearly() {
        for (const auto &[arguments, expected] : std::initializer_list<std::pair<QStringList, QByteArray>>{
                 {{QStringLiteral("--capability"), QStringLiteral("java")}, "--capability takes KEY=VALUE"},
                 {{QStringLiteral("--name"), QStringLiteral("a b")}, "is not a plain name"},
                 {{QStringLiteral("--pool"), QStringLiteral("p q")}, "is not a plain pool name"}}) {
            QProcess process;
            process.start(QStringLiteral(SLIPWAY_BINARY),
                          QStringList{QStringLiteral("agent"), QStringLiteral("--database"), database()} + arguments);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 1);
            QVERIFY2(process.readAllStandardError().contains(expected), expected.constData());
        }
    }
};

QTEST_GUILESS_MAIN(AgentsTest)
#include "tst_agents.moc"
