// A corpus of malformed requests: broken JSON, wrong types, huge bodies, invalid UTF-8, bad enums,
// bad ids, bad auth, unknown routes and wrong methods. Each must get a 4xx JSON error with a message,
// and the server must still answer afterwards.
#include "restfixture.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {

struct Case final {
    QString name;
    QByteArray method;
    QString path;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool authenticate = true;
    int expected = 0; // 0: any 4xx
};

QList<Case> corpus(qint64 release, qint64 environment, qint64 approval) {
    const QString api = QStringLiteral("/Default/_apis/Release");
    QList<Case> cases;
    const QList<QByteArray> brokenBodies{
        "",
        "{",
        "[",
        "}",
        "nul",
        "null",
        "1",
        "-1",
        "\"x\"",
        "true",
        "[]",
        "{\"a\":}",
        "{'a':1}",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,2",
        "\xff\xfe{}",
        "{\"x\":\"\xc3\x28\"}",
        "\x00\x01\x02",
        "{\"status\":\"\\ud800\"}",
        QByteArray(5000, '['),
        "{\"a\":" + QByteArray(3000, '[') + "}",
        "\t\n  \r",
        "{\"definitionId\":1}garbage",
    };
    const QList<std::pair<QByteArray, QString>> bodyRoutes{
        {"POST", api + QStringLiteral("/releases")},
        {"PATCH", api + QStringLiteral("/releases/%1").arg(release)},
        {"PUT", api + QStringLiteral("/releases/%1").arg(release)},
        {"PATCH", api + QStringLiteral("/releases/%1/environments/%2").arg(release).arg(environment)},
        {"PATCH", api + QStringLiteral("/approvals/%1").arg(approval)},
        {"PATCH", api + QStringLiteral("/approvals")},
        {"PATCH", api + QStringLiteral("/gates/2")},
        {"PATCH", api + QStringLiteral("/releases/%1/manualInterventions/1").arg(release)},
        {"POST", QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/app/versions")},
    };
    for (const auto &[method, path] : bodyRoutes)
        for (qsizetype i = 0; i < brokenBodies.size(); ++i)
            cases.append({QStringLiteral("broken body %1 on %2 %3").arg(i).arg(QString::fromLatin1(method), path),
                          method,
                          path,
                          brokenBodies.at(i),
                          {},
                          true,
                          0});

    // Wrong types and bad enums, field by field.
    const QList<std::pair<QString, QByteArray>> typed{
        {api + QStringLiteral("/releases"), "{\"definitionId\":\"1\"}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1.5}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":0}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":-3}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1e300}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"isDraft\":\"yes\"}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"description\":7}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"manualEnvironments\":\"QA\"}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"manualEnvironments\":[1]}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"manualEnvironments\":[\"Nope\"]}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"artifacts\":{}}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"artifacts\":[1]}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"artifacts\":[{\"alias\":\"app\"}]}"},
        {api + QStringLiteral("/releases"),
         "{\"definitionId\":1,\"artifacts\":[{\"alias\":\"app\",\"instanceReference\":{\"name\":\"9.9\"}}]}"},
        {api + QStringLiteral("/releases"),
         "{\"definitionId\":1,\"artifacts\":[{\"alias\":\"zzz\",\"instanceReference\":{\"name\":\"1\"}}]}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"variables\":[]}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"variables\":{\"level\":{\"value\":3}}}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"variables\":{\"dbPassword\":{\"value\":\"x\"}}}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":1,\"variables\":{\"unknown\":{\"value\":\"x\"}}}"},
        {api + QStringLiteral("/releases"), "{\"definitionId\":999999999999}"},
    };
    for (const auto &[path, body] : typed)
        cases.append({QStringLiteral("typed %1").arg(QString::fromUtf8(body)), "POST", path, body, {}, true, 0});
    const QString releasePath = api + QStringLiteral("/releases/%1").arg(release);
    for (const QByteArray &body : QList<QByteArray>{
             "{\"status\":\"gone\"}", "{\"status\":99}", "{\"status\":true}", "{\"status\":1}", "{\"keepForever\":1}",
             "{\"keepForever\":\"true\"}", "{\"name\":5}", "{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"status\":[4]}"})
        cases.append({QStringLiteral("release update %1").arg(QString::fromUtf8(body)),
                      "PATCH",
                      releasePath,
                      body,
                      {},
                      true,
                      0});
    const QString environmentPath = api + QStringLiteral("/releases/%1/environments/%2").arg(release).arg(environment);
    for (const QByteArray &body : QList<QByteArray>{
             "{}", "{\"status\":\"sideways\"}", "{\"status\":16}", "{\"status\":4}", "{\"comment\":3,\"status\":2}",
             "{\"scheduledDeploymentTime\":\"tomorrow\"}", "{\"scheduledDeploymentTime\":5}", "{\"status\":{}}",
             "{\"status\":\"inProgress,canceled\"}"})
        cases.append({QStringLiteral("environment update %1").arg(QString::fromUtf8(body)),
                      "PATCH",
                      environmentPath,
                      body,
                      {},
                      true,
                      0});
    const QString approvalPath = api + QStringLiteral("/approvals/%1").arg(approval);
    for (const QByteArray &body :
         QList<QByteArray>{"{}", "{\"status\":\"maybe\"}", "{\"status\":1}", "{\"status\":6}",
                           "{\"status\":2,\"comments\":5}", "{\"status\":4,\"deferredDate\":\"x\"}",
                           "{\"status\":\"approved\",\"deferredDate\":7}", "{\"status\":null}"})
        cases.append({QStringLiteral("approval update %1").arg(QString::fromUtf8(body)),
                      "PATCH",
                      approvalPath,
                      body,
                      {},
                      true,
                      0});
    for (const QByteArray &body : QList<QByteArray>{"{}", "[{}]", "[{\"id\":\"1\"}]", "[{\"id\":0,\"status\":2}]",
                                                    "[{\"id\":999,\"status\":2}]", "[1,2]", "[null]"})
        cases.append({QStringLiteral("approvals update %1").arg(QString::fromUtf8(body)),
                      "PATCH",
                      api + QStringLiteral("/approvals"),
                      body,
                      {},
                      true,
                      0});
    for (const QByteArray &body :
         QList<QByteArray>{"{}", "{\"gatesToIgnore\":\"Window\"}", "{\"gatesToIgnore\":[]}", "{\"gatesToIgnore\":[1]}",
                           "{\"gatesToIgnore\":[\"Window\"],\"comment\":3}"})
        cases.append({QStringLiteral("gates %1").arg(QString::fromUtf8(body)),
                      "PATCH",
                      api + QStringLiteral("/gates/2"),
                      body,
                      {},
                      true,
                      0});
    for (const QByteArray &body :
         QList<QByteArray>{"{}", "{\"version\":1}", "{\"version\":\"\"}", "{\"version\":\"1\",\"tags\":\"x\"}",
                           "{\"version\":\"1\",\"tags\":[1]}", "{\"version\":\"1\",\"branch\":[]}",
                           "{\"version\":\"1\",\"url\":{}}", "{\"version\":\"1\",\"commit\":false}"})
        cases.append({QStringLiteral("push %1").arg(QString::fromUtf8(body)),
                      "POST",
                      QStringLiteral("/Default/_apis/slipway/pipelines/Web/artifacts/app/versions"),
                      body,
                      {},
                      true,
                      0});

    // Ids: zero, negative, huge, not numbers.
    for (const QString &id :
         {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("99999999999999999999"), QStringLiteral("abc"),
          QStringLiteral("1.5"), QStringLiteral("%2500"), QStringLiteral("1e3"), QStringLiteral("9007199254740993"),
          QStringLiteral("%20"), QStringLiteral("0x10")})
        for (const QString &path :
             QStringList{api + QStringLiteral("/releases/") + id, api + QStringLiteral("/definitions/") + id,
                         api + QStringLiteral("/approvals/") + id,
                         api + QStringLiteral("/releases/%1/environments/").arg(release) + id,
                         api + QStringLiteral("/releases/") + id + QStringLiteral("/logs"),
                         api + QStringLiteral("/releases/") + id + QStringLiteral("/manualInterventions")})
            cases.append({QStringLiteral("id %1 in %2").arg(id, path), "GET", path, {}, {}, true, 0});

    // Bad query values.
    for (const QString &query :
         {QStringLiteral("releases?statusFilter=bogus"), QStringLiteral("releases?queryOrder=7"),
          QStringLiteral("releases?%24top=-1"), QStringLiteral("releases?%24top=abc"),
          QStringLiteral("releases?definitionId=x"), QStringLiteral("releases?continuationToken=-5"),
          QStringLiteral("approvals?typeFilter=x"), QStringLiteral("approvals?statusFilter=nope"),
          QStringLiteral("approvals?top=0"), QStringLiteral("approvals?releaseIdsFilter=a,b"),
          QStringLiteral("deployments?deploymentStatus=x"), QStringLiteral("deployments?operationStatus=x"),
          QStringLiteral("deployments?queryOrder=up"), QStringLiteral("deployments?%24top=0"),
          QStringLiteral("definitions?%24expand=everything"), QStringLiteral("definitions?%24top=-2")})
        cases.append({QStringLiteral("query %1").arg(query), "GET", api + QLatin1Char('/') + query, {}, {}, true, 400});

    // Authentication.
    const QList<QByteArray> badAuth{"",
                                    "Basic",
                                    "Basic !!!",
                                    "Basic " + QByteArray(":wrong").toBase64(),
                                    "Bearer",
                                    "Bearer nope",
                                    "Digest abc",
                                    "basic " + QByteArray(":x").toBase64(),
                                    "Bearer " + QByteArray(300, 'a'),
                                    "Basic " + QByteArray("no-colon").toBase64()};
    for (qsizetype i = 0; i < badAuth.size(); ++i)
        for (const QString &path : QStringList{api + QStringLiteral("/definitions"), api + QStringLiteral("/releases"),
                                               QStringLiteral("/_apis/connectionData")})
            cases.append({QStringLiteral("auth %1 on %2").arg(i).arg(path),
                          "GET",
                          path,
                          {},
                          badAuth.at(i).isEmpty()
                              ? QList<std::pair<QByteArray, QByteArray>>{}
                              : QList<std::pair<QByteArray, QByteArray>>{{"Authorization", badAuth.at(i)}},
                          false,
                          401});

    // Unknown routes and wrong methods.
    for (const QString &path : {QStringLiteral("/Default/_apis/Release/nothing"), QStringLiteral("/Default/_apis"),
                                QStringLiteral("/Default"), QStringLiteral("/Default/_apis/Release/releases/1/nothing"),
                                QStringLiteral("/Default/_apis/Other/releases"), QStringLiteral("/_apis/unknown"),
                                QStringLiteral("/Default/_apis/Release/releases/1/environments"),
                                QStringLiteral("/Default/_apis/slipway/pipelines")})
        cases.append({QStringLiteral("unknown %1").arg(path), "GET", path, {}, {}, true, 404});
    const QList<std::pair<QByteArray, QString>> wrongMethods{
        {"DELETE", api + QStringLiteral("/releases")},     {"PUT", api + QStringLiteral("/releases")},
        {"POST", api + QStringLiteral("/releases/1")},     {"DELETE", api + QStringLiteral("/releases/1")},
        {"POST", api + QStringLiteral("/approvals/1")},    {"PUT", api + QStringLiteral("/deployments")},
        {"POST", QStringLiteral("/_apis/health")},         {"GET", QStringLiteral("/_apis/Location")},
        {"POST", api + QStringLiteral("/gates/2")},        {"GET", api + QStringLiteral("/gates/2")},
        {"PATCH", api + QStringLiteral("/definitions/1")}, {"DELETE", api + QStringLiteral("/definitions")}};
    for (const auto &[method, path] : wrongMethods)
        cases.append(
            {QStringLiteral("method %1 %2").arg(QString::fromLatin1(method), path), method, path, {}, {}, true, 405});

    // Bad api-versions.
    for (const QByteArray &accept : QList<QByteArray>{
             "application/json;api-version=abc", "application/json;api-version=9.9", "application/json;api-version=2.0",
             "application/json;api-version=7", "application/json;api-version=7.1-beta"})
        cases.append({QStringLiteral("accept %1").arg(QString::fromLatin1(accept)),
                      "GET",
                      api + QStringLiteral("/definitions"),
                      {},
                      {{"Accept", accept}},
                      true,
                      400});

    // Bodies over 1 MiB.
    for (const QByteArray &method : QList<QByteArray>{"POST", "PATCH", "PUT"})
        cases.append({QStringLiteral("huge body %1").arg(QString::fromLatin1(method)),
                      method,
                      api + QStringLiteral("/releases"),
                      "{\"description\":\"" + QByteArray(1100 * 1024, 'x') + "\"}",
                      {},
                      true,
                      413});
    return cases;
}

} // namespace

class RestCorpusTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMalformedRequestGetsAJsonClientError() {
        RestFixture f;
        RestClient carol = f.client(QStringLiteral("carol"));
        const QJsonObject release = carol
                                        .post(QStringLiteral("/Default/_apis/Release/releases"),
                                              QJsonObject{{QStringLiteral("definitionId"), 1}})
                                        .object();
        const qint64 releaseId = release.value(QStringLiteral("id")).toInteger();
        QVERIFY(releaseId > 0);
        const qint64 environment = release.value(QStringLiteral("environments"))
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            pendingFor(*f.engine, releaseId, QStringLiteral("QA"), QStringLiteral("bob")).has_value(), 15000);
        const qint64 approval = pendingFor(*f.engine, releaseId, QStringLiteral("QA"), QStringLiteral("bob"))->id;

        const QList<Case> cases = corpus(releaseId, environment, approval);
        qInfo("%lld malformed requests", qint64(cases.size()));
        QVERIFY(cases.size() >= 300);
        int checked = 0;
        for (const Case &c : cases) {
            RestClient client(f.port, c.authenticate ? f.tokens.value(QStringLiteral("alice")) : QString());
            const Reply reply = client.send(c.method, c.path, c.body, c.headers, c.authenticate);
            const bool clientError = reply.status >= 400 && reply.status < 500;
            QVERIFY2(clientError, qPrintable(QStringLiteral("%1: status %2 %3")
                                                 .arg(c.name)
                                                 .arg(reply.status)
                                                 .arg(QString::fromUtf8(reply.body.left(200)))));
            if (c.expected)
                QVERIFY2(reply.status == c.expected, qPrintable(QStringLiteral("%1: status %2, expected %3 (%4)")
                                                                    .arg(c.name)
                                                                    .arg(reply.status)
                                                                    .arg(c.expected)
                                                                    .arg(reply.message())));
            if (reply.status != 404 || c.method != "HEAD") {
                QVERIFY2(reply.headers.value("content-type").startsWith("application/json"), qPrintable(c.name));
                QVERIFY2(!reply.message().isEmpty(), qPrintable(c.name + QStringLiteral(": no message in ") +
                                                                QString::fromUtf8(reply.body.left(200))));
            }
            ++checked;
        }
        QCOMPARE(checked, int(cases.size()));
        // Still serving, and nothing was changed by the bad requests.
        QCOMPARE(carol.get(QStringLiteral("/_apis/health")).status, 200);
        QCOMPARE(carol.get(QStringLiteral("/Default/_apis/Release/releases")).values().size(), 1);
        QCOMPARE(toString(f.env.services->approvals.approval(approval)->status), QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(RestCorpusTest)
#include "tst_restcorpus.moc"
