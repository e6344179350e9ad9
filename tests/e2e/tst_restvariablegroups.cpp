// `_apis/distributedtask/variablegroups` over real HTTP, and the variable group ids of definitions and releases.
#include "restfixture.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const QString groupsApi = QStringLiteral("/Default/_apis/distributedtask/variablegroups");
const QString groupSecret = QStringLiteral("rest-gr0up-s3cr3t");
const Identity carol{QStringLiteral("carol")};

QJsonObject variableOf(const QJsonObject &group, const QString &name) {
    return group.value(QStringLiteral("variables")).toObject().value(name).toObject();
}

QStringList namesOf(const QJsonArray &groups) {
    QStringList names;
    for (const QJsonValue &group : groups)
        names << group.toObject().value(QStringLiteral("name")).toString();
    return names;
}
} // namespace

class RestVariableGroupsTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listGetAndLinkedIds() {
        RestFixture f;
        VariableGroupService &groups = f.env.services->variableGroups;
        const qint64 shared = groups
                                  .create(QStringLiteral("Shared"), QStringLiteral("all stages"),
                                          {{QStringLiteral("region"), QStringLiteral("eu"), false},
                                           {QStringLiteral("token"), groupSecret, true}},
                                          carol)
                                  ->id;
        const qint64 qa = groups.create(QStringLiteral("QA settings"), {}, {}, carol)->id;
        const qint64 other = groups.create(QStringLiteral("Other"), {}, {}, carol)->id;
        RestClient client = f.client(QStringLiteral("carol"));
        QList<QByteArray> bodies;

        const Reply all = client.get(groupsApi);
        bodies << all.body;
        QCOMPARE(all.status, 200);
        QCOMPARE(namesOf(all.values()), (QStringList{QStringLiteral("Other"), QStringLiteral("QA settings"),
                                                     QStringLiteral("Shared")})); // newest id first
        const Reply one = client.get(groupsApi + QStringLiteral("/%1").arg(shared));
        bodies << one.body;
        QCOMPARE(one.status, 200);
        const QJsonObject group = one.object();
        QCOMPARE(group.value(QStringLiteral("type")).toString(), QStringLiteral("Vsts"));
        QCOMPARE(group.value(QStringLiteral("description")).toString(), QStringLiteral("all stages"));
        QCOMPARE(variableOf(group, QStringLiteral("region")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("eu"));
        QVERIFY(variableOf(group, QStringLiteral("token")).value(QStringLiteral("isSecret")).toBool());
        QVERIFY(variableOf(group, QStringLiteral("token")).value(QStringLiteral("value")).isNull());
        QCOMPARE(group.value(QStringLiteral("createdBy")).toObject().value(QStringLiteral("uniqueName")).toString(),
                 QStringLiteral("carol"));
        QCOMPARE(group.value(QStringLiteral("variableGroupProjectReferences"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("projectReference"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Default"));

        QCOMPARE(namesOf(client.get(groupsApi + QStringLiteral("?groupName=sh*")).values()),
                 QStringList{QStringLiteral("Shared")});
        QCOMPARE(namesOf(client.get(groupsApi + QStringLiteral("?groupName=*SETTINGS")).values()),
                 QStringList{QStringLiteral("QA settings")});
        QCOMPARE(client.get(groupsApi + QStringLiteral("?groupName=shared.")).values().size(), 0); // '.' is literal
        QCOMPARE(namesOf(client.get(groupsApi + QStringLiteral("?groupIds=%1,%2").arg(shared).arg(other)).values()),
                 (QStringList{QStringLiteral("Other"), QStringLiteral("Shared")}));
        const Reply first =
            client.get(groupsApi + QStringLiteral("?%24top=2&queryOrder=IdAscending&continuationToken=0"));
        QCOMPARE(namesOf(first.values()), (QStringList{QStringLiteral("Shared"), QStringLiteral("QA settings")}));
        QCOMPARE(first.headers.value("x-ms-continuationtoken"), QByteArray::number(other));
        const Reply rest =
            client.get(groupsApi + QStringLiteral("?%24top=2&queryOrder=IdAscending&continuationToken=%1").arg(other));
        QCOMPARE(namesOf(rest.values()), QStringList{QStringLiteral("Other")});
        QVERIFY(!rest.headers.contains("x-ms-continuationtoken"));
        QCOMPARE(client.get(groupsApi + QStringLiteral("/999")).status, 404);
        QCOMPARE(client.get(groupsApi + QStringLiteral("?queryOrder=sideways")).status, 400);

        // A definition carries the ids of the groups it links; a release the snapshot of them.
        QJsonObject document = QJsonDocument::fromJson(restPipeline()).object();
        document.insert(QStringLiteral("variableGroups"), QJsonArray{QStringLiteral("shared")});
        QJsonArray stages = document.value(QStringLiteral("stages")).toArray();
        QJsonObject qaStage = stages[1].toObject();
        qaStage.insert(QStringLiteral("variableGroups"), QJsonArray{QStringLiteral("QA settings")});
        stages[1] = qaStage;
        document.insert(QStringLiteral("stages"), stages);
        const Result<SavedPipeline> saved = f.env.save(QJsonDocument(document).toJson(), QStringLiteral("carol"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Reply definition =
            client.get(QStringLiteral("/Default/_apis/Release/definitions/%1").arg(saved->pipelineId));
        bodies << definition.body;
        QCOMPARE(definition.object().value(QStringLiteral("variableGroups")).toArray(), QJsonArray{shared});
        const QJsonArray environments = definition.object().value(QStringLiteral("environments")).toArray();
        QCOMPARE(environments[0].toObject().value(QStringLiteral("variableGroups")).toArray(), QJsonArray());
        QCOMPARE(environments[1].toObject().value(QStringLiteral("variableGroups")).toArray(), QJsonArray{qa});

        const Reply created = client.post(QStringLiteral("/Default/_apis/Release/releases"),
                                          QJsonObject{{QStringLiteral("definitionId"), saved->pipelineId}});
        QCOMPARE(created.status, 200);
        const Reply release = client.get(QStringLiteral("/Default/_apis/Release/releases/%1")
                                             .arg(created.object().value(QStringLiteral("id")).toInteger()));
        bodies << release.body;
        const QJsonArray releaseGroups = release.object().value(QStringLiteral("variableGroups")).toArray();
        QCOMPARE(namesOf(releaseGroups), QStringList{QStringLiteral("Shared")});
        QVERIFY(
            variableOf(releaseGroups[0].toObject(), QStringLiteral("token")).value(QStringLiteral("value")).isNull());
        for (const QJsonValue &environment : release.object().value(QStringLiteral("environments")).toArray()) {
            const QJsonObject stage = environment.toObject();
            QCOMPARE(namesOf(stage.value(QStringLiteral("variableGroups")).toArray()),
                     stage.value(QStringLiteral("name")).toString() == QLatin1String("QA")
                         ? QStringList{QStringLiteral("QA settings")}
                         : QStringList());
        }
        for (const QByteArray &body : std::as_const(bodies))
            QVERIFY(!body.contains(groupSecret.toUtf8()));
    }
};

QTEST_MAIN(RestVariableGroupsTest)
#include "tst_restvariablegroups.moc"
