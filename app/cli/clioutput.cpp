#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slipway::cli {

QString isoTime(const QDateTime &utc) {
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

QJsonValue timeValue(const QDateTime &utc) {
    return utc.isValid() ? QJsonValue(isoTime(utc)) : QJsonValue();
}

QJsonObject taskJson(const TaskRunRecord &t) {
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("index"), t.index},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("status"), toString(t.status)},
            {QStringLiteral("startedOn"), timeValue(t.startedAt)},
            {QStringLiteral("finishedOn"), timeValue(t.endedAt)},
            {QStringLiteral("exitCode"), t.exitCode ? QJsonValue(*t.exitCode) : QJsonValue()},
            {QStringLiteral("message"), t.message}};
}

} // namespace

QJsonObject deploymentJson(const DeploymentRecord &d, const QList<TaskRunRecord> &tasks) {
    QJsonArray taskArray;
    for (const TaskRunRecord &task : tasks)
        taskArray.append(taskJson(task));
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("attempt"), d.attempt},
            {QStringLiteral("status"), toString(d.status)},
            {QStringLiteral("operationStatus"), toString(d.operationStatus)},
            {QStringLiteral("reason"), toString(d.reason)},
            {QStringLiteral("requestedBy"), d.requestedBy},
            {QStringLiteral("queuedOn"), timeValue(d.queuedAt)},
            {QStringLiteral("startedOn"), timeValue(d.startedAt)},
            {QStringLiteral("completedOn"), timeValue(d.completedAt)},
            {QStringLiteral("scheduledFor"), timeValue(d.scheduledFor)},
            {QStringLiteral("comment"), d.comment},
            {QStringLiteral("message"), d.message},
            {QStringLiteral("tasks"), taskArray}};
}

namespace {

// Values given at creation; secret ones never leave the store in clear.
QJsonObject visibleVariables(const QJsonObject &values, const PipelineDefinition *snapshot) {
    QJsonObject shown;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const VariableDefinition *definition = snapshot ? snapshot->variable(it.key()) : nullptr;
        shown.insert(it.key(), definition && definition->secret ? QStringLiteral("***") : it.value().toString());
    }
    return shown;
}

} // namespace

QJsonObject releaseSummaryJson(const ReleaseRecord &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("status"), toString(r.status)},
            {QStringLiteral("pipeline"), r.pipelineName},
            {QStringLiteral("pipelineId"), r.pipelineId},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("reason"), toString(r.reason)},
            {QStringLiteral("createdBy"), r.createdBy},
            {QStringLiteral("createdOn"), isoTime(r.createdAt)},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("keepForever"), r.keepForever}};
}

QJsonObject releaseJson(const ReleaseDetails &details, const PipelineDefinition *snapshot) {
    QJsonObject release = releaseSummaryJson(details.release);
    QJsonArray artifacts;
    for (const ReleaseArtifactRecord &artifact : details.artifacts) {
        QJsonObject entry{{QStringLiteral("alias"), artifact.alias}};
        entry.insert(QStringLiteral("version"),
                     artifact.version ? QJsonValue(artifact.version->version) : QJsonValue());
        if (artifact.version) {
            entry.insert(QStringLiteral("branch"), artifact.version->branch);
            entry.insert(QStringLiteral("tags"), QJsonArray::fromStringList(artifact.version->tags));
            entry.insert(QStringLiteral("commit"), artifact.version->commit);
        }
        artifacts.append(entry);
    }
    release.insert(QStringLiteral("artifacts"), artifacts);
    release.insert(QStringLiteral("variables"), visibleVariables(details.release.variables, snapshot));
    QJsonArray stages;
    for (const StageDetails &stage : details.stages) {
        QJsonArray deployments;
        for (const DeploymentRecord &deployment : stage.deployments)
            deployments.append(deploymentJson(deployment, stage.tasks.value(deployment.id)));
        stages.append(QJsonObject{{QStringLiteral("id"), stage.stage.id},
                                  {QStringLiteral("name"), stage.stage.name},
                                  {QStringLiteral("rank"), stage.stage.rank},
                                  {QStringLiteral("status"), toString(stage.stage.status)},
                                  {QStringLiteral("manual"), stage.stage.manual},
                                  {QStringLiteral("deployments"), deployments}});
    }
    release.insert(QStringLiteral("stages"), stages);
    return release;
}

QJsonObject approvalJson(const ApprovalRecord &a) {
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), toString(a.kind)},
            {QStringLiteral("approver"), a.approver},
            {QStringLiteral("rank"), a.rank},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("actedBy"), a.actedBy},
            {QStringLiteral("actedOn"), timeValue(a.actedAt)},
            {QStringLiteral("deferredUntil"), timeValue(a.deferredUntil)},
            {QStringLiteral("createdOn"), timeValue(a.createdAt)},
            {QStringLiteral("deployment"), a.deploymentId},
            {QStringLiteral("attempt"), a.attempt},
            {QStringLiteral("release"),
             QJsonObject{{QStringLiteral("id"), a.releaseId}, {QStringLiteral("name"), a.releaseName}}},
            {QStringLiteral("pipeline"), a.pipelineName},
            {QStringLiteral("stage"), a.stageName}};
}

QJsonObject pipelineJson(const PipelineRecord &p) {
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("folder"), p.folder},
            {QStringLiteral("revision"), p.revision},
            {QStringLiteral("project"), p.projectName}};
}

QJsonObject artifactVersionJson(const QString &alias, const ArtifactVersionRecord &v) {
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("alias"), alias},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("branch"), v.branch},
            {QStringLiteral("tags"), QJsonArray::fromStringList(v.tags)},
            {QStringLiteral("commit"), v.commit},
            {QStringLiteral("seenOn"), isoTime(v.seenAt)}};
}

void printJson(QTextStream &out, const QJsonValue &value) {
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void printReleaseText(QTextStream &out, const ReleaseDetails &details, const PipelineDefinition *snapshot) {
    const ReleaseRecord &r = details.release;
    out << r.name << "  (release " << r.id << ", " << toString(r.status) << ")\n";
    out << "  pipeline:    " << r.pipelineName << " (revision " << r.revision << ")\n";
    out << "  created:     " << r.createdAt.toLocalTime().toString(Qt::ISODate) << " by " << r.createdBy << " ("
        << toString(r.reason) << ")\n";
    if (!r.description.isEmpty())
        out << "  description: " << r.description << "\n";
    if (r.keepForever)
        out << "  kept forever\n";
    for (const ReleaseArtifactRecord &artifact : details.artifacts)
        out << "  artifact:    " << artifact.alias << " "
            << (artifact.version ? artifact.version->version : QStringLiteral("(no version)")) << "\n";
    const QJsonObject variables = visibleVariables(r.variables, snapshot);
    for (auto it = variables.begin(); it != variables.end(); ++it)
        out << "  variable:    " << it.key() << " = " << it.value().toString() << "\n";
    for (const StageDetails &stage : details.stages) {
        out << "  stage " << stage.stage.rank << ":     " << stage.stage.name << " - " << toString(stage.stage.status)
            << (stage.stage.manual ? " (manual for this release)" : "") << "\n";
        for (const DeploymentRecord &d : stage.deployments) {
            out << "    deployment " << d.id << ", attempt " << d.attempt << ": " << toString(d.status) << " / "
                << toString(d.operationStatus) << (d.message.isEmpty() ? QString() : QStringLiteral(" - ") + d.message)
                << "\n";
            for (const TaskRunRecord &task : stage.tasks.value(d.id))
                if (task.index >= 0)
                    out << "      " << task.name << ": " << toString(task.status)
                        << (task.message.isEmpty() ? QString() : QStringLiteral(" (") + task.message + QLatin1Char(')'))
                        << "\n";
        }
    }
}

} // namespace slipway::cli
