#include "azuretaskshapes.h"

#include "definition/specreader.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace slipway::rest {

namespace {
const QUuid slipwayTaskNamespace(QStringLiteral("{6c1f2f2e-5b0e-4f7e-9d35-51d0a1f0c0de}"));

QString quoted(const QString &argument) {
    if (!argument.isEmpty() && !argument.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./=:@%+-]"))))
        return argument;
    return QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The Azure task id, version and inputs of a Slipway task.
std::tuple<QString, QString, QJsonObject> azureTaskOf(const TaskSpec &t) {
    const QString directory = t.workingDirectory.value_or(QString());
    if (t.type == QLatin1String("script") && t.shell == QLatin1String("pwsh"))
        return {QStringLiteral("e213ff0f-5d5c-4791-802d-52ea3e7be1f1"), QStringLiteral("2.*"),
                QJsonObject{{QStringLiteral("targetType"), QStringLiteral("inline")},
                            {QStringLiteral("script"), t.script},
                            {QStringLiteral("workingDirectory"), directory},
                            {QStringLiteral("pwsh"), QStringLiteral("true")}}};
    if (t.type == QLatin1String("script"))
        return {QStringLiteral("6c731c3c-3c68-459a-a5c9-bde6e6595b5b"), QStringLiteral("3.*"),
                QJsonObject{{QStringLiteral("targetType"), QStringLiteral("inline")},
                            {QStringLiteral("script"), t.script},
                            {QStringLiteral("workingDirectory"), directory}}};
    if (t.type == QLatin1String("command")) {
        QStringList line{quoted(t.program)};
        for (const QString &argument : t.arguments)
            line << quoted(argument);
        return {QStringLiteral("d9bafed4-0b18-4f58-968d-86655b4d2ce9"), QStringLiteral("2.*"),
                QJsonObject{{QStringLiteral("script"), line.join(QLatin1Char(' '))},
                            {QStringLiteral("workingDirectory"), directory}}};
    }
    if (t.type == QLatin1String("copyFiles"))
        return {
            QStringLiteral("5bfb729a-a7c8-4a78-a7c3-8d717bb7c13c"), QStringLiteral("2.*"),
            QJsonObject{{QStringLiteral("SourceFolder"), t.from},
                        {QStringLiteral("Contents"), t.pattern},
                        {QStringLiteral("TargetFolder"), t.to},
                        {QStringLiteral("OverWrite"), t.overwrite ? QStringLiteral("true") : QStringLiteral("false")}}};
    if (t.type == QLatin1String("httpRequest"))
        return {
            QStringLiteral("9c3e8943-130d-4c78-ac63-8af81df62dfb"), QStringLiteral("1.*"),
            QJsonObject{{QStringLiteral("method"), t.http.method},
                        {QStringLiteral("urlSuffix"), t.http.url},
                        {QStringLiteral("headers"),
                         QString::fromUtf8(QJsonDocument(textMapJson(t.http.headers)).toJson(QJsonDocument::Compact))},
                        {QStringLiteral("body"), t.http.body}}};
    if (t.type == QLatin1String("manualIntervention"))
        return {QStringLiteral("bcb64569-d51a-4af0-9c01-ea5d05b3b622"), QStringLiteral("8.*"),
                QJsonObject{{QStringLiteral("instructions"), t.instructions},
                            {QStringLiteral("onTimeout"),
                             t.resumeOnTimeout ? QStringLiteral("resume") : QStringLiteral("reject")}}};
    if (t.type == QLatin1String("delay"))
        return {QStringLiteral("28782b92-5e8e-4458-9751-a71cd1492bae"), QStringLiteral("1.*"),
                QJsonObject{{QStringLiteral("delayForMinutes"), QString::number((t.durationSeconds + 59) / 60)}}};
    if (t.isAzurePlaceholder())
        return {t.azureTaskId, t.azureVersion.isEmpty() ? QStringLiteral("1.*") : t.azureVersion,
                textMapJson(t.azureInputs)};
    return {QUuid::createUuidV5(slipwayTaskNamespace, t.type).toString(QUuid::WithoutBraces), QStringLiteral("1.*"),
            textMapJson(t.textInputs)};
}
} // namespace

QJsonObject azureWorkflowTask(const TaskSpec &task) {
    const auto [id, version, inputs] = azureTaskOf(task);
    return {{QStringLiteral("taskId"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("name"), task.name},
            {QStringLiteral("refName"), task.type},
            {QStringLiteral("enabled"), task.enabled},
            {QStringLiteral("alwaysRun"), task.condition == TaskSpec::Condition::SucceededOrFailed},
            {QStringLiteral("continueOnError"), task.continueOnError},
            {QStringLiteral("condition"), QStringLiteral("%1()").arg(conditionName(task.condition))},
            {QStringLiteral("timeoutInMinutes"), task.timeoutSeconds / 60},
            {QStringLiteral("definitionType"), QStringLiteral("task")},
            {QStringLiteral("inputs"), inputs},
            {QStringLiteral("environment"), textMapJson(task.env)}};
}

QJsonArray deployPhasesJson(const StageDefinition &stage, bool withInputs) {
    QJsonArray tasks;
    for (const TaskSpec &task : stage.tasks) {
        QJsonObject json = azureWorkflowTask(task);
        if (!withInputs) {
            json.insert(QStringLiteral("inputs"), QJsonObject());
            json.insert(QStringLiteral("environment"), QJsonObject());
        }
        tasks.append(json);
    }
    const QJsonObject input{
        {QStringLiteral("parallelExecution"),
         QJsonObject{{QStringLiteral("parallelExecutionType"), QStringLiteral("none")}}},
        {QStringLiteral("skipArtifactsDownload"), false},
        {QStringLiteral("artifactsDownloadInput"), QJsonObject{{QStringLiteral("downloadInputs"), QJsonArray()}}},
        {QStringLiteral("queueId"), 0},
        {QStringLiteral("demands"), QJsonArray()},
        {QStringLiteral("enableAccessToken"), false},
        {QStringLiteral("timeoutInMinutes"), 0},
        {QStringLiteral("jobCancelTimeoutInMinutes"), 1},
        {QStringLiteral("condition"), QStringLiteral("succeeded()")},
        {QStringLiteral("overrideInputs"), QJsonObject()}};
    return {QJsonObject{{QStringLiteral("deploymentInput"), input},
                        {QStringLiteral("rank"), 1},
                        {QStringLiteral("phaseType"), QStringLiteral("agentBasedDeployment")},
                        {QStringLiteral("name"), QStringLiteral("Run on agent")},
                        {QStringLiteral("refName"), QStringLiteral("Job_1")},
                        {QStringLiteral("workflowTasks"), tasks}}};
}

QJsonObject environmentOptionsJson() {
    return {{QStringLiteral("emailNotificationType"), QStringLiteral("OnlyOnFailure")},
            {QStringLiteral("emailRecipients"), QStringLiteral("release.environment.owner;release.creator")},
            {QStringLiteral("skipArtifactsDownload"), false},
            {QStringLiteral("timeoutInMinutes"), 0},
            {QStringLiteral("enableAccessToken"), false},
            {QStringLiteral("publishDeploymentStatus"), false},
            {QStringLiteral("badgeEnabled"), false},
            {QStringLiteral("autoLinkWorkItems"), false},
            {QStringLiteral("pullRequestDeploymentEnabled"), false}};
}

QString triggerReasonOf(const StageDefinition &stage) {
    switch (stage.trigger.type) {
    case StageTrigger::Type::AfterRelease: return QStringLiteral("After release creation");
    case StageTrigger::Type::AfterStages:
        return QStringLiteral("After successful deployment of %1").arg(stage.trigger.stages.join(QStringLiteral(", ")));
    case StageTrigger::Type::Manual: break;
    }
    return QStringLiteral("Manual");
}

} // namespace slipway::rest
