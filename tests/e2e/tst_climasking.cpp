// The command line prints no secret: logs (text and JSON) and release show, the real binary over a database
// this test filled, with one row as an older version stored it (unmasked).
#include "maskingcanaries.h"

#include <QProcess>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;
} // namespace

class CliMaskingTest final : public QObject {
    Q_OBJECT

    QByteArray slipway(const TestEnvironment &env, const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), env.path(QStringLiteral("data")));
        environment.remove(QStringLiteral("SLIPWAY_DATABASE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SLIPWAY_BINARY),
                      slipway::testing::actingAs(env.location(), QStringLiteral("alice")) + arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qWarning("slipway %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void logsAndReleaseShowPrintNoSecret() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(canaryPipeline()).ok());
        qint64 release = 0, id = 0;
        {
            EngineFixture fixture(env);
            release = fixture.createRelease(QStringLiteral("Leaky")).id;
            QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus),
                                      QStringLiteral("pendingIntervention"), waitMs);
            id = fixture.latest(release, QStringLiteral("Prod")).id;
            QVERIFY(
                env.services->deployments
                    .decideIntervention(id, false, QStringLiteral("no ") + pemCanary, Identity{QStringLiteral("bob")})
                    .ok());
            QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release, QStringLiteral("Prod")).operationStatus),
                                      QStringLiteral("done"), waitMs);
        }
        const qint64 run = env.services->deployments.taskRuns(id)->first().id;
        QVERIFY(env.store->deployments()
                    .appendLog(
                        {{0, run, env.clock.now(), QStringLiteral("stdout"), QStringLiteral("old ") + unicodeCanary}})
                    .ok());

        const QByteArray text = slipway(env, {QStringLiteral("logs"), QString::number(id)});
        QVERIFY2(text.contains("token=[***] user=***.") && text.contains("old ***"), text.constData());
        QVERIFY2(leakIn(text).isEmpty(), text.constData());
        const QByteArray json = slipway(env, {QStringLiteral("logs"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(json.contains("old ***") && leakInJson(json).isEmpty(), json.constData());
        const QByteArray shown = slipway(env, {QStringLiteral("release"), QStringLiteral("show"),
                                               QString::number(release), QStringLiteral("--json")});
        QVERIFY2(!shown.isEmpty() && leakInJson(shown).isEmpty(), shown.constData());
    }
};

QTEST_GUILESS_MAIN(CliMaskingTest)
#include "tst_climasking.moc"
