#pragma once

#include "approvalpipelines.h"
#include "restclient.h"
#include "restserver.h"

namespace slipway::testing {

inline const QString secretValue = QStringLiteral("s3cr3t-value-xyz");

// The pipeline the REST tests drive: Dev (after release) → QA (approval by bob or carol) → Prod (manual,
// with a gate and a manual intervention), a push source, and a secret variable.
inline QByteArray restPipeline() {
    const QJsonObject qaApprovals{
        {QStringLiteral("approvers"), QJsonArray{QStringLiteral("bob"), QStringLiteral("carol")}},
        {QStringLiteral("order"), QStringLiteral("anyOne")}};
    const QJsonObject gate{{QStringLiteral("name"), QStringLiteral("Window")},
                           {QStringLiteral("type"), QStringLiteral("script")},
                           {QStringLiteral("script"), QStringLiteral("false")}};
    const QJsonObject gates{{QStringLiteral("samplingInterval"), QStringLiteral("10s")},
                            {QStringLiteral("gates"), QJsonArray{gate}}};
    const QJsonObject intervention{{QStringLiteral("name"), QStringLiteral("Sign-off")},
                                   {QStringLiteral("type"), QStringLiteral("manualIntervention")},
                                   {QStringLiteral("instructions"), QStringLiteral("Check, then resume.")},
                                   {QStringLiteral("approvers"), QJsonArray{QStringLiteral("bob")}}};
    const QJsonObject echo{{QStringLiteral("name"), QStringLiteral("Echo")},
                           {QStringLiteral("type"), QStringLiteral("script")},
                           {QStringLiteral("script"), QStringLiteral("echo deploying $(Release.ReleaseName)")}};
    QJsonObject prod =
        approvalStage(QStringLiteral("Prod"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}},
                      {{QStringLiteral("preGates"), gates}});
    prod.insert(QStringLiteral("tasks"), QJsonArray{echo, intervention});
    QJsonObject dev = approvalStage(QStringLiteral("Dev"), triggerAfterRelease());
    dev.insert(QStringLiteral("tasks"), QJsonArray{echo});
    const QJsonObject pipeline{
        {QStringLiteral("name"), QStringLiteral("Web")},
        {QStringLiteral("variables"),
         QJsonObject{{QStringLiteral("dbPassword"),
                      QJsonObject{{QStringLiteral("value"), secretValue}, {QStringLiteral("secret"), true}}},
                     {QStringLiteral("level"), QJsonObject{{QStringLiteral("value"), QStringLiteral("info")},
                                                           {QStringLiteral("settableAtRelease"), true}}}}},
        {QStringLiteral("artifacts"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                             {QStringLiteral("type"), QStringLiteral("push")}}}},
        {QStringLiteral("stages"), QJsonArray{dev,
                                              approvalStage(QStringLiteral("QA"), triggerAfter(QStringLiteral("Dev")),
                                                            {{QStringLiteral("preApprovals"), qaApprovals}}),
                                              prod}}};
    return QJsonDocument(pipeline).toJson();
}

// A REST server in the test's thread over a fresh database, an engine beside it, and tokens.
class RestFixture final {
public:
    RestFixture() : server(*env.services) {
        addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
        // A token acts with its user's team role, and a user with no login of the team acts as a member
        // (docs/rest-api.md#team-roles): here they are logins of the owner's role, whatever ran first on the server.
        if (env.isPostgres())
            for (const char *user : {"alice", "bob", "carol"})
                loginUri(env.location(), QString::fromLatin1(user));
        if (!env.save(restPipeline(), QStringLiteral("carol")))
            qFatal("the REST test pipeline is invalid");
        for (const char *user : {"alice", "bob", "carol"})
            tokens.insert(
                QString::fromLatin1(user),
                env.services->directory.createToken(QStringLiteral("test"), Identity{QString::fromLatin1(user)})
                    ->secret);
        port = *server.listen(QHostAddress::LocalHost, 0);
        engine = std::make_unique<EngineFixture>(env);
    }

    RestClient client(const QString &user) { return RestClient(port, tokens.value(user)); }

    TestEnvironment env;
    rest::RestServer server;
    QHash<QString, QString> tokens;
    quint16 port = 0;
    std::unique_ptr<EngineFixture> engine;
};

} // namespace slipway::testing
