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
private Q_SLOTS:
    void officialClientRunsAWholeSession() {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (node.isEmpty() || npm.isEmpty())
            QSKIP("node and npm are not installed; install Debian's nodejs and npm to run the node client test");
        const QString prefix = QStringLiteral(SLIPWAY_NODE_CLIENT_DIR);
        if (!QFile::exists(prefix + QStringLiteral("/node_modules/azure-devops-node-api/package.json"))) {
            QDir().mkpath(prefix);
            QProcess install;
            install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                QStringLiteral("--prefix"), prefix, QStringLiteral("azure-devops-node-api@17")});
            if (!install.waitForFinished(240000) || install.exitCode() != 0)
                QSKIP(
                    qPrintable(QStringLiteral("npm could not install azure-devops-node-api (registry unreachable?): %1")
                                   .arg(QString::fromUtf8(install.readAllStandardError().right(300)))));
        }
        RestFixture f;
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_PATH"), prefix + QStringLiteral("/node_modules"));
        client.setProcessEnvironment(environment);
        client.start(node, {QStringLiteral(SLIPWAY_NODE_SCRIPT),
                            QStringLiteral("http://127.0.0.1:%1/DefaultCollection").arg(f.port),
                            f.tokens.value(QStringLiteral("carol")), f.tokens.value(QStringLiteral("bob")),
                            QStringLiteral("Default")});
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 120000);
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(client.exitCode() == 0, QByteArray(out + client.readAllStandardError()).constData());
        const QJsonObject summary = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(summary.value(QStringLiteral("user")).toString(), QStringLiteral("carol"));
        QCOMPARE(summary.value(QStringLiteral("definitions")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("release")).toString(), QStringLiteral("Release-1"));
        QCOMPARE(summary.value(QStringLiteral("approvalStatus")).toInt(), 2); // approved
        QCOMPARE(summary.value(QStringLiteral("qaStatus")).toInt(), 4);       // succeeded
        QCOMPARE(summary.value(QStringLiteral("deployments")).toInt(), 2);    // Dev, QA
    }
};

QTEST_GUILESS_MAIN(NodeClientTest)
#include "tst_nodeclient.moc"
