#include "samplepipeline.h"

#include "appsession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace slipway {

namespace {

Status writeVersion(const QString &drops, const QString &version) {
    const QString folder = drops + QLatin1Char('/') + version;
    if (!QDir().mkpath(folder))
        return Error::storage(QStringLiteral("cannot create %1").arg(folder));
    QFile page(folder + QStringLiteral("/index.html"));
    if (!page.exists()) {
        if (!page.open(QIODevice::WriteOnly))
            return Error::storage(QStringLiteral("cannot write %1").arg(page.fileName()));
        page.write(QStringLiteral("<h1>Sample web app %1</h1>\n").arg(version).toUtf8());
    }
    return {};
}

QJsonObject scriptTask(const QString &name, const QString &script) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("script")},
            {QStringLiteral("script"), script}};
}

QJsonObject stage(const QString &name, const QJsonObject &trigger, const QString &environment) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("trigger"), trigger},
            {QStringLiteral("tasks"),
             QJsonArray{
                 scriptTask(QStringLiteral("Deploy"), QStringLiteral("echo \"Deploying $(Release.ReleaseName) to %1\"; "
                                                                     "ls artifacts/web; sleep 2")
                                                          .arg(environment)),
                 scriptTask(QStringLiteral("Smoke test"),
                            QStringLiteral("echo \"Checking %1\"; sleep 1").arg(environment))}}};
}

QByteArray sampleDefinition(const QString &drops, const QString &approver) {
    const QJsonObject afterRelease{{QStringLiteral("type"), QStringLiteral("afterRelease")}};
    auto after = [](const QString &previous) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("afterStages")},
                           {QStringLiteral("stages"), QJsonArray{previous}}};
    };
    QJsonObject prod = stage(QStringLiteral("Prod"), after(QStringLiteral("QA")), QStringLiteral("production"));
    // Prod waits for the newcomer's own approval, to show the inbox; a sample may let the requester approve.
    prod.insert(QStringLiteral("preApprovals"), QJsonObject{{QStringLiteral("approvers"), QJsonArray{approver}},
                                                            {QStringLiteral("requesterCannotApprove"), false}});
    const QJsonObject definition{
        {QStringLiteral("name"), QStringLiteral("Sample web app")},
        {QStringLiteral("description"), QStringLiteral("A sample pipeline to try Slipway with")},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("appName"), QStringLiteral("sample-web")}}},
        {QStringLiteral("artifacts"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("web")},
                                                             {QStringLiteral("type"), QStringLiteral("folder")},
                                                             {QStringLiteral("path"), drops},
                                                             {QStringLiteral("primary"), true}}}},
        {QStringLiteral("stages"),
         QJsonArray{stage(QStringLiteral("Dev"), afterRelease, QStringLiteral("development")),
                    stage(QStringLiteral("QA"), after(QStringLiteral("Dev")), QStringLiteral("quality assurance")),
                    prod}}};
    return QJsonDocument(definition).toJson();
}

} // namespace

Result<qint64> ensureSamplePipeline(AppSession &session, const QString &dataFolder) {
    // A member writes no table of a team database: its admins choose its pipelines.
    if (session.store().role() == TeamRole::Member)
        return qint64(0);
    Result<qint64> count = session.store().pipelines().pipelineCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return qint64(0);
    const QString drops = dataFolder + QStringLiteral("/samples/web-drops");
    for (const QString &version : {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")})
        if (Status written = writeVersion(drops, version); !written)
            return written.error();
    Services &services = session.services();
    Result<SavedPipeline> saved =
        services.pipelines.save(sampleDefinition(drops, session.identity().userName), session.identity(), {},
                                std::nullopt, QStringLiteral("Sample pipeline"));
    if (!saved)
        return saved.error();
    CreateReleaseRequest request;
    request.pipeline = QString::number(saved->pipelineId);
    request.description = QStringLiteral("The first sample release");
    Result<ReleaseRecord> release = services.releases.create(request, session.identity());
    if (!release)
        return release.error();
    return saved->pipelineId;
}

} // namespace slipway
