#include "azurereport.h"

#include "definition/releasenameformat.h"

#include <QTimeZone>

#include <algorithm>

namespace slipway::azure {

using namespace detail;

namespace {

// Azure's ReleaseTriggerType and ConditionType-free enums the definition level uses.
constexpr int artifactSourceTrigger = 1;
constexpr int scheduleTrigger = 2;
constexpr int pullRequestTrigger = 6;

QString folderOf(const QString &azurePath) {
    QString folder = azurePath;
    folder.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!folder.startsWith(QLatin1Char('/')))
        folder.prepend(QLatin1Char('/'));
    while (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return folder;
}

// Azure's release name format as Slipway renders it: $(rev:r) in any case works as is; tokens Slipway does not know
// are dropped (validation refuses them), each with a note.
QString releaseNameFormatOf(const QString &format, const QJsonObject &variables, Report &report) {
    QString result = format;
    if (!unclosedReleaseNameTokens(result).isEmpty()) {
        report.unmapped(QStringLiteral("releaseNameFormat"),
                        QT_TRANSLATE_NOOP("Engine", "a token is not closed; Slipway's default format is used"));
        return {};
    }
    for (const QString &token : unknownReleaseNameTokens(result, variables.keys())) {
        result.replace(token, QString());
        report.unmapped(QStringLiteral("releaseNameFormat"),
                        QT_TRANSLATE_NOOP("Engine", "the token %1 has no Slipway equivalent and was left out"),
                        {token});
    }
    if (!result.trimmed().isEmpty())
        report.mapped(QStringLiteral("releaseNameFormat"), QT_TRANSLATE_NOOP("Engine", "→ releaseNameFormat \"%1\""),
                      {result});
    return result.trimmed().isEmpty() ? QString() : result;
}

QJsonObject azureMetadata(const QJsonObject &artifact) {
    QJsonObject azure{{QStringLiteral("type"), text(artifact.value(QLatin1String("type")))}};
    const QJsonObject reference = artifact.value(QLatin1String("definitionReference")).toObject();
    const QJsonObject definition = reference.value(QLatin1String("definition")).toObject();
    const QJsonObject project = reference.value(QLatin1String("project")).toObject();
    const QString definitionName = text(definition.value(QLatin1String("name")));
    const QString definitionId = text(definition.value(QLatin1String("id")));
    const QString projectName = text(project.value(QLatin1String("name")));
    const QString sourceId = text(artifact.value(QLatin1String("sourceId")));
    if (!definitionName.isEmpty())
        azure.insert(QStringLiteral("definition"), definitionName);
    if (!definitionId.isEmpty())
        azure.insert(QStringLiteral("definitionId"), definitionId);
    if (!projectName.isEmpty())
        azure.insert(QStringLiteral("project"), projectName);
    if (!sourceId.isEmpty())
        azure.insert(QStringLiteral("sourceId"), sourceId);
    return azure;
}

QJsonArray mapArtifacts(const QJsonArray &artifacts, Report &report) {
    QJsonArray mapped;
    QStringList aliases;
    bool primaryTaken = false;
    for (qsizetype i = 0; i < artifacts.size(); ++i) {
        const QJsonObject artifact = artifacts.at(i).toObject();
        const QString path = element(QStringLiteral("artifacts"), i);
        QString alias = text(artifact.value(QLatin1String("alias"))).trimmed();
        if (alias.isEmpty() || aliases.contains(alias))
            alias = QStringLiteral("artifact-%1").arg(i + 1);
        aliases << alias;
        QJsonObject source{{QStringLiteral("alias"), alias}, {QStringLiteral("type"), QStringLiteral("push")}};
        if (flag(artifact.value(QLatin1String("isPrimary"))) && !primaryTaken) {
            source.insert(QStringLiteral("primary"), true);
            primaryTaken = true;
        }
        const QJsonObject azure = azureMetadata(artifact);
        source.insert(QStringLiteral("azure"), azure);
        mapped.append(source);
        report.mapped(member(path, "alias"), QT_TRANSLATE_NOOP("Engine", "→ artifact source \"%1\" (push)"), {alias});
        report.mapped(member(path, "type"),
                      QT_TRANSLATE_NOOP("Engine", "Azure type %1 kept as metadata: versions are pushed to Slipway "
                                                  "(`slipway artifact add` or REST)"),
                      {azure.value(QLatin1String("type")).toString()});
        report.mapped(member(path, "definitionReference"),
                      QT_TRANSLATE_NOOP("Engine", "the definition, project and source id are kept as metadata"));
        report.mapped(member(path, "sourceId"), QT_TRANSLATE_NOOP("Engine", "kept as metadata"));
        report.mapped(member(path, "isPrimary"), QT_TRANSLATE_NOOP("Engine", "→ primary"));
        const QString versionType = artifact.value(QLatin1String("definitionReference"))
                                        .toObject()
                                        .value(QLatin1String("defaultVersionType"))
                                        .toObject()
                                        .value(QLatin1String("id"))
                                        .toString();
        if (!versionType.isEmpty() && versionType != QLatin1String("latestType"))
            report.unmapped(member(member(path, "definitionReference"), "defaultVersionType"),
                            QT_TRANSLATE_NOOP("Engine", "default version \"%1\": Slipway's default is the latest"),
                            {versionType});
        report.rest(artifact, path, {"alias", "type", "definitionReference", "sourceId", "isPrimary"});
    }
    return mapped;
}

// Azure's branch filter text: "-x" excludes, "+x" or "x" includes; refs/heads/ is implied.
void addBranch(const QString &filter, QJsonArray &include, QJsonArray &exclude) {
    QString branch = filter.trimmed();
    const bool excluded = branch.startsWith(QLatin1Char('-'));
    if (excluded || branch.startsWith(QLatin1Char('+')))
        branch.remove(0, 1);
    if (branch.startsWith(QLatin1String("refs/heads/")))
        branch.remove(0, 11);
    if (!branch.isEmpty())
        (excluded ? exclude : include).append(branch);
}

QJsonObject artifactTriggerOf(const QJsonArray &conditions, const QString &path, Report &report) {
    QJsonArray include, exclude, tags;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QJsonObject condition = conditions.at(i).toObject();
        const QString conditionPath = element(path, i);
        addBranch(text(condition.value(QLatin1String("sourceBranch"))), include, exclude);
        for (const QJsonValue &tag : condition.value(QLatin1String("tags")).toArray())
            if (!tags.contains(tag))
                tags.append(tag);
        report.mapped(conditionPath, QT_TRANSLATE_NOOP("Engine", "→ the trigger's branch and tag filters"));
    }
    QJsonObject trigger{{QStringLiteral("enabled"), true}};
    if (!include.isEmpty() || !exclude.isEmpty())
        trigger.insert(QStringLiteral("branches"),
                       QJsonObject{{QStringLiteral("include"), include}, {QStringLiteral("exclude"), exclude}});
    if (!tags.isEmpty())
        trigger.insert(QStringLiteral("tags"), tags);
    return trigger;
}

// Release triggers: artifact triggers become CD triggers on their source, schedules become release schedules.
void mapTriggers(const QJsonArray &triggers, QJsonArray &artifacts, QJsonArray &schedules, Report &report) {
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QJsonObject trigger = triggers.at(i).toObject();
        const QString path = element(QStringLiteral("triggers"), i);
        const int type = enumValue(trigger.value(QLatin1String("triggerType")), {{"artifactSource", 1},
                                                                                 {"schedule", 2},
                                                                                 {"sourceRepo", 3},
                                                                                 {"containerImage", 4},
                                                                                 {"package", 5},
                                                                                 {"pullRequest", 6}});
        if (type == artifactSourceTrigger) {
            const QString alias = text(trigger.value(QLatin1String("artifactAlias")));
            auto source = std::find_if(artifacts.begin(), artifacts.end(), [&](const QJsonValue &value) {
                return value.toObject().value(QLatin1String("alias")).toString() == alias;
            });
            if (source == artifacts.end()) {
                report.unmapped(path, QT_TRANSLATE_NOOP("Engine", "no artifact source \"%1\" to trigger on"), {alias});
                continue;
            }
            QJsonObject object = source->toObject();
            object.insert(QStringLiteral("trigger"),
                          artifactTriggerOf(trigger.value(QLatin1String("triggerConditions")).toArray(),
                                            member(path, "triggerConditions"), report));
            *source = object;
            report.mapped(member(path, "triggerType"), QT_TRANSLATE_NOOP("Engine", "artifact source trigger"));
            report.mapped(member(path, "artifactAlias"),
                          QT_TRANSLATE_NOOP("Engine", "→ continuous-deployment trigger of artifact \"%1\""), {alias});
            report.rest(trigger, path, {"triggerType", "artifactAlias", "triggerConditions"});
        } else if (type == scheduleTrigger) {
            const QJsonObject schedule = mapSchedule(trigger.value(QLatin1String("schedule")).toObject(),
                                                     member(path, "schedule"), true, report);
            if (!schedule.isEmpty())
                schedules.append(schedule);
            report.mapped(member(path, "triggerType"), QT_TRANSLATE_NOOP("Engine", "→ a release schedule"));
            report.rest(trigger, path, {"triggerType", "schedule"});
        } else {
            if (type == pullRequestTrigger)
                report.unmapped(
                    path, QT_TRANSLATE_NOOP("Engine", "pull-request release triggers have no Slipway equivalent"));
            else
                report.unmapped(path, QT_TRANSLATE_NOOP("Engine", "trigger type \"%1\" has no Slipway equivalent"),
                                {text(trigger.value(QLatin1String("triggerType")))});
        }
    }
}

QJsonArray mapStages(const QJsonArray &environments, const QStringList &aliases, QJsonObject &variables,
                     Report &report) {
    QList<qsizetype> order;
    for (qsizetype i = 0; i < environments.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return number(environments.at(a).toObject().value(QLatin1String("rank")), a + 1) <
               number(environments.at(b).toObject().value(QLatin1String("rank")), b + 1);
    });
    StageNames names;
    QStringList taken;
    for (qsizetype index : std::as_const(order)) {
        const QString azureName = text(environments.at(index).toObject().value(QLatin1String("name"))).trimmed();
        QString name = azureName.isEmpty() ? QStringLiteral("Stage %1").arg(index + 1) : azureName;
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(azureName).arg(n);
        taken << name;
        if (!names.byAzureName.contains(azureName))
            names.byAzureName.insert(azureName, name);
    }
    QJsonArray stages;
    const StageContext context{aliases, names, variables};
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype index = order.at(k);
        QJsonObject stage = mapEnvironment(environments.at(index).toObject(),
                                           element(QStringLiteral("environments"), index), context, report);
        stage.insert(QStringLiteral("name"), taken.at(k));
        stages.append(stage);
    }
    return stages;
}

} // namespace

Result<AzureImport> mapAzureDefinition(const QJsonObject &definition) {
    if (!looksLikeAzureDefinition(definition))
        return Error::validation(
            QT_TRANSLATE_NOOP("Engine", "not an Azure release definition: it has no \"environments\" list"));
    Report report;
    QJsonObject pipeline;
    const QString name = text(definition.value(QLatin1String("name"))).trimmed();
    pipeline.insert(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Imported release definition") : name);
    report.mapped(QStringLiteral("name"), QT_TRANSLATE_NOOP("Engine", "→ name"));
    const QString path = text(definition.value(QLatin1String("path")));
    if (!path.isEmpty()) {
        pipeline.insert(QStringLiteral("folder"), folderOf(path));
        report.mapped(QStringLiteral("path"), QT_TRANSLATE_NOOP("Engine", "→ folder \"%1\""), {folderOf(path)});
    }
    const QString description = text(definition.value(QLatin1String("description")));
    if (!description.isEmpty()) {
        pipeline.insert(QStringLiteral("description"), description);
        report.mapped(QStringLiteral("description"), QT_TRANSLATE_NOOP("Engine", "→ description"));
    }
    QJsonObject variables =
        mapVariables(definition.value(QLatin1String("variables")).toObject(), QStringLiteral("variables"), report);
    const QString format =
        releaseNameFormatOf(text(definition.value(QLatin1String("releaseNameFormat"))), variables, report);
    if (!format.isEmpty())
        pipeline.insert(QStringLiteral("releaseNameFormat"), format);
    const QJsonArray groups =
        mapVariableGroups(definition.value(QLatin1String("variableGroups")), QStringLiteral("variableGroups"), report);
    if (!groups.isEmpty())
        pipeline.insert(QStringLiteral("variableGroups"), groups);
    QJsonArray artifacts = mapArtifacts(definition.value(QLatin1String("artifacts")).toArray(), report);
    QJsonArray schedules;
    mapTriggers(definition.value(QLatin1String("triggers")).toArray(), artifacts, schedules, report);
    QStringList aliases;
    for (const QJsonValue &artifact : std::as_const(artifacts))
        aliases << artifact.toObject().value(QLatin1String("alias")).toString();
    const QJsonArray stages =
        mapStages(definition.value(QLatin1String("environments")).toArray(), aliases, variables, report);
    if (!variables.isEmpty())
        pipeline.insert(QStringLiteral("variables"), variables);
    if (!artifacts.isEmpty())
        pipeline.insert(QStringLiteral("artifacts"), artifacts);
    if (!schedules.isEmpty())
        pipeline.insert(QStringLiteral("schedules"), schedules);
    pipeline.insert(QStringLiteral("stages"), stages);
    report.rest(definition, QString(),
                {"name", "path", "description", "variables", "releaseNameFormat", "variableGroups", "artifacts",
                 "triggers", "environments"});
    return AzureImport{pipeline, report.notes, report.secrets};
}

} // namespace slipway::azure
