// Secrets masked in what the REST server answers: JSON, plain-text logs and the logs zip (docs/security.md#masking).
#include "maskingcanaries.h"
#include "restfixture.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;
const QString api = QStringLiteral("/Default/_apis/Release");
} // namespace

class RestMaskingTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersNeverCarryASecret() {
        RestFixture f;
        QVERIFY(f.env.save(canaryPipeline(), QStringLiteral("carol")).ok());
        RestClient carol = f.client(QStringLiteral("carol"));
        const ReleaseRecord release = f.engine->createRelease(QStringLiteral("Leaky"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(f.engine->latest(release.id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);
        const qint64 deployment = f.engine->latest(release.id, QStringLiteral("Prod")).id;
        const QString releasePath = api + QStringLiteral("/releases/%1").arg(release.id);

        QList<Reply> answers;
        Reply interventions = carol.get(releasePath + QStringLiteral("/manualInterventions"));
        QCOMPARE(interventions.status, 200);
        QCOMPARE(interventions.values().first().toObject().value(QStringLiteral("instructions")).toString(),
                 QStringLiteral("Rotate ***"));
        const qint64 mi = interventions.values().first().toObject().value(QStringLiteral("id")).toInteger();
        const QString comment = QStringLiteral("no: ") + unicodeCanary + QLatin1Char(' ') + metaCanary;
        Reply rejected = carol.patch(
            releasePath + QStringLiteral("/manualInterventions/%1").arg(mi),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("comment"), comment}});
        QCOMPARE(rejected.status, 200);
        answers << rejected;
        QTRY_COMPARE_WITH_TIMEOUT(toString(f.engine->latest(release.id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("done"), waitMs);
        answers << carol.get(releasePath) << carol.get(releasePath + QStringLiteral("/manualInterventions"))
                << carol.get(api + QStringLiteral("/deployments")) << carol.get(api + QStringLiteral("/approvals"))
                << carol.patch(api + QStringLiteral("/gates/%1").arg(deployment * 2),
                               QJsonObject{{QStringLiteral("gatesToIgnore"), QJsonArray{}},
                                           {QStringLiteral("comment"), QStringLiteral("look")}});
        for (const Reply &answer : std::as_const(answers))
            QVERIFY2(leakInJson(answer.body).isEmpty(), answer.body.constData());
        QVERIFY(answers.at(2).body.contains("no: *** ***"));

        Reply zip = carol.send("GET", releasePath + QStringLiteral("/logs"), {},
                               {{"Accept", "application/zip;api-version=7.2-preview.2"}});
        QCOMPARE(zip.status, 200);
        QVERIFY2(leakIn(zip.body).isEmpty(), qPrintable(leakIn(zip.body)));
        QVERIFY(zip.body.contains("token=[***] user=***."));
        const qint64 prod = f.engine->stage(release.id, QStringLiteral("Prod")).stage.id;
        const QList<TaskRunRecord> runs = *f.env.services->deployments.taskRuns(deployment);
        for (const TaskRunRecord &run : runs) {
            Reply text =
                carol.send("GET", releasePath + QStringLiteral("/environments/%1/tasks/%2/logs").arg(prod).arg(run.id),
                           {}, {{"Accept", "text/plain;api-version=7.2-preview.2"}});
            QCOMPARE(text.status, 200);
            QVERIFY2(leakIn(text.body).isEmpty(), text.body.constData());
        }
    }
};

QTEST_GUILESS_MAIN(RestMaskingTest)
#include "tst_restmasking.moc"
