// Release definitions written over REST (POST/PUT through the Azure mapper), their revisions and folders,
// approval history, and the round trip: GET definitions/{id} POSTed back gives an equivalent pipeline.
#include "restfixture.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const QString api = QStringLiteral("/Default/_apis/Release");

QStringList taskLines(const StageDefinition &stage) {
    QStringList lines;
    for (const TaskSpec &t : stage.tasks)
        lines << QStringLiteral("%1|%2|%3|%4|%5").arg(t.name, t.type, t.script, t.instructions).arg(t.enabled);
    return lines;
}

QStringList variableLines(const QList<VariableDefinition> &variables) {
    QStringList lines;
    for (const VariableDefinition &v : variables)
        lines << QStringLiteral("%1=%2 secret %3 settable %4")
                     .arg(v.name, v.secret ? QString() : v.value)
                     .arg(v.secret)
                     .arg(v.settableAtRelease);
    lines.sort();
    return lines;
}

QString approvalLine(const std::optional<ApprovalSpec> &a) {
    if (!a)
        return QStringLiteral("none");
    return QStringLiteral("%1 order %2 requester %3")
        .arg(a->approvers.join(QLatin1Char(',')))
        .arg(int(a->order))
        .arg(a->requesterCannotApprove);
}

std::shared_ptr<const PipelineDefinition> current(RestFixture &f, qint64 id) {
    Result<std::shared_ptr<const PipelineDefinition>> definition = f.env.services->pipelines.currentDefinition(id);
    if (!definition)
        qFatal("no pipeline %lld", id);
    return *definition;
}
} // namespace

class RestDefinitionsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void definitionPostedBackIsEquivalent() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QJsonObject exported = carol.get(api + QStringLiteral("/definitions/1")).object();
        exported.insert(QStringLiteral("name"), QStringLiteral("Web copy"));
        exported.remove(QStringLiteral("id"));
        Reply created = carol.post(api + QStringLiteral("/definitions"), exported);
        QVERIFY2(created.status == 200, created.body.constData());
        const qint64 copyId = created.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(copyId > 1);
        const QJsonObject report = created.object().value(QStringLiteral("slipwayImport")).toObject();
        QVERIFY(!report.value(QStringLiteral("notes")).toArray().isEmpty());
        QCOMPARE(report.value(QStringLiteral("secretsNeedingValue")).toArray().first().toString(),
                 QStringLiteral("dbPassword")); // secrets never leave, so the copy needs their values
        QCOMPARE(created.object().value(QStringLiteral("environments")).toArray().size(), 3);

        const std::shared_ptr<const PipelineDefinition> original = current(f, 1);
        const std::shared_ptr<const PipelineDefinition> copy = current(f, copyId);
        QCOMPARE(copy->stages.size(), original->stages.size());
        QCOMPARE(variableLines(copy->variables), variableLines(original->variables));
        for (qsizetype i = 0; i < original->stages.size(); ++i) {
            const StageDefinition &a = original->stages.at(i);
            const StageDefinition &b = copy->stages.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(int(b.trigger.type), int(a.trigger.type));
            QCOMPARE(b.trigger.stages, a.trigger.stages);
            QCOMPARE(taskLines(b), taskLines(a));
            QCOMPARE(approvalLine(b.preApprovals), approvalLine(a.preApprovals));
            QCOMPARE(approvalLine(b.postApprovals), approvalLine(a.postApprovals));
            QCOMPARE(variableLines(b.variables), variableLines(a.variables));
        }
        // The same name again is Azure's ReleaseDefinitionAlreadyExists.
        Reply again = carol.post(api + QStringLiteral("/definitions"), exported);
        QCOMPARE(again.status, 409);
        QVERIFY(again.message().contains(QStringLiteral("exists already")));
    }

    void putReplacesAndRefusesAStaleRevision() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QJsonObject definition = carol.get(api + QStringLiteral("/definitions/1")).object();
        QCOMPARE(definition.value(QStringLiteral("revision")).toInt(), 1);
        definition.insert(QStringLiteral("description"), QStringLiteral("changed over REST"));
        Reply replaced = carol.send("PUT", api + QStringLiteral("/definitions"), RestClient::json(definition));
        QVERIFY2(replaced.status == 200, replaced.body.constData());
        QCOMPARE(replaced.object().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(current(f, 1)->description, QStringLiteral("changed over REST"));
        // The secret kept its value: the revision replaced it without one.
        QCOMPARE(current(f, 1)->variable(QStringLiteral("dbPassword"))->secret, true);
        Reply stale = carol.send("PUT", api + QStringLiteral("/definitions"), RestClient::json(definition));
        QCOMPARE(stale.status, 409);
        QVERIFY2(stale.message().contains(QStringLiteral("revision 2, not 1")), qPrintable(stale.message()));
        definition.insert(QStringLiteral("id"), 99);
        QCOMPARE(carol.send("PUT", api + QStringLiteral("/definitions"), RestClient::json(definition)).status, 404);
        definition.remove(QStringLiteral("id"));
        QCOMPARE(carol.send("PUT", api + QStringLiteral("/definitions"), RestClient::json(definition)).status, 400);
    }

    void realExportIsCreatedWithItsReport() {
        RestFixture f;
        addUsers(f.env, {QStringLiteral("fabfiber@outlook.com")}); // its approver: approvers must be known users
        RestClient carol = f.client(QStringLiteral("carol"));
        const QJsonObject body =
            QJsonDocument::fromJson(
                readTestFile(
                    QStringLiteral("azure/MicrosoftDocs__vsts-rest-api-specs__GET__GetReleaseDefinition.body.json")))
                .object();
        Reply created = carol.post(api + QStringLiteral("/definitions"), body);
        QVERIFY2(created.status == 200, created.body.constData());
        QCOMPARE(created.object().value(QStringLiteral("name")).toString(),
                 body.value(QStringLiteral("name")).toString());
        bool unmapped = false;
        for (const QJsonValue &note : created.object()
                                          .value(QStringLiteral("slipwayImport"))
                                          .toObject()
                                          .value(QStringLiteral("notes"))
                                          .toArray())
            unmapped = unmapped || !note.toObject().value(QStringLiteral("mapped")).toBool();
        QVERIFY(unmapped); // the report says what did not map, and the definition was saved all the same
        Reply garbage = carol.post(api + QStringLiteral("/definitions"),
                                   QJsonObject{{QStringLiteral("environments"), QStringLiteral("no")}});
        QCOMPARE(garbage.status, 400);
    }

    void deleteRefusedWhileReleasesKeepHistory() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QVERIFY(f.env.save(threeStagePipeline(QStringLiteral("Spare")), QStringLiteral("carol")));
        Reply gone = carol.send("DELETE", api + QStringLiteral("/definitions/2"));
        QCOMPARE(gone.status, 204);
        QVERIFY(gone.body.isEmpty());
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/2")).status, 404);
        QCOMPARE(carol.send("DELETE", api + QStringLiteral("/definitions/2")).status, 404);

        const qint64 release =
            carol
                .post(api + QStringLiteral("/releases"),
                      QJsonObject{{QStringLiteral("definitionId"), 1},
                                  {QStringLiteral("manualEnvironments"),
                                   QJsonArray{QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")}}})
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        Reply active = carol.send("DELETE", api + QStringLiteral("/definitions/1"));
        QCOMPARE(active.status, 409);
        QVERIFY2(active.message().contains(QStringLiteral("abandon them first")), qPrintable(active.message()));
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1").arg(release),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("abandoned")}})
                     .status,
                 200);
        Reply history = carol.send("DELETE", api + QStringLiteral("/definitions/1"));
        QCOMPARE(history.status, 409);
        QVERIFY2(history.message().contains(QStringLiteral("history")), qPrintable(history.message()));
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/1")).status, 200);
    }

    void revisionsFoldersAndHistory() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QJsonObject document = QJsonDocument::fromJson(restPipeline()).object();
        document.insert(QStringLiteral("folder"), QStringLiteral("/team/web"));
        QVERIFY(f.env.save(QJsonDocument(document).toJson(), QStringLiteral("bob")));
        Reply revisions = carol.get(api + QStringLiteral("/definitions/1/revisions"));
        QCOMPARE(revisions.status, 200);
        QCOMPARE(revisions.values().size(), 2);
        QCOMPARE(revisions.values().first().toObject().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(revisions.values().first().toObject().value(QStringLiteral("changeType")).toString(),
                 QStringLiteral("update"));
        QCOMPARE(revisions.values()
                     .first()
                     .toObject()
                     .value(QStringLiteral("changedBy"))
                     .toObject()
                     .value(QStringLiteral("uniqueName"))
                     .toString(),
                 QStringLiteral("bob"));
        Reply first = carol.get(api + QStringLiteral("/definitions/1/revisions/1"));
        QCOMPARE(first.object().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(first.object().value(QStringLiteral("path")).toString(), QStringLiteral("\\"));
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/1/revisions/2")).object().value(QStringLiteral("path")),
                 QStringLiteral("\\team\\web"));
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/1/revisions/7")).status, 404);
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/5/revisions")).status, 404);

        Reply folders = carol.get(api + QStringLiteral("/folders"));
        QStringList paths;
        for (const QJsonValue &v : folders.values())
            paths << v.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(paths, (QStringList{QStringLiteral("\\"), QStringLiteral("\\team"), QStringLiteral("\\team\\web")}));
        QCOMPARE(carol.get(api + QStringLiteral("/folders/%5Cteam")).values().size(), 2);
        QCOMPARE(carol.get(api + QStringLiteral("/folders/%5Cnothing")).status, 404);

        // Definitions page by id, with the token the client sends ("0" for the first page).
        QVERIFY(f.env.save(threeStagePipeline(QStringLiteral("Shop")), QStringLiteral("carol")));
        Reply page = carol.get(api + QStringLiteral("/definitions?%24top=1&continuationToken=0"));
        QCOMPARE(page.values().size(), 1);
        QCOMPARE(page.headers.value("x-ms-continuationtoken"), QByteArray("2"));
        Reply next = carol.get(api + QStringLiteral("/definitions?%24top=1&continuationToken=2"));
        QCOMPARE(next.values().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Shop"));
        QVERIFY(!next.headers.contains("x-ms-continuationtoken"));

        // An approval's history, Azure's getApprovalHistory.
        const QJsonObject release =
            carol.post(api + QStringLiteral("/releases"), QJsonObject{{QStringLiteral("definitionId"), 1}}).object();
        const qint64 releaseId = release.value(QStringLiteral("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !carol.get(api + QStringLiteral("/approvals?releaseIdsFilter=%1").arg(releaseId)).values().isEmpty(),
            15000);
        const qint64 approval = carol.get(api + QStringLiteral("/approvals?releaseIdsFilter=%1").arg(releaseId))
                                    .values()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        Reply history = carol.get(api + QStringLiteral("/approvals/%1/history").arg(approval));
        QCOMPARE(history.status, 200);
        QVERIFY(!history.object().value(QStringLiteral("history")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(RestDefinitionsTest)
#include "tst_restdefinitions.moc"
