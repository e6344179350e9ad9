#include "azureshapes.h"

#include "azuretaskshapes.h"

#include "definition/specreader.h"

#include <QHash>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

namespace slipway::rest {

using namespace Qt::StringLiterals;

namespace {
const QUuid identityNamespace(QStringLiteral("{6c1f2f2e-5b0e-4f7e-9d35-51d0a1f0c0de}"));

QJsonArray approvalsSnapshot(const std::optional<ApprovalSpec> &spec, const QString &base) {
    const QStringList approvers = spec ? spec->approvers : QStringList();
    QJsonArray approvals;
    if (approvers.isEmpty()) // Azure's way of saying "no approval"
        approvals.append(QJsonObject{{QStringLiteral("id"), 0},
                                     {QStringLiteral("rank"), 1},
                                     {QStringLiteral("isAutomated"), true},
                                     {QStringLiteral("isNotificationOn"), false}});
    int rank = 0;
    for (const QString &approver : approvers)
        approvals.append(
            QJsonObject{{QStringLiteral("id"), ++rank},
                        {QStringLiteral("rank"), spec->order == ApprovalSpec::Order::AllInSequence ? rank : 1},
                        {QStringLiteral("isAutomated"), false},
                        {QStringLiteral("isNotificationOn"), false},
                        {QStringLiteral("approver"), AzureShapes::identity(approver, base)}});
    return approvals;
}

QJsonObject approvalsOf(const std::optional<ApprovalSpec> &spec, const QString &base) {
    QJsonObject result{{QStringLiteral("approvals"), approvalsSnapshot(spec, base)}};
    // Azure writes the options with "no approval" too; Slipway's defaults stand in.
    const ApprovalSpec defaults{{}, ApprovalSpec::Order::AnyOne, 0, 0, false, false, false};
    if (const ApprovalSpec *s = spec ? &*spec : &defaults) {
        result.insert(QStringLiteral("approvalOptions"),
                      QJsonObject{{QStringLiteral("requiredApproverCount"),
                                   s->order == ApprovalSpec::Order::AnyOne        ? 1
                                   : s->order == ApprovalSpec::Order::AllAnyOrder ? s->requiredApproverCount
                                                                                  : 0},
                                  {QStringLiteral("releaseCreatorCanBeApprover"), !s->requesterCannotApprove},
                                  {QStringLiteral("autoTriggeredAndPreviousEnvironmentApprovedCanBeSkipped"),
                                   s->skipIfApprovedInPreviousStage},
                                  {QStringLiteral("enforceIdentityRevalidation"), s->revalidateIdentity},
                                  {QStringLiteral("timeoutInMinutes"), s->timeoutSeconds / 60},
                                  {QStringLiteral("executionOrder"), QStringLiteral("beforeGates")}});
    }
    return result;
}

QJsonArray conditionsOf(const StageDefinition &stage) {
    QJsonArray conditions;
    if (stage.trigger.type == StageTrigger::Type::AfterRelease)
        conditions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ReleaseStarted")},
                                      {QStringLiteral("conditionType"), QStringLiteral("event")},
                                      {QStringLiteral("value"), QString()}});
    for (const QString &after : stage.trigger.stages)
        conditions.append(QJsonObject{
            {QStringLiteral("name"), after},
            {QStringLiteral("conditionType"), QStringLiteral("environmentState")},
            {QStringLiteral("value"), stage.trigger.onPartialSuccess ? QStringLiteral("132") : QStringLiteral("4")}});
    return conditions;
}

QJsonObject gatesOf(const std::optional<GateSpec> &spec, int id) {
    QJsonArray gates;
    QJsonObject options;
    if (spec) {
        for (const GateCheckSpec &gate : spec->gates)
            gates.append(QJsonObject{{QStringLiteral("name"), gate.name}, {QStringLiteral("type"), gate.type}});
        options = {{QStringLiteral("isEnabled"), true},
                   {QStringLiteral("stabilizationTime"), spec->delaySeconds / 60},
                   {QStringLiteral("samplingInterval"), spec->samplingSeconds / 60},
                   {QStringLiteral("timeout"), spec->timeoutSeconds / 60},
                   {QStringLiteral("minimumSuccessDuration"), spec->minSuccessSeconds / 60}};
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("gatesOptions"), options.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(options)},
            {QStringLiteral("gates"), gates}};
}
} // namespace

QJsonValue AzureShapes::date(const QDateTime &at) {
    const std::optional<QString> text = dateText(at);
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> AzureShapes::dateText(const QDateTime &at) {
    if (!at.isValid())
        return std::nullopt;
    // Written by hand: a release carries a dozen dates, and QDateTime::toString with a format string
    // cost more than the rest of its shape.
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 msPerDay = 86'400'000;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 inDay = ms - days * msPerDay;
    const QDate day = QDate(1970, 1, 1).addDays(days);
    if (day.year() < 1 || day.year() > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", day.year(), day.month(), day.day(),
                  int(inDay / 3'600'000), int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text);
}

QJsonObject AzureShapes::identity(const QString &user, const QString &base) {
    return QJsonDocument::fromJson(identityText(user, base)).object();
}

QByteArray AzureShapes::identityText(const QString &user, const QString &base) {
    // A name-based UUID per user (SHA-1), asked for several times per release: kept per thread.
    thread_local QHash<QString, QByteArray> known;
    const QString key = base + QLatin1Char('\n') + user;
    if (const auto found = known.constFind(key); found != known.cend())
        return *found;
    if (known.size() > 1024)
        known.clear();
    const QString id = QUuid::createUuidV5(identityNamespace, user).toString(QUuid::WithoutBraces);
    JsonWriter w;
    w.beginObject()
        .field("id"_L1, QStringView(id))
        .field("displayName"_L1, QStringView(user))
        .field("uniqueName"_L1, QStringView(user))
        .field("url"_L1, QStringView(QString(base + QStringLiteral("/_apis/Identities/") + id)))
        .field("imageUrl"_L1, QStringView(QString(base + QStringLiteral("/_api/_common/identityImage?id=") + id)))
        .field("descriptor"_L1, QStringView(QString(QStringLiteral("slipway.") + user)))
        .endObject();
    return *known.insert(key, w.take());
}

QJsonArray AzureShapes::stageConditions(const StageDefinition &stage) {
    return conditionsOf(stage);
}

QString AzureShapes::projectId() const {
    return QUuid::createUuidV5(identityNamespace, QStringLiteral("project:") + m_project.toLower())
        .toString(QUuid::WithoutBraces);
}

QString AzureShapes::url(const QString &path) const {
    return m_projectUrl + path;
}

QString AzureShapes::environmentStatus(StageStatus status) {
    // Azure's environment status has no "failed": a failed stage shows as rejected.
    return status == StageStatus::Failed ? QStringLiteral("rejected") : toString(status);
}

QString AzureShapes::deploymentStatus(DeploymentStatus status) {
    switch (status) {
    case DeploymentStatus::Canceled: return QStringLiteral("notDeployed");
    case DeploymentStatus::Interrupted: return QStringLiteral("failed");
    default: return toString(status);
    }
}

QString AzureShapes::operationStatus(const DeploymentRecord &d) {
    switch (d.operationStatus) {
    case OperationStatus::Queued:
        return isAgentWait(d.message) ? QStringLiteral("queuedForAgent") : QStringLiteral("queued");
    case OperationStatus::PendingApproval: return QStringLiteral("pending");
    case OperationStatus::EvaluatingGates: return QStringLiteral("evaluatingGates");
    case OperationStatus::Deferred: // due, and no agent of its pool may take it
        return isAgentWait(d.message) ? QStringLiteral("queuedForAgent") : QStringLiteral("deferred");
    case OperationStatus::Running: return QStringLiteral("phaseInProgress");
    case OperationStatus::PendingIntervention: return QStringLiteral("manualInterventionPending");
    case OperationStatus::Cancelling: return QStringLiteral("cancelling");
    case OperationStatus::Done: break;
    }
    switch (d.status) {
    case DeploymentStatus::Succeeded: return QStringLiteral("phaseSucceeded");
    case DeploymentStatus::PartiallySucceeded: return QStringLiteral("phasePartiallySucceeded");
    case DeploymentStatus::Canceled: return QStringLiteral("canceled");
    case DeploymentStatus::NotDeployed: return QStringLiteral("rejected");
    default: return QStringLiteral("phaseFailed");
    }
}

QString AzureShapes::releaseReason(ReleaseReason reason) {
    switch (reason) {
    case ReleaseReason::ContinuousDeployment: return QStringLiteral("continuousIntegration");
    case ReleaseReason::Schedule: return QStringLiteral("schedule");
    default: return QStringLiteral("manual");
    }
}

QString AzureShapes::deploymentReason(DeploymentReason reason) {
    return reason == DeploymentReason::Redeploy ? QStringLiteral("redeployTrigger") : toString(reason);
}

QString AzureShapes::taskStatus(TaskStatus status) {
    switch (status) {
    case TaskStatus::Interrupted: return QStringLiteral("failed");
    default: return toString(status);
    }
}

QJsonObject AzureShapes::variables(const QList<VariableDefinition> &variables, const QJsonObject &given) const {
    QJsonObject result;
    for (const VariableDefinition &v : variables) {
        const QString value = given.contains(v.name) ? given.value(v.name).toString() : v.value;
        result.insert(
            v.name, QJsonObject{{QStringLiteral("value"), v.secret ? QJsonValue(QJsonValue::Null) : QJsonValue(value)},
                                {QStringLiteral("isSecret"), v.secret},
                                {QStringLiteral("allowOverride"), v.settableAtRelease}});
    }
    return result;
}

QJsonObject AzureShapes::definitionReference(qint64 pipelineId, const QString &name) const {
    JsonWriter w;
    writeDefinitionReference(w, pipelineId, name);
    return QJsonDocument::fromJson(w.text()).object();
}

void AzureShapes::writeDefinitionReference(JsonWriter &w, qint64 pipelineId, const QString &name) const {
    w.beginObject()
        .field("id"_L1, pipelineId)
        .field("name"_L1, QStringView(name))
        .field("path"_L1, "\\"_L1)
        .field("url"_L1, QStringView(url(QStringLiteral("/_apis/Release/definitions/%1").arg(pipelineId))))
        .endObject();
}

QByteArray AzureShapes::stageSnapshotMembers(qint64 revisionId, const StageDefinition &stage) const {
    // Derived from the revision alone, which never changes: written once per thread and revision.
    thread_local QHash<QString, QByteArray> known;
    const QString key = m_base + QLatin1Char('\n') + QString::number(revisionId) + QLatin1Char('/') + stage.name;
    if (const auto found = known.constFind(key); found != known.cend())
        return *found;
    if (known.size() > 512)
        known.clear();
    JsonWriter w;
    w.beginObject()
        .field("conditions"_L1, QJsonValue(conditionsOf(stage)))
        .field("variables"_L1, QJsonValue(variables(stage.variables)))
        .field("preApprovalsSnapshot"_L1, QJsonValue(approvalsOf(stage.preApprovals, m_base)))
        .field("postApprovalsSnapshot"_L1, QJsonValue(approvalsOf(stage.postApprovals, m_base)))
        .field("deployPhasesSnapshot"_L1, QJsonValue(deployPhasesJson(stage, false)))
        .field("environmentOptions"_L1, QJsonValue(environmentOptionsJson()))
        .field("triggerReason"_L1, QStringView(triggerReasonOf(stage)));
    w.key("demands"_L1).beginArray().endArray();
    w.key("workflowTasks"_L1).beginArray().endArray();
    w.key("schedules"_L1).beginArray().endArray();
    w.endObject();
    const QByteArray object = w.take();
    return *known.insert(key, object.sliced(1, object.size() - 2)); // the members, without the braces
}

QJsonObject AzureShapes::definitionEnvironment(const StageDefinition &stage) const {
    const QueueSpec &queue = stage.queue;
    const RetentionSpec &retention = stage.retention;
    return {
        {QStringLiteral("id"), stage.rank},
        {QStringLiteral("name"), stage.name},
        {QStringLiteral("rank"), stage.rank},
        {QStringLiteral("variables"), variables(stage.variables)},
        {QStringLiteral("variableGroups"), variableGroupIds(stage.variableGroups)},
        {QStringLiteral("conditions"), conditionsOf(stage)},
        {QStringLiteral("preDeployApprovals"), approvalsOf(stage.preApprovals, m_base)},
        {QStringLiteral("postDeployApprovals"), approvalsOf(stage.postApprovals, m_base)},
        {QStringLiteral("preDeploymentGates"), gatesOf(stage.preGates, stage.rank * 2)},
        {QStringLiteral("postDeploymentGates"), gatesOf(stage.postGates, stage.rank * 2 + 1)},
        {QStringLiteral("deployPhases"), deployPhasesJson(stage)},
        {QStringLiteral("owner"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("deployStep"), QJsonObject{{QStringLiteral("id"), stage.rank}}},
        {QStringLiteral("environmentOptions"), environmentOptionsJson()},
        {QStringLiteral("currentRelease"),
         QJsonObject{{QStringLiteral("id"), 0},
                     {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/releases/0"))}}},
        {QStringLiteral("badgeUrl"), QJsonValue(QJsonValue::Null)}, // Slipway draws no badges
        {QStringLiteral("executionPolicy"),
         QJsonObject{{QStringLiteral("concurrencyCount"), queue.maxParallel},
                     {QStringLiteral("queueDepthCount"), queue.policy == QueueSpec::Policy::LatestOnly ? 1 : 0}}},
        {QStringLiteral("retentionPolicy"), QJsonObject{{QStringLiteral("daysToKeep"), retention.daysToKeep},
                                                        {QStringLiteral("releasesToKeep"), retention.minReleasesToKeep},
                                                        {QStringLiteral("retainBuild"), true}}},
        {QStringLiteral("schedules"), stage.schedule ? QJsonArray{scheduleJson(*stage.schedule)} : QJsonArray()},
        {QStringLiteral("demands"), QJsonArray()},
        {QStringLiteral("environmentTriggers"), QJsonArray()},
        {QStringLiteral("properties"), QJsonObject()}};
}

QJsonObject AzureShapes::definition(const PipelineRecord &pipeline, const PipelineDefinition &definition,
                                    bool withEnvironments) const {
    QJsonArray artifacts;
    for (const ArtifactSourceDefinition &source : definition.artifacts)
        artifacts.append(QJsonObject{{QStringLiteral("alias"), source.alias},
                                     {QStringLiteral("type"), source.type},
                                     {QStringLiteral("isPrimary"), source.primary},
                                     {QStringLiteral("isRetained"), false}});
    QJsonObject result = definitionReference(pipeline.id, pipeline.name);
    result.insert(QStringLiteral("path"), pipeline.folder == QLatin1String("/")
                                              ? QStringLiteral("\\")
                                              : QString(pipeline.folder).replace(QLatin1Char('/'), QLatin1Char('\\')));
    result.insert(QStringLiteral("revision"), pipeline.revision);
    result.insert(QStringLiteral("description"), definition.description);
    result.insert(QStringLiteral("releaseNameFormat"), definition.releaseNameFormat);
    result.insert(QStringLiteral("isDeleted"), false);
    result.insert(QStringLiteral("isDisabled"), false);
    result.insert(QStringLiteral("source"), QStringLiteral("restApi"));
    result.insert(QStringLiteral("modifiedOn"), date(pipeline.updatedAt));
    result.insert(QStringLiteral("variables"), variables(definition.variables));
    result.insert(QStringLiteral("variableGroups"), variableGroupIds(definition.variableGroups));
    result.insert(QStringLiteral("artifacts"), artifacts);
    result.insert(QStringLiteral("triggers"), QJsonArray());
    result.insert(QStringLiteral("tags"), QJsonArray());
    result.insert(QStringLiteral("properties"), QJsonObject());
    result.insert(QStringLiteral("projectReference"),
                  QJsonObject{{QStringLiteral("id"), QString::number(pipeline.projectId)},
                              {QStringLiteral("name"), pipeline.projectName}});
    const int days = definition.stages.isEmpty() ? 30 : definition.stages.first().retention.daysToKeep;
    result.insert(QStringLiteral("retentionPolicy"), QJsonObject{{QStringLiteral("daysToKeep"), days}});
    if (withEnvironments) {
        QJsonArray environments;
        for (const StageDefinition &stage : definition.stages)
            environments.append(definitionEnvironment(stage));
        result.insert(QStringLiteral("environments"), environments);
    }
    return result;
}

QJsonObject AzureShapes::deployment(const DeploymentContext &c, const QString &pipelineName) const {
    const DeploymentRecord &d = c.deployment;
    QJsonObject shape = deploymentShape(c, pipelineName);
    if (isAgentWait(d.message)) // which pool, and which demand no agent meets (docs/agents.md)
        shape.insert(QStringLiteral("slipwayWaitingFor"), d.message);
    return shape;
}

QJsonObject AzureShapes::deploymentShape(const DeploymentContext &c, const QString &pipelineName) const {
    const DeploymentRecord &d = c.deployment;
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("attempt"), d.attempt},
            {QStringLiteral("reason"), deploymentReason(d.reason)},
            {QStringLiteral("deploymentStatus"), deploymentStatus(d.status)},
            {QStringLiteral("operationStatus"), operationStatus(d)},
            {QStringLiteral("slipwayStatus"), toString(d.status)},
            {QStringLiteral("slipwayOperationStatus"), toString(d.operationStatus)},
            {QStringLiteral("release"),
             QJsonObject{{QStringLiteral("id"), c.releaseId},
                         {QStringLiteral("name"), c.releaseName},
                         {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/releases/%1").arg(c.releaseId))}}},
            {QStringLiteral("releaseDefinition"), definitionReference(c.pipelineId, pipelineName)},
            {QStringLiteral("releaseEnvironment"),
             QJsonObject{{QStringLiteral("id"), d.releaseStageId},
                         {QStringLiteral("name"), c.stageName},
                         {QStringLiteral("url"), url(QStringLiteral("/_apis/Release/releases/%1/environments/%2")
                                                         .arg(c.releaseId)
                                                         .arg(d.releaseStageId))}}},
            {QStringLiteral("definitionEnvironmentId"), c.stageRank},
            {QStringLiteral("requestedBy"), person(d.requestedBy)},
            {QStringLiteral("requestedFor"), person(d.requestedBy)},
            {QStringLiteral("lastModifiedBy"), person(d.requestedBy)},
            {QStringLiteral("queuedOn"), date(d.queuedAt)},
            {QStringLiteral("startedOn"), date(d.startedAt)},
            {QStringLiteral("completedOn"), date(d.completedAt)},
            {QStringLiteral("lastModifiedOn"), date(d.completedAt.isValid() ? d.completedAt
                                                    : d.startedAt.isValid() ? d.startedAt
                                                                            : d.queuedAt)},
            {QStringLiteral("scheduledDeploymentTime"), date(d.scheduledFor)},
            {QStringLiteral("comment"), d.comment},
            {QStringLiteral("projectReference"), QJsonObject{{QStringLiteral("name"), m_project}}}};
}

} // namespace slipway::rest
