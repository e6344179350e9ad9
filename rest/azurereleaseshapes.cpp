// The hot shapes — a release, its summary and its environments — written as JSON text.
#include "azureshapes.h"

#include <QJsonDocument>

namespace slipway::rest {

using namespace Qt::StringLiterals;

void AzureShapes::writeDate(JsonWriter &w, const QDateTime &at) {
    if (const std::optional<QString> text = dateText(at))
        w.value(QStringView(*text));
    else
        w.null();
}

void AzureShapes::writeReleaseSummaryMembers(JsonWriter &w, const ReleaseRecord &r) const {
    w.field("id"_L1, r.id)
        .field("name"_L1, QStringView(r.name))
        .field("status"_L1, QStringView(toString(r.status)))
        .field("reason"_L1, QStringView(releaseReason(r.reason)))
        .field("description"_L1, QStringView(r.description));
    writeDate(w.key("createdOn"_L1), r.createdAt);
    writeDate(w.key("modifiedOn"_L1), r.createdAt);
    const QByteArray creator = personText(r.createdBy);
    w.key("createdBy"_L1).raw(creator).key("modifiedBy"_L1).raw(creator).key("createdFor"_L1).raw(creator);
    writeDefinitionReference(w.key("releaseDefinition"_L1), r.pipelineId, r.pipelineName);
    w.field("releaseDefinitionRevision"_L1, r.revision)
        .field("definitionSnapshotRevision"_L1, r.revision)
        .field("keepForever"_L1, r.keepForever)
        .field("logsContainerUrl"_L1, QStringView(url(QStringLiteral("/_apis/Release/releases/%1/logs").arg(r.id))))
        .field("url"_L1, QStringView(url(QStringLiteral("/_apis/Release/releases/%1").arg(r.id))));
    w.key("tags"_L1).beginArray().endArray();
    w.key("variableGroups"_L1).beginArray().endArray();
    w.key("properties"_L1).beginObject().endObject();
    w.key("projectReference"_L1)
        .beginObject()
        .field("id"_L1, QStringView(projectId()))
        .field("name"_L1, QStringView(m_project))
        .endObject();
}

QJsonObject AzureShapes::releaseSummary(const ReleaseRecord &r) const {
    JsonWriter w;
    w.beginObject();
    writeReleaseSummaryMembers(w, r);
    w.key("variables"_L1).beginObject().endObject(); // as Azure's lists: the values are in GET releases/{id}
    w.endObject();
    return QJsonDocument::fromJson(w.text()).object();
}

QByteArray AzureShapes::environment(const ReleaseDetails &details, const StageDetails &stage,
                                    const PipelineDefinition *snapshot,
                                    const QHash<qint64, QList<ApprovalRecord>> &approvals) const {
    JsonWriter w;
    writeEnvironment(w, details, stage, snapshot, approvals);
    return w.take();
}

void AzureShapes::writeDeployStep(JsonWriter &w, const ReleaseRecord &release, const StageDetails &stage,
                                  const DeploymentRecord &d) const {
    w.beginObject()
        .field("id"_L1, d.id)
        .field("deploymentId"_L1, d.id)
        .field("attempt"_L1, d.attempt)
        .field("reason"_L1, QStringView(deploymentReason(d.reason)))
        .field("status"_L1, QStringView(deploymentStatus(d.status)))
        .field("operationStatus"_L1, QStringView(operationStatus(d)))
        .field("hasStarted"_L1, d.startedAt.isValid());
    writeDate(w.key("queuedOn"_L1), d.queuedAt);
    writeDate(w.key("lastModifiedOn"_L1), d.completedAt.isValid() ? d.completedAt : d.queuedAt);
    const QByteArray requester = personText(d.requestedBy);
    w.key("requestedBy"_L1).raw(requester).key("requestedFor"_L1).raw(requester);
    w.key("preDeploymentGates"_L1).beginObject().field("id"_L1, d.id * 2).endObject();
    w.key("postDeploymentGates"_L1).beginObject().field("id"_L1, d.id * 2 + 1).endObject();
    w.key("releaseDeployPhases"_L1)
        .beginArray()
        .beginObject()
        .field("id"_L1, d.id)
        .field("phaseId"_L1, "1"_L1)
        .field("name"_L1, "Run on agent"_L1)
        .field("rank"_L1, 1)
        .field("phaseType"_L1, "agentBasedDeployment"_L1);
    writeDate(w.key("startedOn"_L1), d.startedAt);
    w.key("deploymentJobs"_L1).beginArray().beginObject().key("tasks"_L1).beginArray();
    for (const TaskRunRecord &t : stage.tasks.value(d.id)) {
        w.beginObject()
            .field("id"_L1, t.id)
            .field("name"_L1, QStringView(t.name))
            .field("rank"_L1, t.index + 2)
            .field("status"_L1, QStringView(taskStatus(t.status)));
        writeDate(w.key("startTime"_L1), t.startedAt);
        writeDate(w.key("finishTime"_L1), t.endedAt);
        writeDate(w.key("dateStarted"_L1), t.startedAt);
        writeDate(w.key("dateEnded"_L1), t.endedAt);
        w.field("logUrl"_L1, QStringView(url(QStringLiteral("/_apis/Release/releases/%1/environments/%2/tasks/%3/logs")
                                                 .arg(release.id)
                                                 .arg(stage.stage.id)
                                                 .arg(t.id))));
        w.key("issues"_L1).beginArray().endArray();
        w.endObject();
    }
    w.endArray().endObject().endArray(); // tasks, the job, deploymentJobs
    w.endObject().endArray();            // the phase, releaseDeployPhases
    w.endObject();
}

void AzureShapes::writeEnvironment(JsonWriter &w, const ReleaseDetails &details, const StageDetails &stage,
                                   const PipelineDefinition *snapshot,
                                   const QHash<qint64, QList<ApprovalRecord>> &approvals) const {
    const StageDefinition *definition = snapshot ? snapshot->stage(stage.stage.name) : nullptr;
    const ReleaseRecord &release = details.release;
    w.beginObject()
        .field("id"_L1, stage.stage.id)
        .field("releaseId"_L1, release.id)
        .field("name"_L1, QStringView(stage.stage.name))
        .field("rank"_L1, stage.stage.rank)
        .field("status"_L1, QStringView(environmentStatus(stage.stage.status)))
        .field("slipwayStatus"_L1, QStringView(toString(stage.stage.status)))
        .field("definitionEnvironmentId"_L1, stage.stage.rank);
    QList<const ApprovalRecord *> pre, post;
    w.key("deploySteps"_L1).beginArray();
    for (const DeploymentRecord &d : stage.deployments) {
        writeDeployStep(w, release, stage, d);
        if (const auto found = approvals.constFind(d.id); found != approvals.cend())
            for (const ApprovalRecord &a : *found) // kept in `approvals`, which outlives this function
                (a.kind == ApprovalKind::PreDeploy ? pre : post) << &a;
    }
    w.endArray();
    // Approvals are rare and have a shape of their own (approval()): written through it.
    for (const auto &[name, list] :
         {std::pair{"preDeployApprovals"_L1, &pre}, std::pair{"postDeployApprovals"_L1, &post}}) {
        w.key(name).beginArray();
        for (const ApprovalRecord *a : *list)
            w.value(QJsonValue(approval(*a, {})));
        w.endArray();
    }
    const DeploymentRecord latest = stage.deployments.isEmpty() ? DeploymentRecord{} : stage.deployments.last();
    w.key("scheduledDeploymentTime"_L1);
    if (latest.operationStatus == OperationStatus::Deferred)
        writeDate(w, latest.scheduledFor);
    else
        w.null();
    w.key("release"_L1)
        .beginObject()
        .field("id"_L1, release.id)
        .field("name"_L1, QStringView(release.name))
        .field("url"_L1, QStringView(url(QStringLiteral("/_apis/Release/releases/%1").arg(release.id))))
        .endObject();
    writeDefinitionReference(w.key("releaseDefinition"_L1), release.pipelineId, release.pipelineName);
    w.key("releaseCreatedBy"_L1).raw(personText(release.createdBy));
    w.key("owner"_L1).raw(personText(release.createdBy));
    w.field("releaseDescription"_L1, QStringView(release.description));
    writeDate(w.key("createdOn"_L1), release.createdAt);
    w.field("isManual"_L1, stage.stage.manual);
    w.field("variableGroups"_L1, QJsonValue(releaseVariableGroups(release, stage.stage.name)));
    if (definition)
        w.rawMembers(stageSnapshotMembers(release.revisionId, *definition));
    w.endObject();
}

QByteArray AzureShapes::release(const ReleaseDetails &details, const PipelineDefinition *snapshot,
                                const QHash<qint64, QList<ApprovalRecord>> &approvals) const {
    JsonWriter w;
    w.beginObject();
    writeReleaseSummaryMembers(w, details.release);
    w.key("environments"_L1).beginArray();
    for (const StageDetails &stage : details.stages)
        writeEnvironment(w, details, stage, snapshot, approvals);
    w.endArray();
    w.key("artifacts"_L1).beginArray();
    const ArtifactSourceDefinition *primary = snapshot ? snapshot->primaryArtifact() : nullptr;
    for (const ReleaseArtifactRecord &a : details.artifacts) {
        const ArtifactSourceDefinition *source = snapshot ? snapshot->artifact(a.alias) : nullptr;
        w.beginObject()
            .field("alias"_L1, QStringView(a.alias))
            .field("sourceId"_L1, QStringView(a.alias))
            .field("type"_L1, QStringView(source ? source->type : QString()))
            .key("definitionReference"_L1)
            .beginObject();
        w.key("definition"_L1)
            .beginObject()
            .field("id"_L1, QStringView(a.alias))
            .field("name"_L1, QStringView(a.alias))
            .endObject();
        if (a.version) {
            w.key("version"_L1)
                .beginObject()
                .field("id"_L1, QStringView(QString::number(a.version->id)))
                .field("name"_L1, QStringView(a.version->version))
                .endObject();
            w.key("branch"_L1)
                .beginObject()
                .field("id"_L1, QStringView(a.version->branch))
                .field("name"_L1, QStringView(a.version->branch))
                .endObject();
        }
        w.endObject().field("isPrimary"_L1, primary && primary->alias == a.alias).endObject();
    }
    w.endArray();
    const QList<VariableDefinition> declared = snapshot ? snapshot->variables : QList<VariableDefinition>();
    w.field("variables"_L1, QJsonValue(variables(declared, details.release.variables)));
    w.field("variableGroups"_L1, QJsonValue(releaseVariableGroups(details.release, QString())));
    if (snapshot)
        w.field("releaseNameFormat"_L1, QStringView(snapshot->releaseNameFormat));
    w.key("triggeringArtifactAlias"_L1);
    if (primary)
        w.value(QStringView(primary->alias));
    else
        w.null();
    w.endObject();
    return w.take();
}

QJsonObject AzureShapes::approval(const ApprovalRecord &a, const QList<ApprovalHistoryRecord> &history) const {
    QJsonArray changes;
    int revision = 0;
    for (const ApprovalHistoryRecord &h : history)
        changes.append(QJsonObject{{QStringLiteral("approver"), person(a.approver)},
                                   {QStringLiteral("changedBy"), person(h.actor)},
                                   {QStringLiteral("comments"), h.comment},
                                   {QStringLiteral("status"), toString(h.status)},
                                   {QStringLiteral("createdOn"), date(h.at)},
                                   {QStringLiteral("modifiedOn"), date(h.at)},
                                   {QStringLiteral("revision"), ++revision}});
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("revision"), qMax(1, int(history.size()))},
            {QStringLiteral("approvalType"), toString(a.kind)},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("approver"), person(a.approver)},
            {QStringLiteral("approvedBy"),
             a.actedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(person(a.actedBy))},
            {QStringLiteral("comments"), a.comment},
            {QStringLiteral("isAutomated"), false},
            {QStringLiteral("isNotificationOn"), false},
            {QStringLiteral("rank"), a.rank},
            {QStringLiteral("attempt"), a.attempt},
            {QStringLiteral("trialNumber"), 1},
            {QStringLiteral("createdOn"), date(a.createdAt)},
            {QStringLiteral("modifiedOn"), date(a.actedAt.isValid() ? a.actedAt : a.createdAt)},
            {QStringLiteral("deferredUntil"), date(a.deferredUntil)},
            {QStringLiteral("history"), changes},
            {QStringLiteral("release"),
             QJsonObject{{QStringLiteral("id"), a.releaseId},
                         {QStringLiteral("name"), a.releaseName},
                         {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/releases/%1").arg(a.releaseId))}}},
            {QStringLiteral("releaseDefinition"), definitionReference(a.pipelineId, a.pipelineName)},
            {QStringLiteral("releaseEnvironment"),
             QJsonObject{{QStringLiteral("id"), a.releaseStageId},
                         {QStringLiteral("name"), a.stageName},
                         {QStringLiteral("releaseId"), a.releaseId},
                         {QStringLiteral("releaseDefinitionId"), a.pipelineId},
                         {QStringLiteral("definitionEnvironmentId"), a.stageRank},
                         {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/releases/%1/environments/%2")
                                                         .arg(a.releaseId)
                                                         .arg(a.releaseStageId))}}},
            {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/approvals/%1").arg(a.id))}};
}

} // namespace slipway::rest
