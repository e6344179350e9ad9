#include "specreader.h"

#include "values.h"

#include <QJsonArray>

namespace slipway {

namespace {

QString text(const QJsonObject &object, const char *key, const QString &fallback = {}) {
    return object.value(QLatin1String(key)).toString(fallback);
}

bool flag(const QJsonObject &object, const char *key, bool fallback) {
    return object.value(QLatin1String(key)).toBool(fallback);
}

int number(const QJsonObject &object, const char *key, int fallback) {
    return object.value(QLatin1String(key)).toInt(fallback);
}

// A duration the file writes, else `fallback`.
qint64 seconds(const QJsonObject &object, const char *key, qint64 fallback) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? parseDuration(value.toString()).value_or(fallback) : fallback;
}

QStringList texts(const QJsonObject &object, const char *key) {
    QStringList list;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray())
        list << value.toString();
    return list;
}

TextMap textMap(const QJsonObject &object, const char *key) {
    TextMap map;
    const QJsonObject mapping = object.value(QLatin1String(key)).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        map.append({it.key(), it.value().toString()});
    return map;
}

VersionFilterSpec versionFilterOf(const QJsonObject &object) {
    const QJsonObject branches = object.value(QLatin1String("branches")).toObject();
    return {texts(branches, "include"), texts(branches, "exclude"), texts(object, "tags")};
}

HttpRequestSpec httpRequestOf(const QJsonObject &object) {
    HttpRequestSpec spec;
    spec.method = text(object, "method", spec.method);
    spec.url = text(object, "url");
    spec.headers = textMap(object, "headers");
    spec.body = text(object, "body");
    spec.successStatus = text(object, "successStatus", spec.successStatus);
    spec.jsonPath = text(object, "jsonPath");
    spec.equals = text(object, "equals");
    return spec;
}

std::optional<ApprovalSpec> approvalsOf(const QJsonObject &stage, const char *key) {
    if (!stage.contains(QLatin1String(key)))
        return std::nullopt;
    const QJsonObject object = stage.value(QLatin1String(key)).toObject();
    ApprovalSpec spec;
    spec.approvers = texts(object, "approvers");
    const QString order = text(object, "order");
    spec.order = order == QLatin1String("allInSequence") ? ApprovalSpec::Order::AllInSequence
                 : order == QLatin1String("allAnyOrder") ? ApprovalSpec::Order::AllAnyOrder
                 : order == QLatin1String("anyOne")      ? ApprovalSpec::Order::AnyOne
                                                         : spec.order;
    spec.requiredApproverCount = number(object, "requiredApproverCount", spec.requiredApproverCount);
    spec.timeoutSeconds = seconds(object, "timeout", spec.timeoutSeconds);
    spec.requesterCannotApprove = flag(object, "requesterCannotApprove", spec.requesterCannotApprove);
    spec.skipIfApprovedInPreviousStage =
        flag(object, "skipIfApprovedInPreviousStage", spec.skipIfApprovedInPreviousStage);
    spec.revalidateIdentity = flag(object, "revalidateIdentity", spec.revalidateIdentity);
    return spec;
}

GateCheckSpec gateCheckOf(const QJsonObject &object) {
    GateCheckSpec gate;
    gate.name = text(object, "name");
    gate.type = text(object, "type");
    gate.probe = taskSpecOf(object);
    gate.probe.type = gate.type == QLatin1String("http") ? QStringLiteral("httpRequest") : QStringLiteral("script");
    return gate;
}

std::optional<GateSpec> gatesOf(const QJsonObject &stage, const char *key, GateSpec::ApprovalOrder defaultOrder) {
    if (!stage.contains(QLatin1String(key)))
        return std::nullopt;
    const QJsonObject object = stage.value(QLatin1String(key)).toObject();
    GateSpec spec;
    spec.delaySeconds = seconds(object, "delay", spec.delaySeconds);
    spec.samplingSeconds = seconds(object, "samplingInterval", spec.samplingSeconds);
    spec.timeoutSeconds = seconds(object, "timeout", spec.timeoutSeconds);
    spec.minSuccessSeconds = seconds(object, "minSuccessDuration", spec.minSuccessSeconds);
    const QString order = text(object, "approvalOrder");
    spec.approvalOrder = order == QLatin1String("beforeGates") ? GateSpec::ApprovalOrder::BeforeGates
                         : order == QLatin1String("afterSuccessfulGates")
                             ? GateSpec::ApprovalOrder::AfterSuccessfulGates
                         : order == QLatin1String("afterGatesAlways") ? GateSpec::ApprovalOrder::AfterGatesAlways
                                                                      : defaultOrder;
    for (const QJsonValue &gate : object.value(QLatin1String("gates")).toArray())
        spec.gates << gateCheckOf(gate.toObject());
    return spec;
}

} // namespace

QString conditionName(TaskSpec::Condition condition) {
    switch (condition) {
    case TaskSpec::Condition::Always: return QStringLiteral("always");
    case TaskSpec::Condition::Failed: return QStringLiteral("failed");
    case TaskSpec::Condition::SucceededOrFailed: return QStringLiteral("succeededOrFailed");
    case TaskSpec::Condition::Succeeded: break;
    }
    return QStringLiteral("succeeded");
}

TaskSpec taskSpecOf(const QJsonObject &task) {
    TaskSpec spec;
    spec.name = text(task, "name");
    spec.type = text(task, "type");
    spec.enabled = flag(task, "enabled", spec.enabled);
    const QString condition = text(task, "condition");
    spec.condition = condition == QLatin1String("always")              ? TaskSpec::Condition::Always
                     : condition == QLatin1String("failed")            ? TaskSpec::Condition::Failed
                     : condition == QLatin1String("succeeded")         ? TaskSpec::Condition::Succeeded
                     : condition == QLatin1String("succeededOrFailed") ? TaskSpec::Condition::SucceededOrFailed
                                                                       : spec.condition;
    spec.timeoutSeconds = seconds(task, "timeout", spec.timeoutSeconds);
    spec.continueOnError = flag(task, "continueOnError", spec.continueOnError);
    spec.script = text(task, "script");
    spec.shell = text(task, "shell", spec.shell);
    spec.program = text(task, "program");
    spec.arguments = texts(task, "arguments");
    if (task.contains(QLatin1String("workingDirectory")))
        spec.workingDirectory = text(task, "workingDirectory");
    spec.env = textMap(task, "env");
    spec.from = text(task, "from");
    spec.pattern = text(task, "pattern", spec.pattern);
    spec.to = text(task, "to");
    spec.overwrite = flag(task, "overwrite", spec.overwrite);
    spec.http = httpRequestOf(task);
    spec.durationSeconds = seconds(task, "duration", spec.durationSeconds);
    spec.instructions = text(task, "instructions");
    spec.approvers = texts(task, "approvers");
    spec.resumeOnTimeout = text(task, "onTimeout") == QLatin1String("resume");
    spec.azureTaskId = text(task, "taskId");
    spec.azureVersion = text(task, "version");
    spec.azureInputs = textMap(task, "inputs");
    for (auto it = task.begin(); it != task.end(); ++it)
        if (it->isString() && it.key() != QLatin1String("name") && it.key() != QLatin1String("type"))
            spec.textInputs.append({it.key(), it->toString()});
    return spec;
}

void readStageSpecs(const QJsonObject &stage, StageDefinition &into) {
    for (const QJsonValue &value : stage.value(QLatin1String("artifactFilters")).toArray())
        into.artifactFilters.append({text(value.toObject(), "alias"), versionFilterOf(value.toObject())});
    if (stage.contains(QLatin1String("schedule")))
        into.schedule = scheduleOf(stage.value(QLatin1String("schedule")).toObject());
    const QJsonObject queue = stage.value(QLatin1String("queue")).toObject();
    into.queue.maxParallel = number(queue, "maxParallel", into.queue.maxParallel);
    const QString policy = text(queue, "policy");
    into.queue.policy = policy == QLatin1String("latestOnly")   ? QueueSpec::Policy::LatestOnly
                        : policy == QLatin1String("allInOrder") ? QueueSpec::Policy::AllInOrder
                                                                : into.queue.policy;
    into.pool = text(stage, "pool");
    into.demands = textMap(stage, "demands");
    into.preApprovals = approvalsOf(stage, "preApprovals");
    into.preGates = gatesOf(stage, "preGates", GateSpec::defaultOrderBeforeTasks);
    into.postApprovals = approvalsOf(stage, "postApprovals");
    into.postGates = gatesOf(stage, "postGates", GateSpec::defaultOrderAfterTasks);
    into.variableGroups = variableGroupsOf(stage);
    for (const QJsonValue &task : stage.value(QLatin1String("tasks")).toArray())
        into.tasks << taskSpecOf(task.toObject());
    const QJsonObject retention = stage.value(QLatin1String("retention")).toObject();
    into.retention.daysToKeep = number(retention, "daysToKeep", into.retention.daysToKeep);
    into.retention.minReleasesToKeep = number(retention, "minReleasesToKeep", into.retention.minReleasesToKeep);
}

QStringList variableGroupsOf(const QJsonObject &pipelineOrStage) {
    return texts(pipelineOrStage, "variableGroups");
}

ArtifactSourceDefinition artifactSourceOf(const QJsonObject &source) {
    ArtifactSourceDefinition spec;
    spec.alias = text(source, "alias");
    spec.type = text(source, "type");
    spec.primary = flag(source, "primary", spec.primary);
    spec.path = text(source, "path");
    spec.pattern = text(source, "pattern", spec.pattern);
    spec.repository = text(source, "repository");
    spec.tagPattern = text(source, "tagPattern", spec.tagPattern);
    if (source.contains(QLatin1String("trigger"))) {
        const QJsonObject trigger = source.value(QLatin1String("trigger")).toObject();
        ArtifactTriggerSpec triggerSpec;
        triggerSpec.enabled = flag(trigger, "enabled", triggerSpec.enabled);
        triggerSpec.filter = versionFilterOf(trigger);
        spec.trigger = triggerSpec;
    }
    spec.settings = source;
    return spec;
}

ScheduleDefinition scheduleOf(const QJsonObject &schedule) {
    ScheduleDefinition spec;
    for (const QJsonValue &day : schedule.value(QLatin1String("days")).toArray())
        if (const std::optional<int> parsed = parseDay(day.toString()))
            spec.days << *parsed;
    spec.time = parseTimeOfDay(text(schedule, "time")).value_or(QTime());
    spec.timeZone = text(schedule, "timeZone", spec.timeZone);
    spec.onlyIfChanged = flag(schedule, "onlyIfChanged", spec.onlyIfChanged);
    return spec;
}

QJsonObject scheduleJson(const ScheduleDefinition &schedule) {
    static const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                      QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                      QStringLiteral("sun")};
    QJsonArray days;
    for (int day : schedule.days)
        days.append(dayNames.value(day - 1));
    QJsonObject json{{QStringLiteral("days"), days},
                     {QStringLiteral("time"), schedule.time.toString(QStringLiteral("HH:mm"))},
                     {QStringLiteral("timeZone"), schedule.timeZone}};
    if (schedule.onlyIfChanged)
        json.insert(QStringLiteral("onlyIfChanged"), true);
    return json;
}

QJsonObject textMapJson(const TextMap &map) {
    QJsonObject json;
    for (const auto &[key, value] : map)
        json.insert(key, value);
    return json;
}

} // namespace slipway
