// Every REST route over real HTTP on 127.0.0.1: happy paths and error paths.
#include "restfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;
const QString api = QStringLiteral("/Default/_apis/Release");

QJsonObject createBody(qint64 definitionId, const QJsonArray &manual = {}) {
    return {{QStringLiteral("definitionId"), definitionId},
            {QStringLiteral("description"), QStringLiteral("from REST")},
            {QStringLiteral("manualEnvironments"), manual},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("level"), QJsonObject{{QStringLiteral("value"), QStringLiteral("debug")}}}}}};
}

QJsonObject environmentNamed(const QJsonObject &release, const QString &name) {
    for (const QJsonValue &e : release.value(QStringLiteral("environments")).toArray())
        if (e.toObject().value(QStringLiteral("name")).toString() == name)
            return e.toObject();
    return {};
}
} // namespace

class RestTest final : public QObject {
    Q_OBJECT

    QList<QByteArray> m_bodies; // every answer, to look for secrets in
    Reply keep(const Reply &reply) {
        m_bodies << reply.body;
        return reply;
    }

private Q_SLOTS:
    void discoveryHandshake() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        Reply location = keep(carol.send("OPTIONS", QStringLiteral("/_apis/Location")));
        QCOMPARE(location.status, 200);
        QCOMPARE(location.values().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("e81700f7-3be2-46de-8624-2eb35882fcaa"));
        Reply areas = keep(carol.get(QStringLiteral("/_apis/ResourceAreas")));
        QCOMPARE(areas.status, 200);
        QCOMPARE(areas.object().value(QStringLiteral("count")).toInt(), 0);
        QVERIFY(areas.object().value(QStringLiteral("value")).isNull());
        Reply release = keep(carol.send("OPTIONS", QStringLiteral("/_apis/release")));
        QCOMPARE(release.status, 200);
        QStringList ids;
        for (const QJsonValue &l : release.values()) {
            ids << l.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(l.toObject().value(QStringLiteral("maxVersion")).toString(), QStringLiteral("7.2"));
        }
        QCOMPARE(ids.size(), 48); // every location of azure-devops-node-api 17's ReleaseApi
        for (const char *id : {"d8f96f24-8ea7-4cb6-baab-2df8fc515665", "a166fde7-27ad-408e-ba75-703c2cc9d500",
                               "a7e426b1-03dc-48af-9dfe-c98bac612dcb", "b47c6458-e73b-47cb-a770-4df1e8813a91",
                               "2666a539-2001-4f80-bcc7-0379956749d4"})
            QVERIFY(ids.contains(QString::fromLatin1(id)));
        Reply connection = keep(carol.get(QStringLiteral("/_apis/connectionData")));
        QCOMPARE(connection.object()
                     .value(QStringLiteral("authenticatedUser"))
                     .toObject()
                     .value(QStringLiteral("providerDisplayName"))
                     .toString(),
                 QStringLiteral("carol"));
        QCOMPARE(connection.object().value(QStringLiteral("deploymentType")).toString(), QStringLiteral("onPremises"));
    }

    void authenticationAndHealth() {
        RestFixture f;
        RestClient anonymous(f.port, {});
        Reply missing = anonymous.get(api + QStringLiteral("/definitions"));
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.message().contains(QStringLiteral("token")));
        QCOMPARE(missing.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        RestClient wrong(f.port, QStringLiteral("not-a-token"));
        QCOMPARE(wrong.get(api + QStringLiteral("/definitions")).status, 401);
        Reply bearer = anonymous.send("GET", api + QStringLiteral("/definitions"), {},
                                      {{"Authorization", "Bearer " + f.tokens.value(QStringLiteral("bob")).toUtf8()}});
        QCOMPARE(bearer.status, 200);
        Reply basic = anonymous.send(
            "GET", api + QStringLiteral("/definitions"), {},
            {{QByteArray("Authorization"),
              "Basic " + QByteArray("anyone:" + f.tokens.value(QStringLiteral("bob")).toUtf8()).toBase64()}});
        QCOMPARE(basic.status, 200);
        Reply health = anonymous.get(QStringLiteral("/_apis/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // A revoked token stops working.
        const qint64 tokenId = f.env.services->directory.tokens(QStringLiteral("bob"))->first().id;
        QVERIFY(f.env.services->directory.revokeToken(tokenId, Identity{QStringLiteral("bob")}));
        QCOMPARE(f.client(QStringLiteral("bob")).get(api + QStringLiteral("/definitions")).status, 401);
        // Revoked by another process (the command line): the server's answer changes at once as well.
        QCOMPARE(f.client(QStringLiteral("carol")).get(api + QStringLiteral("/definitions")).status, 200);
        {
            auto other = openStore(f.env.location());
            QVERIFY(other.ok());
            SystemClock clock;
            Services elsewhere(**other, clock);
            const qint64 carols = elsewhere.directory.tokens(QStringLiteral("carol"))->first().id;
            QVERIFY(elsewhere.directory.revokeToken(carols, Identity{QStringLiteral("carol")}));
        }
        QCOMPARE(f.client(QStringLiteral("carol")).get(api + QStringLiteral("/definitions")).status, 401);
    }

    void routingRules() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QCOMPARE(carol.get(QStringLiteral("/Default/_apis/Release/nothing")).status, 404);
        Reply wrongMethod = carol.send("DELETE", api + QStringLiteral("/releases"));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.headers.value("allow").contains("GET"));
        QCOMPARE(carol.get(QStringLiteral("/DEFAULT/_APIS/RELEASE/DEFINITIONS")).status, 200); // literals ignore case
        QCOMPARE(carol.get(QStringLiteral("/Default/_apis/Release/definitions?api-version=7.1")).status, 200);
        // Without a version in Accept, the query string's counts (curl users); Accept wins otherwise.
        QCOMPARE(carol
                     .send("GET", QStringLiteral("/Default/_apis/Release/definitions?api-version=99.0"), {},
                           {{QByteArray("Accept"), QByteArray("application/json")}})
                     .status,
                 400);
        QCOMPARE(carol
                     .send("GET", QStringLiteral("/Default/_apis/Release/definitions"), {},
                           {{QByteArray("Accept"), QByteArray("application/json;api-version=2.0")}})
                     .status,
                 400);
        QCOMPARE(carol.get(QStringLiteral("/Nope/_apis/Release/definitions")).status, 404);
        Reply define = carol.post(api + QStringLiteral("/definitions"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(define.status, 400); // neither an Azure definition nor a pipeline document
        QVERIFY2(define.message().contains(QStringLiteral("environments")), qPrintable(define.message()));
    }

    void definitions() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        Reply list = keep(carol.get(api + QStringLiteral("/definitions")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.values().size(), 1);
        const QJsonObject summary = list.values().first().toObject();
        QCOMPARE(summary.value(QStringLiteral("name")).toString(), QStringLiteral("Web"));
        QVERIFY(!summary.contains(QStringLiteral("environments")));
        Reply expanded = keep(carol.get(api + QStringLiteral("/definitions?%24expand=environments")));
        QCOMPARE(expanded.values().first().toObject().value(QStringLiteral("environments")).toArray().size(), 3);
        const qint64 id = summary.value(QStringLiteral("id")).toInteger();
        Reply item = keep(carol.get(api + QStringLiteral("/definitions/%1").arg(id)));
        QCOMPARE(item.status, 200);
        const QJsonArray environments = item.object().value(QStringLiteral("environments")).toArray();
        QCOMPARE(environments.at(0).toObject().value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(environments.at(1)
                     .toObject()
                     .value(QStringLiteral("conditions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("conditionType"))
                     .toString(),
                 QStringLiteral("environmentState"));
        QCOMPARE(environments.at(2)
                     .toObject()
                     .value(QStringLiteral("deployPhases"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("workflowTasks"))
                     .toArray()
                     .size(),
                 2);
        const QJsonObject password =
            item.object().value(QStringLiteral("variables")).toObject().value(QStringLiteral("dbPassword")).toObject();
        QVERIFY(password.value(QStringLiteral("isSecret")).toBool());
        QVERIFY(password.value(QStringLiteral("value")).isNull());
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/999")).status, 404);
        QCOMPARE(carol.get(api + QStringLiteral("/definitions/abc")).status, 400);
        QCOMPARE(carol.get(api + QStringLiteral("/definitions?searchText=nomatch")).values().size(), 0);
        for (const QByteArray &body : std::as_const(m_bodies))
            QVERIFY(!body.contains(secretValue.toUtf8()));
    }

    void releasesCreateListPageAndUpdate() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        QVERIFY(keep(carol.post(QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/app/versions"),
                                QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                                            {QStringLiteral("branch"), QStringLiteral("main")},
                                            {QStringLiteral("tags"), QJsonArray{QStringLiteral("ok")}}}))
                    .status == 201);
        QJsonObject body = createBody(1, {QStringLiteral("QA"), QStringLiteral("Prod")});
        body.insert(QStringLiteral("artifacts"),
                    QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                           {QStringLiteral("instanceReference"),
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("1.0")}}}}});
        QSignalSpy announced(&f.env.services->notifier, &ChangeNotifier::releaseCreated);
        Reply created = keep(carol.post(api + QStringLiteral("/releases"), body));
        QCOMPARE(created.status, 200);
        QCOMPARE(announced.size(), 1); // a lone client: served at once, the listeners told once
        const QJsonObject release = created.object();
        QCOMPARE(release.value(QStringLiteral("name")).toString(), QStringLiteral("Release-1"));
        QCOMPARE(release.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(release.value(QStringLiteral("createdBy")).toObject().value(QStringLiteral("uniqueName")).toString(),
                 QStringLiteral("carol"));
        QCOMPARE(environmentNamed(release, QStringLiteral("Prod")).value(QStringLiteral("isManual")).toBool(), true);
        QCOMPARE(release.value(QStringLiteral("artifacts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("definitionReference"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("1.0"));
        QCOMPARE(release.value(QStringLiteral("variables"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("debug"));
        const qint64 id = release.value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(f.engine->stageStatus(id, QStringLiteral("QA")),
                 QStringLiteral("notStarted")); // manual for this release

        // Errors name what is wrong.
        Reply unknown = carol.post(api + QStringLiteral("/releases"), createBody(42));
        QCOMPARE(unknown.status, 404);
        Reply typed = carol.post(api + QStringLiteral("/releases"),
                                 QJsonObject{{QStringLiteral("definitionId"), QStringLiteral("1")}});
        QCOMPARE(typed.status, 400);
        QVERIFY(typed.message().contains(QStringLiteral("definitionId")));
        QJsonObject badManual = createBody(1);
        badManual.insert(QStringLiteral("manualEnvironments"), QJsonArray{QStringLiteral("Nope")});
        QCOMPARE(carol.post(api + QStringLiteral("/releases"), badManual).status, 404);
        QJsonObject badVersion = createBody(1);
        badVersion.insert(QStringLiteral("artifacts"),
                          QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                 {QStringLiteral("instanceReference"), QStringLiteral("1.0")}}});
        Reply version = carol.post(api + QStringLiteral("/releases"), badVersion);
        QCOMPARE(version.status, 400);
        QVERIFY(version.message().contains(QStringLiteral("artifacts[0].instanceReference")));

        // Paging: three more releases, two per page.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(carol.post(api + QStringLiteral("/releases"), createBody(1, {QStringLiteral("QA")})).status, 200);
        Reply first = keep(carol.get(api + QStringLiteral("/releases?definitionId=1&%24top=2")));
        QCOMPARE(first.values().size(), 2);
        QCOMPARE(first.values().first().toObject().value(QStringLiteral("id")).toInt(), 4);
        QCOMPARE(first.headers.value("x-ms-continuationtoken"), QByteArray("2"));
        Reply second = carol.get(api + QStringLiteral("/releases?definitionId=1&%24top=2&continuationToken=2"));
        QCOMPARE(second.values().size(), 2);
        QVERIFY(!second.headers.contains("x-ms-continuationtoken"));
        Reply ascending = carol.get(api + QStringLiteral("/releases?queryOrder=ascending&%24top=1"));
        QCOMPARE(ascending.values().first().toObject().value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(carol.get(QStringLiteral("/_apis/Release/releases?%24top=10")).values().size(), 4); // collection level

        // Update: keep forever, rename, abandon; a conflict while a deployment runs is a 409.
        Reply kept = keep(carol.patch(api + QStringLiteral("/releases/%1").arg(id),
                                      QJsonObject{{QStringLiteral("keepForever"), true}}));
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.object().value(QStringLiteral("keepForever")).toBool(), true);
        Reply renamed = carol.send("PUT", api + QStringLiteral("/releases/%1").arg(id),
                                   RestClient::json(QJsonObject{{QStringLiteral("name"), QStringLiteral("Hotfix 1")}}));
        QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(), QStringLiteral("Hotfix 1"));
        Reply abandoned =
            carol.patch(api + QStringLiteral("/releases/%1").arg(id), QJsonObject{{QStringLiteral("status"), 4}});
        QCOMPARE(abandoned.object().value(QStringLiteral("status")).toString(), QStringLiteral("abandoned"));
        QCOMPARE(carol.get(api + QStringLiteral("/releases?statusFilter=abandoned")).values().size(), 1);
        QCOMPARE(carol.get(api + QStringLiteral("/releases?statusFilter=bogus")).status, 400);
        QCOMPARE(carol.get(api + QStringLiteral("/releases/999")).status, 404);
        QCOMPARE(carol.get(api + QStringLiteral("/releases/0")).status, 400);
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1").arg(id),
                            QJsonObject{{QStringLiteral("keepForever"), QStringLiteral("yes")}})
                     .status,
                 400);

        // Drafts start when set active.
        QJsonObject draft = createBody(1);
        draft.insert(QStringLiteral("isDraft"), true);
        Reply drafted = carol.post(api + QStringLiteral("/releases"), draft);
        QCOMPARE(drafted.object().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        const qint64 draftId = drafted.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1").arg(draftId),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("Active")}})
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));
        for (const QByteArray &answer : std::as_const(m_bodies))
            QVERIFY(!answer.contains(secretValue.toUtf8()));
    }

    void environmentsApprovalsAndDeployments() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        RestClient bob = f.client(QStringLiteral("bob"));
        const QJsonObject release = carol.post(api + QStringLiteral("/releases"), createBody(1)).object();
        const qint64 id = release.value(QStringLiteral("id")).toInteger();
        const qint64 qa = environmentNamed(release, QStringLiteral("QA")).value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(bob.get(api + QStringLiteral("/approvals?assignedToFilter=bob")).values().size() == 1,
                                 waitMs);
        const QJsonObject pending =
            bob.get(api + QStringLiteral("/approvals?assignedToFilter=bob")).values().first().toObject();
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("approvalType")).toString(), QStringLiteral("preDeploy"));
        QCOMPARE(
            carol
                .get(api +
                     QStringLiteral("/approvals?statusFilter=pending&typeFilter=preDeploy&releaseIdsFilter=%1").arg(id))
                .values()
                .size(),
            2);
        QCOMPARE(carol.get(api + QStringLiteral("/approvals?statusFilter=approved")).values().size(), 0);
        QCOMPARE(carol.get(api + QStringLiteral("/approvals?typeFilter=sideways")).status, 400);

        // The requester is refused, and told which rule refuses.
        const QJsonObject carols =
            carol.get(api + QStringLiteral("/approvals?assignedToFilter=carol")).values().first().toObject();
        Reply refused = carol.patch(
            api + QStringLiteral("/approvals/%1").arg(carols.value(QStringLiteral("id")).toInteger()),
            QJsonObject{{QStringLiteral("status"), 2}, {QStringLiteral("comments"), QStringLiteral("mine")}});
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.message().contains(QStringLiteral("requester cannot approve")), qPrintable(refused.message()));
        QCOMPARE(bob.patch(api + QStringLiteral("/approvals/%1").arg(pending.value(QStringLiteral("id")).toInteger()),
                           QJsonObject{{QStringLiteral("status"), QStringLiteral("maybe")}})
                     .status,
                 400);

        // Deferral through the environment, only while an approval is pending.
        const QString when = f.env.clock.now().addSecs(3600).toString(Qt::ISODate);
        Reply deferred = bob.patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                                   QJsonObject{{QStringLiteral("scheduledDeploymentTime"), when},
                                               {QStringLiteral("comment"), QStringLiteral("later")}});
        QCOMPARE(deferred.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("QA")), QStringLiteral("scheduled"), waitMs);
        Reply again = bob.patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                                QJsonObject{{QStringLiteral("scheduledDeploymentTime"), when}});
        QCOMPARE(again.status, 409);
        f.env.clock.advanceBy(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("QA")), QStringLiteral("succeeded"), waitMs);
        Reply approval = carol.get(
            api +
            QStringLiteral("/approvals/%1?includeHistory=true").arg(pending.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(approval.object().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(approval.object()
                     .value(QStringLiteral("approvedBy"))
                     .toObject()
                     .value(QStringLiteral("uniqueName"))
                     .toString(),
                 QStringLiteral("bob"));
        QVERIFY(approval.object().value(QStringLiteral("history")).toArray().size() >= 2);
        QCOMPARE(carol.get(api + QStringLiteral("/approvals/9999")).status, 404);

        // Redeploy QA through the environment, then cancel it while it waits for approval.
        Reply notSettable =
            carol.patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("inProgress")},
                                    {QStringLiteral("variables"),
                                     QJsonObject{{QStringLiteral("dbPassword"),
                                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}}}}});
        QCOMPARE(notSettable.status, 400);
        QVERIFY(
            notSettable.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("dbPassword")));
        Reply redeploy =
            carol.patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("inProgress")},
                                    {QStringLiteral("comment"), QStringLiteral("again")},
                                    {QStringLiteral("variables"),
                                     QJsonObject{{QStringLiteral("level"),
                                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("debug")}}}}}});
        QCOMPARE(redeploy.status, 200);
        QCOMPARE(f.engine->latest(id, QStringLiteral("QA")).variables.value(QStringLiteral("level")).toString(),
                 QStringLiteral("debug"));
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("QA")) == QLatin1String("queued") &&
                                     pendingFor(*f.engine, id, QStringLiteral("QA"), QStringLiteral("bob")).has_value(),
                                 waitMs);
        Reply canceled = carol.patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                                     QJsonObject{{QStringLiteral("status"), 8}});
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.object().value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1/environments/999").arg(id),
                            QJsonObject{{QStringLiteral("status"), 2}})
                     .status,
                 404);
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(qa),
                            QJsonObject{{QStringLiteral("status"), 16}})
                     .status,
                 400);

        // Deployments with their filters.
        Reply all = carol.get(api + QStringLiteral("/deployments"));
        QCOMPARE(all.values().size(), 3); // Dev, QA, QA again
        QCOMPARE(carol.get(api + QStringLiteral("/deployments?deploymentStatus=succeeded")).values().size(), 2);
        QCOMPARE(carol.get(api + QStringLiteral("/deployments?definitionEnvironmentId=2&latestAttemptsOnly=true"))
                     .values()
                     .size(),
                 1);
        Reply paged = carol.get(api + QStringLiteral("/deployments?%24top=1"));
        QCOMPARE(paged.values().size(), 1);
        QVERIFY(paged.headers.contains("x-ms-continuationtoken"));
        QCOMPARE(paged.values().first().toObject().value(QStringLiteral("operationStatus")).toString(),
                 QStringLiteral("canceled"));
        QCOMPARE(carol.get(api + QStringLiteral("/deployments?operationStatus=nonsense")).status, 400);
    }

    void interventionsGatesAndLogs() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        RestClient bob = f.client(QStringLiteral("bob"));
        const QJsonObject release =
            carol.post(api + QStringLiteral("/releases"), createBody(1, {QStringLiteral("QA")})).object();
        const qint64 id = release.value(QStringLiteral("id")).toInteger();
        const qint64 prod = environmentNamed(release, QStringLiteral("Prod")).value(QStringLiteral("id")).toInteger();
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1/environments/%2").arg(id).arg(prod),
                            QJsonObject{{QStringLiteral("status"), 2}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.env.services->approvals.gateEvaluations(f.engine->latest(id, QStringLiteral("Prod")).id)->isEmpty(),
            waitMs);
        const qint64 deployment = f.engine->latest(id, QStringLiteral("Prod")).id;
        Reply badGate = carol.patch(api + QStringLiteral("/gates/%1").arg(deployment * 2),
                                    QJsonObject{{QStringLiteral("gatesToIgnore"), QJsonArray{QStringLiteral("Nope")}},
                                                {QStringLiteral("comment"), QStringLiteral("x")}});
        QCOMPARE(badGate.status, 404);
        Reply gates = carol.patch(api + QStringLiteral("/gates/%1").arg(deployment * 2),
                                  QJsonObject{{QStringLiteral("gatesToIgnore"), QJsonArray{QStringLiteral("Window")}},
                                              {QStringLiteral("comment"), QStringLiteral("CAB said yes")}});
        QCOMPARE(gates.status, 200);
        QCOMPARE(gates.object()
                     .value(QStringLiteral("ignoredGates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Window"));
        f.env.clock.advanceBy(10 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(toString(f.engine->latest(id, QStringLiteral("Prod")).operationStatus),
                                  QStringLiteral("pendingIntervention"), waitMs);

        Reply interventions = keep(carol.get(api + QStringLiteral("/releases/%1/manualInterventions").arg(id)));
        QCOMPARE(interventions.values().size(), 1);
        const QJsonObject intervention = interventions.values().first().toObject();
        QCOMPARE(intervention.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(intervention.value(QStringLiteral("instructions")).toString(), QStringLiteral("Check, then resume."));
        const qint64 mi = intervention.value(QStringLiteral("id")).toInteger();
        QCOMPARE(carol
                     .patch(api + QStringLiteral("/releases/%1/manualInterventions/%2").arg(id).arg(mi),
                            QJsonObject{{QStringLiteral("status"), 4}})
                     .status,
                 403);
        Reply resumed = bob.patch(api + QStringLiteral("/releases/%1/manualInterventions/%2").arg(id).arg(mi),
                                  QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                              {QStringLiteral("comment"), QStringLiteral("fine")}});
        QCOMPARE(resumed.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(id, QStringLiteral("Prod")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(carol.get(api + QStringLiteral("/releases/%1/manualInterventions/%2").arg(id).arg(mi))
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("approved"));
        QCOMPARE(carol.get(api + QStringLiteral("/releases/%1/manualInterventions/999").arg(id)).status, 404);

        Reply zip = carol.send("GET", api + QStringLiteral("/releases/%1/logs").arg(id), {},
                               {{"Accept", "application/zip;api-version=7.2-preview.2"}});
        QCOMPARE(zip.status, 200);
        QCOMPARE(zip.headers.value("content-type"), QByteArray("application/zip"));
        QVERIFY(zip.body.startsWith("PK\x03\x04"));
        QVERIFY(zip.body.contains("Prod/Attempt 1/01_Echo.log"));
        QVERIFY(zip.body.contains("deploying Release-1"));
        const TaskRunRecord echo = f.env.services->deployments.taskRuns(deployment)->at(1);
        QCOMPARE(echo.name, QStringLiteral("Echo"));
        Reply text = carol.send(
            "GET", api + QStringLiteral("/releases/%1/environments/%2/tasks/%3/logs").arg(id).arg(prod).arg(echo.id),
            {}, {{"Accept", "text/plain;api-version=7.2-preview.2"}});
        QCOMPARE(text.status, 200);
        QVERIFY(text.body.contains("deploying Release-1"));
        QCOMPARE(carol
                     .get(api + QStringLiteral("/releases/%1/environments/%2/deployPhases/1/tasks/%3/logs")
                                    .arg(id)
                                    .arg(prod)
                                    .arg(echo.id))
                     .status,
                 200);
        QCOMPARE(
            carol.get(api + QStringLiteral("/releases/%1/environments/%2/tasks/99999/logs").arg(id).arg(prod)).status,
            404);
        for (const QByteArray &answer : std::as_const(m_bodies))
            QVERIFY(!answer.contains(secretValue.toUtf8()));
    }

    void artifactPush() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        const QString route = QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/app/versions");
        Reply pushed = carol.post(route, QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")},
                                                     {QStringLiteral("commit"), QStringLiteral("abc")}});
        QCOMPARE(pushed.status, 201);
        QCOMPARE(pushed.object().value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(carol.post(route, QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")}}).status, 409);
        QCOMPARE(carol.post(route, QJsonObject{{QStringLiteral("version"), 2}}).status, 400);
        QCOMPARE(carol
                     .post(route, QJsonObject{{QStringLiteral("version"), QStringLiteral("3")},
                                              {QStringLiteral("tags"), QStringLiteral("x")}})
                     .status,
                 400);
        QCOMPARE(carol
                     .post(QStringLiteral("/Default/_apis/slipway/pipelines/Nope/artifacts/app/versions"),
                           QJsonObject{{QStringLiteral("version"), QStringLiteral("1")}})
                     .status,
                 404);
        QCOMPARE(carol
                     .post(QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/zzz/versions"),
                           QJsonObject{{QStringLiteral("version"), QStringLiteral("1")}})
                     .status,
                 404);
    }

    void sixteenConcurrentClientsCreateAndDeploy() {
        RestFixture f;
        constexpr int clients = 16, perClient = 5;
        // Concurrent creations share commits (a group, each request a savepoint): refused ones among
        // them change nothing, and listeners hear of each release once, after its commit.
        QSignalSpy created(&f.env.services->notifier, &ChangeNotifier::releaseCreated);
        QList<QNetworkAccessManager *> managers;
        QList<QNetworkReply *> replies, refused;
        QStringList names;
        for (int c = 0; c < clients; ++c) {
            auto *manager = new QNetworkAccessManager(this);
            managers << manager;
            for (int i = 0; i <= perClient; ++i) {
                QNetworkRequest request(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/DefaultCollection%2/releases").arg(f.port).arg(api)));
                request.setRawHeader("Authorization", "Bearer " + f.tokens.value(QStringLiteral("carol")).toUtf8());
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                if (i == c % perClient) // one refused request per client, among its valid ones
                    refused << manager->post(request, RestClient::json(createBody(1, {QStringLiteral("Nowhere")})));
                else
                    replies << manager->post(request, RestClient::json(createBody(1, {QStringLiteral("QA")})));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }) &&
                std::all_of(refused.cbegin(), refused.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
            60000);
        for (QNetworkReply *reply : std::as_const(refused)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QVERIFY(reply->readAll().contains("Nowhere"));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            names << QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(created.size(), clients * perClient);
        QStringList expected;
        for (int i = 1; i <= clients * perClient; ++i)
            expected << QStringLiteral("Release-%1").arg(i);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.mid(8).toInt() < b.mid(8).toInt(); });
        QCOMPARE(sorted, expected); // none lost, none duplicated, numbered without gaps
        QCOMPARE(f.env.services->releases.list(QStringLiteral("Web"), 1000)->size(), clients * perClient);
        // Every Dev deployment ran exactly once.
        for (int i = 1; i <= clients * perClient; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(f.engine->stageStatus(i, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                      waitMs);
        for (int i = 1; i <= clients * perClient; ++i)
            QCOMPARE(f.engine->stage(i, QStringLiteral("Dev")).deployments.size(), 1);
        qDeleteAll(managers);
    }
};

QTEST_GUILESS_MAIN(RestTest)
#include "tst_rest.moc"
