// Microsoft's request examples for the Release area (tests/data/rest-examples, from MicrosoftDocs/
// vsts-rest-api-specs) replayed against Slipway: each example's request, with the fixture's project and ids,
// must get the example's status and an answer with the example's members (docs/rest-api.md says which).
#include "restfixture.h"

#include <QDir>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const QString api = QStringLiteral("/Default/_apis/Release");

// Members Azure has and Slipway has nothing to put in (links to Azure's web pages and services).
// "timeoutInMintues" is a misspelling in Microsoft's older examples; the contract (and Slipway) say timeoutInMinutes.
bool ignored(const QString &member) {
    return member == QLatin1String("_links") || member == QLatin1String("timeoutInMintues");
}

// Objects keyed by the user's names (variables, inputs…): their keys are data, not shape.
bool dictionary(const QString &member) {
    return member == QLatin1String("variables") || member == QLatin1String("inputs") ||
           member == QLatin1String("overrideInputs") || member == QLatin1String("properties") ||
           member == QLatin1String("environment");
}

// The members of `expected` (the example's answer) that `actual` lacks, recursively: objects member by member,
// a list's first item against the answer's item that comes closest (the examples' data differ from the
// fixture's: a stage with an approver is not always the first). A null counts as having the member.
void missing(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QStringList &out) {
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString where = path + QLatin1Char('.') + it.key();
            if (ignored(it.key()))
                continue;
            if (!a.contains(it.key()))
                out << where;
            else if (!dictionary(it.key()))
                missing(it.value(), a.value(it.key()), where, out);
        }
    } else if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.isEmpty() || a.isEmpty())
            return;
        QStringList best;
        for (qsizetype i = 0; i < qMin<qsizetype>(a.size(), 16); ++i) {
            QStringList gaps;
            missing(e.first(), a.at(i), path + QStringLiteral("[0]"), gaps);
            if (i == 0 || gaps.size() < best.size())
                best = gaps;
        }
        out << best;
    } else if (expected.isObject() && !actual.isNull() && !actual.isObject()) {
        out << path + QStringLiteral(" (not an object)");
    }
}

QJsonObject example(const QString &name) {
    return QJsonDocument::fromJson(readTestFile(QStringLiteral("rest-examples/%1.json").arg(name))).object();
}

QJsonObject bodyOf(const QJsonObject &example) {
    return example.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("body")).toObject();
}

QJsonObject environmentNamed(const QJsonObject &release, const QString &name) {
    for (const QJsonValue &e : release.value(QStringLiteral("environments")).toArray())
        if (e.toObject().value(QStringLiteral("name")).toString() == name)
            return e.toObject();
    return {};
}

// A pipeline whose only stage runs a manual intervention at once.
QByteArray interventionPipeline() {
    const QJsonObject intervention{{QStringLiteral("name"), QStringLiteral("Manual Intervention")},
                                   {QStringLiteral("type"), QStringLiteral("manualIntervention")},
                                   {QStringLiteral("instructions"), QString()}};
    QJsonObject stage{{QStringLiteral("name"), QStringLiteral("PROD")},
                      {QStringLiteral("trigger"), triggerAfterRelease()},
                      {QStringLiteral("tasks"), QJsonArray{intervention}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Fabrikam-web-with-MI")},
                                     {QStringLiteral("stages"), QJsonArray{stage}}})
        .toJson();
}

struct Case final {
    QString name;
    QByteArray method;
    QString path;
    QJsonObject body; // empty: none
    QString user = QStringLiteral("carol");
};
} // namespace

class RestExamplesTest final : public QObject {
    Q_OBJECT

    RestFixture *m_f = nullptr;
    qint64 m_release = 0, m_interventionRelease = 0, m_rejectRelease = 0, m_manualRelease = 0, m_abandon = 0;
    qint64 m_bobsApproval = 0, m_dev = 0, m_devDeployment = 0, m_devTask = 0, m_intervention = 0, m_toReject = 0;
    qint64 m_manualQa = 0;

    qint64 createRelease(RestClient &client, qint64 definition, const QJsonArray &manual = {}) {
        return client
            .post(api + QStringLiteral("/releases"), QJsonObject{{QStringLiteral("definitionId"), definition},
                                                                 {QStringLiteral("manualEnvironments"), manual}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    qint64 pendingIntervention(RestClient &client, qint64 release) {
        qint64 id = 0;
        const bool found = QTest::qWaitFor(
            [&]() {
                const QJsonArray list =
                    client.get(api + QStringLiteral("/releases/%1/manualInterventions").arg(release)).values();
                id = list.isEmpty() ? 0 : list.first().toObject().value(QStringLiteral("id")).toInteger();
                return id > 0;
            },
            15000);
        return found ? id : 0;
    }

    // Releases in the states the examples need: one with Dev deployed and QA waiting for approval, two waiting
    // for a manual intervention, two with every stage manual; a version "2" of the artifact.
    void arrange() {
        RestFixture &f = *m_f;
        addUsers(f.env, {QStringLiteral("fabfiber@outlook.com")});
        QVERIFY(f.env.save(interventionPipeline(), QStringLiteral("carol")));                      // 2
        QVERIFY(f.env.save(threeStagePipeline(QStringLiteral("Spare")), QStringLiteral("carol"))); // 3
        RestClient carol = f.client(QStringLiteral("carol"));
        QCOMPARE(carol
                     .post(QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/app/versions"),
                           QJsonObject{{QStringLiteral("version"), QStringLiteral("2")}})
                     .status,
                 201);
        m_release = createRelease(carol, 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            carol.get(api + QStringLiteral("/approvals?releaseIdsFilter=%1").arg(m_release)).values().size() == 2,
            15000);
        for (const QJsonValue &a :
             carol.get(api + QStringLiteral("/approvals?releaseIdsFilter=%1").arg(m_release)).values())
            if (a.toObject().value(QStringLiteral("approver")).toObject().value(QStringLiteral("uniqueName")) ==
                QLatin1String("bob"))
                m_bobsApproval = a.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject dev = environmentNamed(
            carol.get(api + QStringLiteral("/releases/%1").arg(m_release)).object(), QStringLiteral("Dev"));
        m_dev = dev.value(QStringLiteral("id")).toInteger();
        const QJsonObject step = dev.value(QStringLiteral("deploySteps")).toArray().first().toObject();
        m_devDeployment = step.value(QStringLiteral("id")).toInteger();
        m_devTask = step.value(QStringLiteral("releaseDeployPhases"))
                        .toArray()
                        .first()[QStringLiteral("deploymentJobs")]
                        .toArray()
                        .first()[QStringLiteral("tasks")]
                        .toArray()
                        .first()[QStringLiteral("id")]
                        .toInteger();
        m_interventionRelease = createRelease(carol, 2);
        m_rejectRelease = createRelease(carol, 2);
        m_intervention = pendingIntervention(carol, m_interventionRelease);
        m_toReject = pendingIntervention(carol, m_rejectRelease);
        QVERIFY(m_intervention > 0 && m_toReject > 0);
        m_manualRelease =
            createRelease(carol, 1, {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")});
        m_abandon = createRelease(carol, 1, {QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")});
        m_manualQa = environmentNamed(carol.get(api + QStringLiteral("/releases/%1").arg(m_manualRelease)).object(),
                                      QStringLiteral("QA"))
                         .value(QStringLiteral("id"))
                         .toInteger();
    }

    QList<Case> cases() const {
        const QString r = QString::number(m_release);
        QJsonObject createRelease = bodyOf(example(QStringLiteral("POST__CreateARelease")));
        createRelease.insert(QStringLiteral("artifacts"),
                             QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                    {QStringLiteral("instanceReference"),
                                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                                                 {QStringLiteral("name"), QJsonValue::Null}}}}});
        QJsonObject replace = bodyOf(example(QStringLiteral("PUT__UpdateReleaseDefinition")));
        return {
            {QStringLiteral("GET__ListAllPendingApprovals"), "GET", QStringLiteral("/approvals?continuationToken=0")},
            {QStringLiteral("GET__ListPendingApprovalsForASpecificARelease"), "GET",
             QStringLiteral("/approvals?releaseIdsFilter=%1&continuationToken=0").arg(r)},
            {QStringLiteral("GET__ListPendingApprovalsForASpecificUser"), "GET",
             QStringLiteral("/approvals?assignedToFilter=bob&continuationToken=0")},
            {QStringLiteral("PATCH__UpdateStatusOfAnApprovalFromPendingToApproved"), "PATCH",
             QStringLiteral("/approvals/%1").arg(m_bobsApproval),
             bodyOf(example(QStringLiteral("PATCH__UpdateStatusOfAnApprovalFromPendingToApproved"))),
             QStringLiteral("bob")},
            {QStringLiteral("GET__GetReleaseAttachment"), "GET",
             QStringLiteral("/releases/%1/environments/%2/attempts/1/plan/7063c7c7-187e-4bad-ad8a-5bbd3d70b1df/"
                            "attachments/myattachmenttype")
                 .arg(r)
                 .arg(m_dev)},
            {QStringLiteral("GET__GetReleaseTaskAttachmentContent"), "GET",
             QStringLiteral(
                 "/releases/%1/environments/%2/attempts/1/plan/6f971087-c8d8-445a-9c5e-2ed8a6fe6db5/timelines/"
                 "6f971087-c8d8-445a-9c5e-2ed8a6fe6db5/records/c73bd524-4f3c-4f2c-9ea2-fde15fa2e5e3/"
                 "attachments/myattachmenttype/myattachmentname")
                 .arg(r)
                 .arg(m_dev)},
            {QStringLiteral("DELETE__DeleteReleaseDefinition"), "DELETE", QStringLiteral("/definitions/3")},
            {QStringLiteral("GET_ListAllReleaseDefinitionsWithArtifactsExpanded"), "GET",
             QStringLiteral("/definitions?%24expand=Artifacts")},
            {QStringLiteral("GET__GetReleaseDefinition"), "GET", QStringLiteral("/definitions/1")},
            {QStringLiteral("GET__GetReleaseDefinitionRevisions"), "GET", QStringLiteral("/definitions/1/revisions")},
            {QStringLiteral("GET__ListAllReleaseDefinitions"), "GET", QStringLiteral("/definitions")},
            {QStringLiteral("GET__ListAllReleaseDefinitionsWithEnvironmentsExpanded"), "GET",
             QStringLiteral("/definitions?%24expand=Environments")},
            {QStringLiteral("POST__CreateReleaseDefinition"), "POST", QStringLiteral("/definitions"),
             bodyOf(example(QStringLiteral("POST__CreateReleaseDefinition")))},
            {QStringLiteral("PUT__UpdateReleaseDefinition"), "PUT", QStringLiteral("/definitions"), replace},
            {QStringLiteral("GET__ListDeployments"), "GET", QStringLiteral("/deployments")},
            {QStringLiteral("GET__ListDeploymentsForAGivenDefinitionId"), "GET",
             QStringLiteral("/deployments?definitionId=1")},
            {QStringLiteral("PATCH__UpdateReleaseEnvironment"), "PATCH",
             QStringLiteral("/releases/%1/environments/%2").arg(m_manualRelease).arg(m_manualQa),
             bodyOf(example(QStringLiteral("PATCH__UpdateReleaseEnvironment")))},
            {QStringLiteral("GET__GetLogsOfReleaseTask"), "GET",
             QStringLiteral("/releases/%1/environments/%2/deployPhases/%3/tasks/%4/logs")
                 .arg(r)
                 .arg(m_dev)
                 .arg(m_devDeployment)
                 .arg(m_devTask)},
            {QStringLiteral("GET__GetManualIntervention"), "GET",
             QStringLiteral("/releases/%1/manualInterventions/%2").arg(m_interventionRelease).arg(m_intervention)},
            {QStringLiteral("GET__GetManualInterventions"), "GET",
             QStringLiteral("/releases/%1/manualInterventions").arg(m_interventionRelease)},
            {QStringLiteral("PATCH__RejectManualIntervention"), "PATCH",
             QStringLiteral("/releases/%1/manualInterventions/%2").arg(m_rejectRelease).arg(m_toReject),
             bodyOf(example(QStringLiteral("PATCH__RejectManualIntervention")))},
            {QStringLiteral("PATCH__ResumeManualIntervention"), "PATCH",
             QStringLiteral("/releases/%1/manualInterventions/%2").arg(m_interventionRelease).arg(m_intervention),
             bodyOf(example(QStringLiteral("PATCH__ResumeManualIntervention")))},
            {QStringLiteral("GET__GetARelease"), "GET", QStringLiteral("/releases/%1").arg(r)},
            {QStringLiteral("GET__ListAllReleasesForAReleaseDefinition"), "GET",
             QStringLiteral("/releases?definitionId=1")},
            {QStringLiteral("PATCH__AbandonAnActiveRelease"), "PATCH", QStringLiteral("/releases/%1").arg(m_abandon),
             bodyOf(example(QStringLiteral("PATCH__AbandonAnActiveRelease")))},
            {QStringLiteral("POST__CreateARelease"), "POST", QStringLiteral("/releases"), createRelease},
            {QStringLiteral("PUT__UpdateRelease"), "PUT", QStringLiteral("/releases/%1").arg(r),
             bodyOf(example(QStringLiteral("PUT__UpdateRelease")))},
            {QStringLiteral("GET__GetReleaseRevisionOfRelease"), "GET",
             QStringLiteral("/releases/%1?definitionSnapshotRevision=1").arg(r)},
            {QStringLiteral("GET__GetReleaseDefinitionRevision"), "GET", QStringLiteral("/definitions/1/revisions")},
            {QStringLiteral("Query_ListAllReleases"), "GET", QStringLiteral("/releases")},
        };
    }

private Q_SLOTS:
    void examplesGetTheirStatusAndShape() {
        RestFixture f;
        m_f = &f;
        arrange();
        if (QTest::currentTestFailed())
            return;
        const QList<Case> all = cases();
        QCOMPARE(all.size(),
                 QDir(QStringLiteral(SLIPWAY_TEST_DATA "/rest-examples")).entryList({QStringLiteral("*.json")}).size());
        int passed = 0;
        qint64 created = 0;
        QStringList failures;
        for (const Case &c : all) {
            const QJsonObject e = example(c.name);
            const QJsonObject responses = e.value(QStringLiteral("responses")).toObject();
            const int status = responses.keys().first().toInt();
            RestClient client = m_f->client(c.user);
            QJsonObject body = c.body;
            if (c.name == QLatin1String("PUT__UpdateReleaseDefinition"))
                body.insert(QStringLiteral("id"), created); // the definition the POST example created
            const Reply reply =
                client.send(c.method, api + c.path, body.isEmpty() ? QByteArray() : RestClient::json(body));
            if (c.name == QLatin1String("POST__CreateReleaseDefinition"))
                created = reply.object().value(QStringLiteral("id")).toInteger();
            QStringList gaps;
            if (reply.status != status)
                gaps << QStringLiteral("status %1, not %2 (%3)").arg(reply.status).arg(status).arg(reply.message());
            else if (const QJsonValue body = responses.value(responses.keys().first())[QStringLiteral("body")];
                     !body.isUndefined())
                missing(body,
                        QJsonDocument::fromJson(reply.body).isArray()
                            ? QJsonValue(QJsonDocument::fromJson(reply.body).array())
                            : QJsonValue(QJsonDocument::fromJson(reply.body).object()),
                        QStringLiteral("$"), gaps);
            if (gaps.isEmpty())
                ++passed;
            else
                failures << c.name + QStringLiteral(": ") + gaps.join(QStringLiteral(", "));
        }
        qInfo("%d of %lld Microsoft request examples get the example's status and shape", passed,
              qlonglong(all.size()));
        for (const QString &failure : std::as_const(failures))
            qInfo("  %s", qPrintable(failure));
        QVERIFY2(passed >= 28, qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(RestExamplesTest)
#include "tst_restexamples.moc"
