// $(name) macros in task inputs follow Azure: variables, secrets included, are expanded (and masked in the log),
// an unknown name stays as written and validation warns about it, and a secret still reaches a task's environment
// only through its `env` mapping.
#include "definition/macros.h"
#include "definition/pipelineparser.h"
#include "enginefixture.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;
const QString secretValue = QStringLiteral("s3cr3t-Vq7;x");

QByteArray oneStage(const QString &tasks, const QString &extra = {}) {
    return pipelineJson(QStringLiteral("T"), {stageJson(QStringLiteral("Dev"), afterRelease, tasks)}, extra);
}

QStringList warningsOf(const QByteArray &json) {
    QStringList warnings;
    for (const Problem &problem : parsePipeline(json).problems)
        warnings << (problem.isError() ? QStringLiteral("error: ") : QString()) + problem.toString();
    return warnings;
}
} // namespace

class MacroTest final : public QObject {
    Q_OBJECT

    DeploymentRecord runOnce(EngineFixture &fixture) {
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("T"));
        const bool done = QTest::qWaitFor(
            [&] { return fixture.latest(release.id, QStringLiteral("Dev")).operationStatus == OperationStatus::Done; },
            waitMs);
        if (!done)
            qWarning("deployment of release %lld did not finish in time", release.id);
        return fixture.latest(release.id, QStringLiteral("Dev"));
    }

private Q_SLOTS:
    void secretMacrosAreExpandedInInputsAndMasked() {
        TestEnvironment env;
        const QString tasks = script(QStringLiteral("inline"),
                                     QStringLiteral("test '$(token)' = '%1' && echo inline-match; echo '$(Token)'; "
                                                    "echo \"env=[$TOKEN]\"")
                                         .arg(secretValue)) +
                              QStringLiteral(",") +
                              QStringLiteral("{\"name\":\"args\",\"type\":\"command\",\"program\":\"/usr/bin/printf\","
                                             "\"arguments\":[\"arg=[%s]\\n\",\"$(token)\"]}");
        QVERIFY(env.save(oneStage(tasks, QStringLiteral("\"variables\":{\"token\":{\"value\":\"%1\",\"secret\":true}}")
                                             .arg(secretValue)))
                    .ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(fixture);
        const QString log = fixture.logOf(dev.id);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        QVERIFY2(log.contains(QStringLiteral("inline-match")), qPrintable(log));
        QVERIFY2(!log.contains(secretValue) && !log.contains(QStringLiteral("s3cr3t")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("\n***\n")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("arg=[***]")), qPrintable(log));
        // Expanded in the input, still not in the environment without a mapping.
        QVERIFY2(log.contains(QStringLiteral("env=[]")), qPrintable(log));
    }

    void unknownMacrosStayAsWritten() {
        TestEnvironment env;
        QVERIFY(env.save(oneStage(script(QStringLiteral("s"), QStringLiteral("echo '[$(noSuchVariable)]'")))).ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(fixture);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        QVERIFY2(fixture.logOf(dev.id).contains(QStringLiteral("[$(noSuchVariable)]")),
                 qPrintable(fixture.logOf(dev.id)));
    }

    void everyPredefinedVariableHasAValue() {
        QStringList echoes;
        for (const QString &name : predefinedVariableNames())
            echoes << QStringLiteral("echo '%1=[$(%1)]'").arg(name);
        for (const QString &suffix : artifactVariableSuffixes())
            echoes << QStringLiteral("echo 'Release.Artifacts.web.%1=[$(Release.Artifacts.web.%1)]'").arg(suffix);
        const QByteArray json = oneStage(script(QStringLiteral("all"), echoes.join(QStringLiteral("; "))),
                                         QStringLiteral("\"artifacts\":[{\"alias\":\"web\",\"type\":\"push\"}]"));
        QCOMPARE(warningsOf(json), QStringList());
        TestEnvironment env;
        QVERIFY(env.save(json).ok());
        EngineFixture fixture(env);
        const DeploymentRecord dev = runOnce(fixture);
        const QString log = fixture.logOf(dev.id);
        QCOMPARE(toString(dev.status), QStringLiteral("succeeded"));
        QVERIFY2(!log.contains(QStringLiteral("$(")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Release.EnvironmentName=[Dev]")), qPrintable(log));
    }

    void validationWarnsAboutUnknownMacros() {
        const QString tasks =
            script(QStringLiteral("s"), QStringLiteral("./deploy.sh $(appName) $(URL) $(release.releasename) $(pwd)"),
                   QStringLiteral("\"env\":{\"A\":\"$(typo)\",\"B\":\"$(appname)\"}")) +
            QStringLiteral(
                ",{\"name\":\"h\",\"type\":\"httpRequest\",\"url\":\"$(url)/x\",\"headers\":{\"X\":\"$(nope)\"}}");
        const QByteArray json = pipelineJson(
            QStringLiteral("T"),
            {stageJson(QStringLiteral("Dev"), afterRelease, tasks, QStringLiteral("\"variables\":{\"url\":\"u\"}")),
             stageJson(
                 QStringLiteral("QA"), afterRelease,
                 script(QStringLiteral("q"), QStringLiteral("echo $(url) $(Release.Artifacts.web.BuildNumber)")))},
            QStringLiteral(
                "\"variables\":{\"appName\":\"web\"},\"artifacts\":[{\"alias\":\"web\",\"type\":\"push\"}]"));
        const QString warning = QStringLiteral(" is not a variable of this pipeline or stage: it stays as written "
                                               "when the task runs");
        QCOMPARE(warningsOf(json), (QStringList{QStringLiteral("stages[0].tasks[0].env.A: $(typo)") + warning,
                                                QStringLiteral("stages[0].tasks[0].script: $(pwd)") + warning,
                                                QStringLiteral("stages[0].tasks[1].headers.X: $(nope)") + warning,
                                                QStringLiteral("stages[1].tasks[0].script: $(url)") + warning}));
    }

    void gatesAreCheckedToo() {
        const QByteArray json = pipelineJson(
            QStringLiteral("T"),
            {stageJson(
                QStringLiteral("Dev"), afterRelease, script(QStringLiteral("s"), QStringLiteral("true")),
                QStringLiteral(
                    "\"preGates\":{\"gates\":[{\"name\":\"g\",\"type\":\"http\",\"url\":\"http://x/$(gone)\"}]}"))});
        QCOMPARE(warningsOf(json).size(), 1);
        QVERIFY(warningsOf(json).first().startsWith(QStringLiteral("stages[0].preGates.gates[0].url: $(gone) ")));
    }
};

QTEST_GUILESS_MAIN(MacroTest)
#include "tst_macros.moc"
