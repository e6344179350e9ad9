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
};

QTEST_GUILESS_MAIN(NodeClientTest)
#include "tst_nodeclient.moc"
