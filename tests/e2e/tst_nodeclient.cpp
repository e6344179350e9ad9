// Microsoft's azure-devops-node-api client (from npm) against Slipway's REST server. npm installs the
// client once into the build folder; without node/npm or without the registry the test is skipped,
// saying why.
#include "restfixture.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

class NodeClientTest final : public QObject {
    Q_OBJECT
    // The client from npm, installed once into the build folder; empty (and the test skipped) without it.
    static QString clientPrefix() {
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        const QString prefix = QStringLiteral(SLIPWAY_NODE_CLIENT_DIR);
        if (QFile::exists(prefix + QStringLiteral("/node_modules/azure-devops-node-api/package.json")))
            return prefix;
        QDir().mkpath(prefix);
        QProcess install;
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                            QStringLiteral("--prefix"), prefix, QStringLiteral("azure-devops-node-api@17")});
        if (!install.waitForFinished(240000) || install.exitCode() != 0) {
            qWarning("npm could not install azure-devops-node-api (registry unreachable?): %s",
                     install.readAllStandardError().right(300).constData());
            return {};
        }
        return prefix;
    }

    // Runs a script of tests/e2e/nodeclient with the collection URL and `args`; its stdout, or a failure.
    static std::optional<QByteArray> runScript(const QString &script, const RestFixture &f, const QStringList &args) {
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_PATH"), QStringLiteral(SLIPWAY_NODE_CLIENT_DIR "/node_modules"));
        client.setProcessEnvironment(environment);
        client.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                     QStringList{QStringLiteral(SLIPWAY_NODE_SCRIPTS "/") + script,
                                 QStringLiteral("http://127.0.0.1:%1/DefaultCollection").arg(f.port)} +
                         args);
        if (!QTest::qWaitFor([&]() { return client.state() == QProcess::NotRunning; }, 120000))
            client.kill();
        client.waitForFinished(5000);
        const QByteArray out = client.readAllStandardOutput();
        if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
            qWarning("%s", QByteArray(out + client.readAllStandardError()).constData());
            return std::nullopt;
        }
        return out;
    }

private Q_SLOTS:
    void init() {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
            QSKIP("node and npm are not installed; install Debian's nodejs and npm to run the node client test");
        if (clientPrefix().isEmpty())
            QSKIP("npm could not install azure-devops-node-api (registry unreachable?)");
    }

    void officialClientRunsAWholeSession() {
        RestFixture f;
        const std::optional<QByteArray> out =
            runScript(QStringLiteral("session.js"), f,
                      {f.tokens.value(QStringLiteral("carol")), f.tokens.value(QStringLiteral("bob")),
                       QStringLiteral("Default")});
        QVERIFY(out.has_value());
        const QJsonObject summary = QJsonDocument::fromJson(out->trimmed()).object();
        QCOMPARE(summary.value(QStringLiteral("user")).toString(), QStringLiteral("carol"));
        QCOMPARE(summary.value(QStringLiteral("definitions")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("release")).toString(), QStringLiteral("Release-1"));
        QCOMPARE(summary.value(QStringLiteral("approvalStatus")).toInt(), 2); // approved
        QCOMPARE(summary.value(QStringLiteral("qaStatus")).toInt(), 4);       // succeeded
        QCOMPARE(summary.value(QStringLiteral("deployments")).toInt(), 2);    // Dev, QA
    }

    // Done when: an Azure-shaped definition created through the client runs, approved by releaseEnvironment.
    void officialClientCreatesADefinitionAndReachesQa() {
        RestFixture f;
        const std::optional<QByteArray> out =
            runScript(QStringLiteral("definition.js"), f,
                      {f.tokens.value(QStringLiteral("carol")), f.tokens.value(QStringLiteral("bob")),
                       QStringLiteral("Default")});
        QVERIFY(out.has_value());
        const QJsonObject summary = QJsonDocument::fromJson(out->trimmed()).object();
        QCOMPARE(summary.value(QStringLiteral("definition")).toString(), QStringLiteral("Migrated"));
        QCOMPARE(summary.value(QStringLiteral("path")).toString(), QStringLiteral("\\migrated"));
        QCOMPARE(summary.value(QStringLiteral("revision")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("notes")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("approvalStage")).toString(), QStringLiteral("QA"));
        QCOMPARE(summary.value(QStringLiteral("qaStatus")).toInt(), 4); // succeeded
    }

    // The gaps the client used to hit (gaps.js checks each one and says which failed).
    void officialClientFindsTheGapsClosed() {
        RestFixture f;
        const std::optional<QByteArray> out =
            runScript(QStringLiteral("gaps.js"), f,
                      {f.tokens.value(QStringLiteral("carol")), f.tokens.value(QStringLiteral("bob")),
                       f.tokens.value(QStringLiteral("alice")), QStringLiteral("Default")});
        QVERIFY(out.has_value());
        const QJsonObject summary = QJsonDocument::fromJson(out->trimmed()).object();
        QCOMPARE(summary.value(QStringLiteral("reassignedTo")).toString(), QStringLiteral("alice"));
        QVERIFY(summary.value(QStringLiteral("refusal")).toString().contains(QStringLiteral("does not serve")));
    }

    // Agents and pools through the client's TaskAgentApi (agents.js says which check failed).
    void officialClientListsPoolsAndAgents() {
        RestFixture f;
        // dana an administrator (on a team database: a login of the owner's role), erin a member (no login at all).
        QVERIFY(f.env.services->directory.addUser(QStringLiteral("dana"), {}, Identity{QStringLiteral("setup")}, true));
        QVERIFY(f.env.services->directory.addUser(QStringLiteral("erin"), {}, Identity{QStringLiteral("setup")}));
        if (f.env.isPostgres())
            loginUri(f.env.location(), QStringLiteral("dana"));
        const auto tokenOf = [&](const char *user) {
            return f.env.services->directory.createToken(QStringLiteral("t"), Identity{QString::fromLatin1(user)})
                ->secret;
        };
        const QString adminToken = tokenOf("dana");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[name, pools, capabilities] :
             {std::tuple{"build-1", QStringList{QStringLiteral("linux"), QStringLiteral("prod")},
                         QJsonObject{{QStringLiteral("java"), QStringLiteral("17")},
                                     {QStringLiteral("Agent.OS"), QStringLiteral("Linux")}}},
              std::tuple{"build-2", QStringList{QStringLiteral("linux")}, QJsonObject{}}}) {
            AgentRecord agent;
            agent.name = QString::fromLatin1(name);
            agent.host = QStringLiteral("host-") + agent.name;
            agent.pools = pools;
            agent.capabilities = capabilities;
            agent.ownerId = QStringLiteral("owner-") + agent.name;
            agent.leaseSeconds = 3600; // online for the whole test, without a heartbeat
            Store &store = *f.env.store;
            QVERIFY(store.transaction([&] { return store.agents().announce(agent, now); }).ok());
        }
        const std::optional<QByteArray> out = runScript(QStringLiteral("agents.js"), f, {adminToken, tokenOf("erin")});
        QVERIFY(out.has_value());
        const QJsonObject summary = QJsonDocument::fromJson(out->trimmed()).object();
        QCOMPARE(summary.value(QStringLiteral("agents")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("refusal")).toString().contains(QStringLiteral("admin")));
        QVERIFY(summary.value(QStringLiteral("disabled")).toBool());
        // The switch reached the engine's record, and the audit names who flipped it.
        const Result<QList<AgentRecord>> agents = f.env.services->agents.agents();
        QVERIFY(agents.ok());
        QVERIFY(!agents->at(0).enabled);
        QVERIFY(agents->at(1).enabled);
        const Result<QList<AuditEventRecord>> events = f.env.store->audit().events(QStringLiteral("agent"), 0);
        QVERIFY(events.ok() && !events->isEmpty());
        QCOMPARE(events->last().action, QStringLiteral("agent.disabled"));
        QCOMPARE(events->last().actor, QStringLiteral("dana"));
    }
};

QTEST_GUILESS_MAIN(NodeClientTest)
#include "tst_nodeclient.moc"
