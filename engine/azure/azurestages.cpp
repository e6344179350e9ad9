#include "azurereport.h"

#include <QJsonDocument>

namespace slipway::azure::detail {

namespace {

// Azure's ConditionType, EnvironmentStatus bits and ApprovalExecutionOrder.
constexpr int eventCondition = 1;
constexpr int environmentStateCondition = 2;
constexpr int artifactCondition = 4;
constexpr qint64 succeededBit = 4;
constexpr qint64 partiallySucceededBit = 128;

QJsonObject artifactFilterOf(const QString &alias, const QString &value) {
    const QJsonObject condition = QJsonDocument::fromJson(value.toUtf8()).object();
    QJsonObject filter{{QStringLiteral("alias"), alias}};
    QString branch = text(condition.value(QLatin1String("sourceBranch"))).trimmed();
    if (branch.startsWith(QLatin1String("refs/heads/")))
        branch.remove(0, 11);
    if (!branch.isEmpty())
        filter.insert(QStringLiteral("branches"), QJsonObject{{QStringLiteral("include"), QJsonArray{branch}}});
    QJsonArray tags;
    for (const QJsonValue &tag : condition.value(QLatin1String("tags")).toArray())
        tags.append(text(tag));
    if (!tags.isEmpty())
        filter.insert(QStringLiteral("tags"), tags);
    return filter;
}

// conditions → trigger and artifactFilters.
void mapConditions(const QJsonArray &conditions, const QString &path, const StageContext &context, QJsonObject &stage,
                   Report &report) {
    bool afterRelease = false;
    bool partial = false;
    QJsonArray after, filters;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QJsonObject condition = conditions.at(i).toObject();
        const QString conditionPath = element(path, i);
        const QString name = text(condition.value(QLatin1String("name")));
        const int type = enumValue(condition.value(QLatin1String("conditionType")),
                                   {{"undefined", 0}, {"event", 1}, {"environmentState", 2}, {"artifact", 4}});
        if (type == eventCondition && name.compare(QLatin1String("ReleaseStarted"), Qt::CaseInsensitive) == 0) {
            afterRelease = true;
            report.mapped(conditionPath, QT_TRANSLATE_NOOP("Engine", "→ trigger after release"));
        } else if (type == environmentStateCondition && context.stages.byAzureName.contains(name)) {
            const qint64 bits = number(condition.value(QLatin1String("value")), succeededBit);
            after.append(context.stages.byAzureName.value(name));
            partial = partial || (bits & partiallySucceededBit);
            if (bits & ~(succeededBit | partiallySucceededBit) || !(bits & (succeededBit | partiallySucceededBit)))
                report.unmapped(conditionPath,
                                QT_TRANSLATE_NOOP("Engine",
                                                  "status bits %1: Slipway starts a stage only after its stages "
                                                  "succeed (or partially succeed); mapped as after \"%2\" succeeds"),
                                {QString::number(bits), name});
            else
                report.mapped(conditionPath,
                              bits & partiallySucceededBit
                                  ? QT_TRANSLATE_NOOP("Engine", "→ trigger after stage \"%1\", also on partial success")
                                  : QT_TRANSLATE_NOOP("Engine", "→ trigger after stage \"%1\""),
                              {name});
        } else if (type == artifactCondition && context.artifactAliases.contains(name)) {
            filters.append(artifactFilterOf(name, text(condition.value(QLatin1String("value")))));
            report.mapped(conditionPath, QT_TRANSLATE_NOOP("Engine", "→ artifact filter on \"%1\""), {name});
        } else {
            report.unmapped(conditionPath,
                            QT_TRANSLATE_NOOP("Engine", "condition \"%1\" (type %2) names nothing Slipway knows"),
                            {name, text(condition.value(QLatin1String("conditionType")))});
        }
    }
    if (!after.isEmpty()) {
        QJsonObject trigger{{QStringLiteral("type"), QStringLiteral("afterStages")}, {QStringLiteral("stages"), after}};
        if (partial)
            trigger.insert(QStringLiteral("onPartialSuccess"), true);
        stage.insert(QStringLiteral("trigger"), trigger);
        if (afterRelease)
            report.unmapped(path,
                            QT_TRANSLATE_NOOP("Engine", "both after release and after stages: after stages is kept"));
    } else {
        stage.insert(QStringLiteral("trigger"),
                     QJsonObject{{QStringLiteral("type"),
                                  afterRelease ? QStringLiteral("afterRelease") : QStringLiteral("manual")}});
        if (!afterRelease)
            report.mapped(path, QT_TRANSLATE_NOOP("Engine", "no start condition → manual trigger"));
    }
    if (!filters.isEmpty())
        stage.insert(QStringLiteral("artifactFilters"), filters);
}

QString approverOf(const QJsonObject &identity) {
    QString name = text(identity.value(QLatin1String("uniqueName")));
    if (name.isEmpty() || flag(identity.value(QLatin1String("isContainer"))))
        name = text(identity.value(QLatin1String("displayName")));
    if (flag(identity.value(QLatin1String("isContainer")))) {
        const qsizetype slash = name.lastIndexOf(QLatin1Char('\\'));
        return QStringLiteral("group:") + (slash >= 0 ? name.mid(slash + 1) : name);
    }
    return name;
}

// The gates' approval order: Azure's executionOrder of the approvals on the same side.
QString executionOrderOf(const QJsonObject &approvals) {
    switch (
        enumValue(approvals.value(QLatin1String("approvalOptions")).toObject().value(QLatin1String("executionOrder")),
                  {{"beforeGates", 1}, {"afterSuccessfulGates", 2}, {"afterGatesAlways", 4}})) {
    case 1: return QStringLiteral("beforeGates");
    case 2: return QStringLiteral("afterSuccessfulGates");
    case 4: return QStringLiteral("afterGatesAlways");
    default: return {};
    }
}

QJsonObject mapApprovals(const QJsonObject &approvals, const QString &path, Report &report) {
    const QJsonArray list = approvals.value(QLatin1String("approvals")).toArray();
    QJsonArray approvers;
    QList<qint64> ranks;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject approval = list.at(i).toObject();
        if (flag(approval.value(QLatin1String("isAutomated"))))
            continue;
        const QString approver = approverOf(approval.value(QLatin1String("approver")).toObject());
        const QString approvalPath = element(member(path, "approvals"), i);
        if (approver.isEmpty()) {
            report.unmapped(approvalPath, QT_TRANSLATE_NOOP("Engine", "an approval without an approver"));
            continue;
        }
        approvers.append(approver);
        ranks << number(approval.value(QLatin1String("rank")), 1);
        report.mapped(approvalPath,
                      QT_TRANSLATE_NOOP("Engine", "→ approver \"%1\" (create the user or group in Slipway)"),
                      {approver});
    }
    if (approvers.isEmpty()) {
        report.mapped(path, QT_TRANSLATE_NOOP("Engine", "automated: no approval"));
        return {};
    }
    const QJsonObject options = approvals.value(QLatin1String("approvalOptions")).toObject();
    const QString optionsPath = member(path, "approvalOptions");
    const qint64 required = number(options.value(QLatin1String("requiredApproverCount")), 0);
    QJsonObject mapped{{QStringLiteral("approvers"), approvers}};
    const bool sequence = QSet<qint64>(ranks.cbegin(), ranks.cend()).size() > 1;
    if (sequence) {
        mapped.insert(QStringLiteral("order"), QStringLiteral("allInSequence"));
    } else if (approvers.size() > 1 && required != 1) {
        mapped.insert(QStringLiteral("order"), QStringLiteral("allAnyOrder"));
        if (required > 1 && required < approvers.size())
            mapped.insert(QStringLiteral("requiredApproverCount"), required);
    } else {
        mapped.insert(QStringLiteral("order"), QStringLiteral("anyOne"));
    }
    report.mapped(member(optionsPath, "requiredApproverCount"), QT_TRANSLATE_NOOP("Engine", "→ order %1"),
                  {mapped.value(QLatin1String("order")).toString()});
    const qint64 timeout = number(options.value(QLatin1String("timeoutInMinutes")), 0);
    if (timeout > 0)
        mapped.insert(QStringLiteral("timeout"), minutesText(timeout));
    report.mapped(member(optionsPath, "timeoutInMinutes"), QT_TRANSLATE_NOOP("Engine", "→ timeout"));
    mapped.insert(QStringLiteral("requesterCannotApprove"),
                  !flag(options.value(QLatin1String("releaseCreatorCanBeApprover"))));
    report.mapped(member(optionsPath, "releaseCreatorCanBeApprover"),
                  QT_TRANSLATE_NOOP("Engine", "→ requesterCannotApprove"));
    if (flag(options.value(QLatin1String("autoTriggeredAndPreviousEnvironmentApprovedCanBeSkipped"))))
        mapped.insert(QStringLiteral("skipIfApprovedInPreviousStage"), true);
    report.mapped(member(optionsPath, "autoTriggeredAndPreviousEnvironmentApprovedCanBeSkipped"),
                  QT_TRANSLATE_NOOP("Engine", "→ skipIfApprovedInPreviousStage"));
    if (flag(options.value(QLatin1String("enforceIdentityRevalidation"))))
        mapped.insert(QStringLiteral("revalidateIdentity"), true);
    report.mapped(member(optionsPath, "enforceIdentityRevalidation"),
                  QT_TRANSLATE_NOOP("Engine", "→ revalidateIdentity"));
    report.mapped(member(optionsPath, "executionOrder"), QT_TRANSLATE_NOOP("Engine", "→ the gates' approvalOrder"));
    report.rest(options, optionsPath,
                {"requiredApproverCount", "timeoutInMinutes", "releaseCreatorCanBeApprover",
                 "autoTriggeredAndPreviousEnvironmentApprovedCanBeSkipped", "enforceIdentityRevalidation",
                 "executionOrder"});
    report.rest(approvals, path, {"approvals", "approvalOptions"});
    return mapped;
}

QJsonObject mapGates(const QJsonObject &gates, const QString &path, const QString &approvalOrder,
                     QJsonObject &variables, Report &report) {
    const QJsonObject options = gates.value(QLatin1String("gatesOptions")).toObject();
    const QJsonArray list = gates.value(QLatin1String("gates")).toArray();
    if (!flag(options.value(QLatin1String("isEnabled"))) || list.isEmpty()) {
        if (!carriesNothing(options) || !list.isEmpty())
            report.mapped(path, QT_TRANSLATE_NOOP("Engine", "gates not enabled or none defined: no gates"));
        return {};
    }
    QJsonArray mapped;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray tasks = list.at(i).toObject().value(QLatin1String("tasks")).toArray();
        for (qsizetype t = 0; t < tasks.size(); ++t) {
            const QJsonObject task = tasks.at(t).toObject();
            const QString taskPath = element(member(element(member(path, "gates"), i), "tasks"), t);
            const QString name = text(task.value(QLatin1String("name")));
            if (text(task.value(QLatin1String("taskId")))
                    .compare(QLatin1String("9c3e8943-130d-4c78-ac63-8af81df62dfb"), Qt::CaseInsensitive) != 0) {
                report.unmapped(taskPath,
                                QT_TRANSLATE_NOOP("Engine", "gate \"%1\" (task %2) has no Slipway equivalent"),
                                {name, text(task.value(QLatin1String("taskId")))});
                continue;
            }
            QJsonObject gate{{QStringLiteral("name"), name.isEmpty() ? QStringLiteral("REST API") : name},
                             {QStringLiteral("type"), QStringLiteral("http")}};
            const QJsonObject call = mapRestCall(task.value(QLatin1String("inputs")).toObject(),
                                                 member(taskPath, "inputs"), variables, report);
            for (auto it = call.begin(); it != call.end(); ++it)
                gate.insert(it.key(), it.value());
            mapped.append(gate);
            report.mapped(member(taskPath, "taskId"), QT_TRANSLATE_NOOP("Engine", "InvokeRESTAPI → http gate"));
            report.mapped(member(taskPath, "name"), QT_TRANSLATE_NOOP("Engine", "→ the gate's name"));
            report.mapped(member(taskPath, "version"),
                          QT_TRANSLATE_NOOP("Engine", "Slipway's http gate stands for every version"));
            if (!flag(task.value(QLatin1String("enabled")), true))
                report.unmapped(member(taskPath, "enabled"),
                                QT_TRANSLATE_NOOP("Engine", "a disabled gate is imported enabled"));
            else
                report.mapped(member(taskPath, "enabled"), QT_TRANSLATE_NOOP("Engine", "enabled"));
            report.rest(task, taskPath, {"taskId", "inputs", "name", "version", "enabled", "definitionType"});
        }
    }
    if (mapped.isEmpty())
        return {};
    QJsonObject result{
        {QStringLiteral("delay"), minutesText(number(options.value(QLatin1String("stabilizationTime"))))},
        {QStringLiteral("samplingInterval"), minutesText(number(options.value(QLatin1String("samplingInterval")), 5))},
        {QStringLiteral("timeout"), minutesText(number(options.value(QLatin1String("timeout")), 360))},
        {QStringLiteral("minSuccessDuration"),
         minutesText(number(options.value(QLatin1String("minimumSuccessDuration"))))},
        {QStringLiteral("gates"), mapped}};
    if (!approvalOrder.isEmpty())
        result.insert(QStringLiteral("approvalOrder"), approvalOrder);
    report.mapped(
        member(path, "gatesOptions"),
        QT_TRANSLATE_NOOP("Engine", "→ delay (stabilizationTime), samplingInterval, timeout, minSuccessDuration"));
    report.rest(gates, path, {"gatesOptions", "gates"});
    return result;
}

// executionPolicy → queue, retentionPolicy → retention.
void mapQueueAndRetention(const QJsonObject &environment, const QString &path, QJsonObject &stage, Report &report) {
    const QJsonObject policy = environment.value(QLatin1String("executionPolicy")).toObject();
    const qint64 depth = number(policy.value(QLatin1String("queueDepthCount")));
    stage.insert(
        QStringLiteral("queue"),
        QJsonObject{
            {QStringLiteral("maxParallel"), qMax<qint64>(0, number(policy.value(QLatin1String("concurrencyCount"))))},
            {QStringLiteral("policy"), depth > 0 ? QStringLiteral("latestOnly") : QStringLiteral("allInOrder")}});
    report.mapped(member(path, "executionPolicy"),
                  QT_TRANSLATE_NOOP("Engine", "→ queue (concurrencyCount → maxParallel, "
                                              "queueDepthCount → policy)"));
    if (depth > 1)
        report.unmapped(member(member(path, "executionPolicy"), "queueDepthCount"),
                        QT_TRANSLATE_NOOP("Engine", "only the latest release is deployed (Slipway keeps one, not %1)"),
                        {QString::number(depth)});
    const QJsonObject retention = environment.value(QLatin1String("retentionPolicy")).toObject();
    if (!retention.isEmpty()) {
        stage.insert(QStringLiteral("retention"),
                     QJsonObject{{QStringLiteral("daysToKeep"),
                                  qMax<qint64>(0, number(retention.value(QLatin1String("daysToKeep")), 30))},
                                 {QStringLiteral("minReleasesToKeep"),
                                  qMax<qint64>(0, number(retention.value(QLatin1String("releasesToKeep")), 3))}});
        report.mapped(member(member(path, "retentionPolicy"), "daysToKeep"),
                      QT_TRANSLATE_NOOP("Engine", "→ retention.daysToKeep"));
        report.mapped(member(member(path, "retentionPolicy"), "releasesToKeep"),
                      QT_TRANSLATE_NOOP("Engine", "→ retention.minReleasesToKeep"));
        report.rest(retention, member(path, "retentionPolicy"), {"daysToKeep", "releasesToKeep"});
    }
    report.rest(policy, member(path, "executionPolicy"), {"concurrencyCount", "queueDepthCount"});
}

} // namespace

QJsonObject mapEnvironment(const QJsonObject &environment, const QString &path, const StageContext &context,
                           Report &report) {
    QJsonObject stage;
    report.mapped(member(path, "name"), QT_TRANSLATE_NOOP("Engine", "→ stage"));
    report.mapped(member(path, "rank"), QT_TRANSLATE_NOOP("Engine", "→ the stage's position"));
    mapConditions(environment.value(QLatin1String("conditions")).toArray(), member(path, "conditions"), context, stage,
                  report);
    const QJsonArray schedules = environment.value(QLatin1String("schedules")).toArray();
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const QString schedulePath = element(member(path, "schedules"), i);
        const QJsonObject schedule = mapSchedule(schedules.at(i).toObject(), schedulePath, false, report);
        if (!schedule.isEmpty() && stage.contains(QLatin1String("schedule")))
            report.unmapped(schedulePath,
                            QT_TRANSLATE_NOOP("Engine", "a Slipway stage has one schedule: only the first is kept"));
        else if (!schedule.isEmpty())
            stage.insert(QStringLiteral("schedule"), schedule);
    }
    mapQueueAndRetention(environment, path, stage, report);
    const QJsonObject pre = environment.value(QLatin1String("preDeployApprovals")).toObject();
    const QJsonObject post = environment.value(QLatin1String("postDeployApprovals")).toObject();
    const QJsonObject preApprovals = mapApprovals(pre, member(path, "preDeployApprovals"), report);
    const QJsonObject postApprovals = mapApprovals(post, member(path, "postDeployApprovals"), report);
    const QJsonObject preGates =
        mapGates(environment.value(QLatin1String("preDeploymentGates")).toObject(), member(path, "preDeploymentGates"),
                 executionOrderOf(pre), context.pipelineVariables, report);
    const QJsonObject postGates =
        mapGates(environment.value(QLatin1String("postDeploymentGates")).toObject(),
                 member(path, "postDeploymentGates"), executionOrderOf(post), context.pipelineVariables, report);
    if (!preApprovals.isEmpty())
        stage.insert(QStringLiteral("preApprovals"), preApprovals);
    if (!preGates.isEmpty())
        stage.insert(QStringLiteral("preGates"), preGates);
    if (!postApprovals.isEmpty())
        stage.insert(QStringLiteral("postApprovals"), postApprovals);
    if (!postGates.isEmpty())
        stage.insert(QStringLiteral("postGates"), postGates);
    const QJsonObject variables =
        mapVariables(environment.value(QLatin1String("variables")).toObject(), member(path, "variables"), report);
    if (!variables.isEmpty())
        stage.insert(QStringLiteral("variables"), variables);
    const QJsonArray groups =
        mapVariableGroups(environment.value(QLatin1String("variableGroups")), member(path, "variableGroups"), report);
    if (!groups.isEmpty())
        stage.insert(QStringLiteral("variableGroups"), groups);
    const QJsonArray tasks = mapDeployPhases(environment.value(QLatin1String("deployPhases")).toArray(),
                                             member(path, "deployPhases"), context.pipelineVariables, report);
    if (!tasks.isEmpty())
        stage.insert(QStringLiteral("tasks"), tasks);
    const QJsonObject demands = mapDemands(environment.value(QLatin1String("deployPhases")).toArray());
    if (!demands.isEmpty())
        stage.insert(QStringLiteral("demands"), demands);
    report.rest(environment.value(QLatin1String("environmentOptions")).toObject(), member(path, "environmentOptions"),
                {});
    report.rest(environment, path,
                {"name", "conditions", "schedules", "executionPolicy", "preDeployApprovals", "postDeployApprovals",
                 "preDeploymentGates", "postDeploymentGates", "variables", "variableGroups", "deployPhases",
                 "retentionPolicy", "environmentOptions"});
    return stage;
}

} // namespace slipway::azure::detail
