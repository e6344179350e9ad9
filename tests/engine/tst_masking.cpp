#include "definition/secretmasker.h"
#include "maskingcanaries.h"
#include "services/releasesecrets.h"

#include <QJsonDocument>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 20000;
const Identity bob{QStringLiteral("bob")};

QString joined(const QList<LogLineRecord> &lines) {
    QStringList text;
    for (const LogLineRecord &line : lines)
        text << line.line;
    return text.join(QLatin1Char('\n'));
}

QString gateMessages(const QList<GateEvaluationRecord> &rounds) {
    return QString::fromUtf8(QJsonDocument(QJsonArray([&] {
                                 QJsonArray all;
                                 for (const GateEvaluationRecord &round : rounds)
                                     all.append(round.results);
                                 return all;
                             }()))
                                 .toJson());
}

QString auditText(TestEnvironment &env, const QString &type, qint64 id) {
    QString text;
    const QList<AuditEventRecord> events = *env.services->queries.auditEvents(type, id);
    for (const AuditEventRecord &event : events)
        text += QString::fromUtf8(QJsonDocument(event.details).toJson());
    return text;
}
} // namespace

// Masking on every path that stores or shows what a task, a gate or a user wrote (docs/security.md#masking).
class MaskingTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valuesMatchLiterallyWhateverTheyContain() {
        const SecretMasker masker({metaCanary, unicodeCanary});
        QCOMPARE(masker.mask(QStringLiteral("x ") + metaCanary + QStringLiteral(" y")), QStringLiteral("x *** y"));
        QCOMPARE(masker.mask(QStringLiteral("a.bbbc$(rm -rf)|1 abc")), QStringLiteral("a.bbbc$(rm -rf)|1 abc"));
        QCOMPARE(masker.mask(QStringLiteral("«") + unicodeCanary + QStringLiteral("»")), QStringLiteral("«***»"));
        // The same letters decomposed (ä as a + combining diaeresis), as some tools print them.
        QCOMPARE(masker.mask(unicodeCanary.normalized(QString::NormalizationForm_D)), QStringLiteral("***"));
        // As a JSON body quotes it (an http gate's answer): backslash escaped.
        QCOMPARE(masker.mask(QStringLiteral("{\"v\":\"a.b*c$(rm -rf)|\\\\1\"}")), QStringLiteral("{\"v\":\"***\"}"));
    }

    void aCombiningMarkAfterAValueGoesWithIt() {
        const SecretMasker masker({QStringLiteral("cafe")});
        QCOMPARE(masker.mask(QStringLiteral("cafe\u0301 ok")), QStringLiteral("*** ok"));
        // A non-BMP combining mark (musical stem, U+1D165) too.
        QCOMPARE(masker.mask(QStringLiteral("cafe") + QString::fromUcs4(U"\U0001D165") + QStringLiteral("!")),
                 QStringLiteral("***!"));
    }

    void multiLineValuesAreMaskedLineByLine() {
        const SecretMasker masker({pemCanary});
        for (const QString &line : pemCanary.split(QLatin1Char('\n')))
            QCOMPARE(masker.mask(QStringLiteral("> ") + line + QStringLiteral(" <")), QStringLiteral("> *** <"));
        QCOMPARE(masker.mask(QStringLiteral("key=") + pemCanary + QStringLiteral(";")), QStringLiteral("key=***;"));
        QString crlf = pemCanary;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QCOMPARE(masker.mask(crlf), QStringLiteral("***\r\n***\r\n***")); // as a Windows tool prints it
        // Indented in the output: the line's content is what matches.
        QCOMPARE(masker.mask(QStringLiteral("    TUFTS0lORy1saW5lLXR3by1vZi10aHJlZQ==")), QStringLiteral("    ***"));
    }

    void shortLinesAreNotMaskedAlone() {
        const SecretMasker masker({QStringLiteral("ab\nlong-line-1\n  }  "), QStringLiteral("xyz")});
        QCOMPARE(masker.mask(QStringLiteral("ab } xyz long-line-1")), QStringLiteral("ab } xyz ***"));
        // Four code points: a non-BMP character counts once, so this 4-character value is masked.
        const SecretMasker four({QStringLiteral("ab") + QString::fromUcs4(U"\U0001D11E") + QStringLiteral("c")});
        QCOMPARE(four.mask(QStringLiteral("=ab") + QString::fromUcs4(U"\U0001D11E") + QStringLiteral("c=")),
                 QStringLiteral("=***="));
    }

    void aValueInsideAnotherIsMaskedWhole() {
        const SecretMasker nested({QStringLiteral("1234"), QStringLiteral("abcd1234efgh")});
        QCOMPARE(nested.mask(QStringLiteral("[abcd1234efgh] [1234]")), QStringLiteral("[***] [***]"));
        const SecretMasker overlapping({QStringLiteral("abcdef"), QStringLiteral("defghi")});
        QCOMPARE(overlapping.mask(QStringLiteral("-abcdefghi-")), QStringLiteral("-***-"));
        QCOMPARE(overlapping.mask(QJsonValue(QJsonObject{{QStringLiteral("k"), QStringLiteral("abcdef")}}))
                     .toObject()
                     .value(QLatin1String("k"))
                     .toString(),
                 QStringLiteral("***"));
    }

    void everyStoredAndShownPathIsMasked() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(canaryPipeline()).ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Leaky"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        const qint64 id = fixture.latest(release.id, QStringLiteral("Prod")).id;

        const QList<PendingIntervention> inbox = *env.services->inbox.interventions(bob);
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox.first().instructions, QStringLiteral("Rotate ***"));
        const QString pemLine = pemCanary.section(QLatin1Char('\n'), 1, 1);
        QVERIFY(env.services->deployments
                    .decideIntervention(id, false,
                                        QStringLiteral("it printed ") + metaCanary + QLatin1Char(' ') + pemLine, bob)
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("done"), waitMs);
        // A deployment requested with a comment quoting a secret (deferred, so nothing runs).
        DeployRequest again{release.id, QStringLiteral("Prod"), QStringLiteral("retry with ") + unicodeCanary,
                            env.clock.now().addSecs(3600)};
        QVERIFY(env.services->deployments.deploy(again, bob).ok());

        const QString log = joined(*env.services->deployments.logLines(id, 0, 10000));
        QVERIFY2(leakIn(log).isEmpty(), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("token=[***] user=***.")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("\n***\n***\n***\n***\n")), qPrintable(log));
        const QString gates = gateMessages(*env.services->approvals.gateEvaluations(id));
        QVERIFY2(leakIn(gates).isEmpty() && gates.contains(QStringLiteral("\"message\": \"***\"")), qPrintable(gates));
        QString tasks;
        const QList<TaskRunRecord> runs = *env.services->deployments.taskRuns(id);
        for (const TaskRunRecord &run : runs)
            tasks += run.message + QLatin1Char('|') + run.decisionComment + QLatin1Char('\n');
        QVERIFY2(leakIn(tasks).isEmpty() && tasks.contains(QStringLiteral("it printed *** ***")), qPrintable(tasks));
        const ReleaseDetails details = *env.services->releases.details(release.id);
        QString shown;
        for (const DeploymentRecord &d : details.stages.first().deployments)
            shown += d.message + QLatin1Char('|') + d.comment + QLatin1Char('\n');
        QVERIFY2(leakIn(shown).isEmpty() && shown.contains(QStringLiteral("retry with ***")), qPrintable(shown));
        const QString audit =
            auditText(env, QStringLiteral("deployment"), id) + auditText(env, QStringLiteral("release"), release.id);
        QVERIFY2(leakIn(audit).isEmpty() && audit.contains(QStringLiteral("it printed *** ***")), qPrintable(audit));

        const QString stored = storedText(env.database);
        QVERIFY2(leakIn(stored).isEmpty(), qPrintable(leakIn(stored)));
        QVERIFY(stored.contains(QStringLiteral("retry with ***")));
    }

    void rowsStoredBeforeMaskingAreMaskedWhenRead() {
        TestEnvironment env;
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY(env.save(canaryPipeline()).ok());
        EngineFixture fixture(env);
        const ReleaseRecord release = fixture.createRelease(QStringLiteral("Leaky"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(fixture.latest(release.id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        const qint64 id = fixture.latest(release.id, QStringLiteral("Prod")).id;
        const QList<TaskRunRecord> runs = *env.services->deployments.taskRuns(id);
        // What an older version stored: the value in clear, in a log line and a gate round.
        QVERIFY(env.store->deployments()
                    .appendLog({{0, runs.first().id, env.clock.now(), QStringLiteral("stdout"),
                                 QStringLiteral("old: ") + pemCanary.section(QLatin1Char('\n'), 1, 1)}})
                    .ok());
        QVERIFY(env.store->approvals()
                    .recordGateEvaluation({0, id, QStringLiteral("pre"), env.clock.now(), true,
                                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Old")},
                                                                  {QStringLiteral("message"), metaCanary}}}})
                    .ok());
        QVERIFY(!leakIn(storedText(env.database)).isEmpty());
        const QString log = joined(*env.services->deployments.logLines(id, 0, 10000));
        QVERIFY2(leakIn(log).isEmpty() && log.contains(QStringLiteral("old: ***")), qPrintable(log));
        const QString gates = gateMessages(*env.services->approvals.gateEvaluations(id));
        QVERIFY2(leakIn(gates).isEmpty(), qPrintable(gates));
    }
};

QTEST_GUILESS_MAIN(MaskingTest)
#include "tst_masking.moc"
