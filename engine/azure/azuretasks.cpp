#include "azurereport.h"

#include "definition/demand.h"

namespace slipway::azure::detail {

namespace {

// The well-known tasks, by the id Azure gives each (the same id in every version).
const QString bashTask = QStringLiteral("6c731c3c-3c68-459a-a5c9-bde6e6595b5b");
const QString shellScriptTask = QStringLiteral("6c731c3c-3c68-459a-a5c9-bde6e6595b5a");
const QString cmdLineTask = QStringLiteral("d9bafed4-0b18-4f58-968d-86655b4d2ce9");
const QString powerShellTask = QStringLiteral("e213ff0f-5d5c-4791-802d-52ea3e7be1f1");
const QString copyFilesTask = QStringLiteral("5bfb729a-a7c8-4a78-a7c3-8d717bb7c13c");
const QString invokeRestApiTask = QStringLiteral("9c3e8943-130d-4c78-ac63-8af81df62dfb");
const QString manualInterventionTask = QStringLiteral("bcb64569-d51a-4af0-9c01-ea5d05b3b622");
const QString delayTask = QStringLiteral("28782b92-5e8e-4458-9751-a71cd1492bae");

constexpr int deploymentGroupPhase = 4;

QString shellQuoted(const QString &text) {
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString powerShellQuoted(const QString &text) {
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString joined(const QString &command, const QString &arguments) {
    return arguments.trimmed().isEmpty() ? command : command + QLatin1Char(' ') + arguments.trimmed();
}

struct TaskInputs final {
    const QJsonObject &inputs;
    QString get(const char *key) const { return text(inputs.value(QLatin1String(key))); }
};

// A script run by bash or pwsh: an inline script, or a file with its arguments.
QJsonObject scriptTask(const QString &shell, const QString &script, const QString &workingDirectory) {
    QJsonObject task{{QStringLiteral("type"), QStringLiteral("script")},
                     {QStringLiteral("shell"), shell},
                     {QStringLiteral("script"), script}};
    if (!workingDirectory.isEmpty())
        task.insert(QStringLiteral("workingDirectory"), workingDirectory);
    return task;
}

// The tasks that run a script: bash for Bash, Shell script and Command line, pwsh for PowerShell.
QJsonObject scriptTaskOf(const QString &id, const TaskInputs in, QStringList &used) {
    const auto use = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys)
            used << QString::fromLatin1(key);
    };
    if (id == bashTask) {
        use({"targetType", "filePath", "arguments", "script", "workingDirectory"});
        const bool file = in.get("targetType").compare(QLatin1String("inline"), Qt::CaseInsensitive) != 0;
        return scriptTask(QStringLiteral("bash"),
                          file ? joined(QStringLiteral("bash ") + shellQuoted(in.get("filePath")), in.get("arguments"))
                               : in.get("script"),
                          in.get("workingDirectory"));
    }
    if (id == shellScriptTask) {
        use({"scriptPath", "args", "cwd"});
        return scriptTask(QStringLiteral("bash"),
                          joined(QStringLiteral("bash ") + shellQuoted(in.get("scriptPath")), in.get("args")),
                          in.get("cwd"));
    }
    if (id == cmdLineTask) {
        use({"script", "workingDirectory", "filename", "arguments", "workingFolder"});
        const QString script =
            in.get("script").isEmpty() ? joined(in.get("filename"), in.get("arguments")) : in.get("script");
        return scriptTask(QStringLiteral("bash"), script,
                          in.get("workingDirectory").isEmpty() ? in.get("workingFolder") : in.get("workingDirectory"));
    }
    if (id == powerShellTask) {
        use({"targetType", "filePath", "arguments", "script", "workingDirectory", "scriptType", "scriptName",
             "inlineScript", "workingFolder", "pwsh"});
        const QString type = in.get("targetType").isEmpty() ? in.get("scriptType") : in.get("targetType");
        const bool inlineScript = type.startsWith(QLatin1String("inline"), Qt::CaseInsensitive);
        const QString file = in.get("filePath").isEmpty() ? in.get("scriptName") : in.get("filePath");
        const QString script = in.get("script").isEmpty() ? in.get("inlineScript") : in.get("script");
        return scriptTask(QStringLiteral("pwsh"),
                          inlineScript ? script
                                       : joined(QStringLiteral("& ") + powerShellQuoted(file), in.get("arguments")),
                          in.get("workingDirectory").isEmpty() ? in.get("workingFolder") : in.get("workingDirectory"));
    }
    return {};
}

// The Slipway fields of a well-known task, empty when the task is not one (or lacks what Slipway needs); `used`
// names the inputs it consumed.
QJsonObject wellKnown(const QString &id, const TaskInputs in, const QString &path, QJsonObject &variables,
                      Report &report, QStringList &used) {
    const auto use = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys)
            used << QString::fromLatin1(key);
    };
    if (QJsonObject script = scriptTaskOf(id, in, used); !script.isEmpty())
        return script;
    if (id == copyFilesTask && !in.get("TargetFolder").isEmpty()) {
        use({"SourceFolder", "Contents", "TargetFolder", "OverWrite"});
        const QStringList patterns = in.get("Contents").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (patterns.size() > 1)
            report.unmapped(member(path, "Contents"),
                            QT_TRANSLATE_NOOP("Engine", "only the first pattern \"%1\" is kept"), {patterns.first()});
        return {
            {QStringLiteral("type"), QStringLiteral("copyFiles")},
            {QStringLiteral("from"), in.get("SourceFolder").isEmpty() ? QStringLiteral(".") : in.get("SourceFolder")},
            {QStringLiteral("pattern"), patterns.isEmpty() ? QStringLiteral("**") : patterns.first().trimmed()},
            {QStringLiteral("to"), in.get("TargetFolder")},
            {QStringLiteral("overwrite"), flag(in.inputs.value(QLatin1String("OverWrite")))}};
    }
    if (id == invokeRestApiTask) {
        QJsonObject task = mapRestCall(in.inputs, path, variables, report);
        task.insert(QStringLiteral("type"), QStringLiteral("httpRequest"));
        for (auto it = in.inputs.begin(); it != in.inputs.end(); ++it)
            used << it.key(); // mapRestCall reported on each
        return task;
    }
    if (id == manualInterventionTask) {
        use({"instructions", "onTimeout"});
        if (!in.get("emailRecipients").isEmpty())
            report.unmapped(
                member(path, "emailRecipients"),
                QT_TRANSLATE_NOOP("Engine", "Slipway sends no mail; anyone may resume or reject the intervention"));
        use({"emailRecipients"});
        const bool resume = in.get("onTimeout").compare(QLatin1String("resume"), Qt::CaseInsensitive) == 0;
        return {{QStringLiteral("type"), QStringLiteral("manualIntervention")},
                {QStringLiteral("instructions"), in.get("instructions")},
                {QStringLiteral("onTimeout"), resume ? QStringLiteral("resume") : QStringLiteral("reject")}};
    }
    if (id == delayTask) {
        bool numeric = false;
        const qint64 minutes = in.get("delayForMinutes").toLongLong(&numeric);
        if (!numeric || minutes < 0)
            return {};
        use({"delayForMinutes"});
        return {{QStringLiteral("type"), QStringLiteral("delay")}, {QStringLiteral("duration"), minutesText(minutes)}};
    }
    return {};
}

// Azure's condition expressions Slipway has: the rest keep the task, disabled, with a note.
QString conditionOf(const QJsonObject &task, const QString &path, Report &report, bool &disable) {
    QString condition = text(task.value(QLatin1String("condition"))).simplified().remove(QLatin1Char(' ')).toLower();
    if (flag(task.value(QLatin1String("alwaysRun")))) {
        report.mapped(member(path, "alwaysRun"), QT_TRANSLATE_NOOP("Engine", "→ condition succeededOrFailed"));
        if (condition.isEmpty() || condition == QLatin1String("succeeded()"))
            return QStringLiteral("succeededOrFailed");
    }
    static const QList<std::pair<QString, QString>> known{
        {QStringLiteral("succeeded()"), QStringLiteral("succeeded")},
        {QStringLiteral("always()"), QStringLiteral("always")},
        {QStringLiteral("failed()"), QStringLiteral("failed")},
        {QStringLiteral("succeededorfailed()"), QStringLiteral("succeededOrFailed")}};
    if (condition.isEmpty())
        return QStringLiteral("succeeded");
    for (const auto &[expression, name] : known)
        if (condition == expression) {
            report.mapped(member(path, "condition"), QT_TRANSLATE_NOOP("Engine", "→ condition %1"), {name});
            return name;
        }
    disable = true;
    report.unmapped(
        member(path, "condition"),
        QT_TRANSLATE_NOOP("Engine", "custom condition \"%1\" is not supported: the task is imported disabled"),
        {text(task.value(QLatin1String("condition")))});
    return QStringLiteral("succeeded");
}

QJsonObject placeholder(const QJsonObject &task, const QString &path, Report &report) {
    QJsonObject inputs;
    const QJsonObject azureInputs = task.value(QLatin1String("inputs")).toObject();
    for (auto it = azureInputs.begin(); it != azureInputs.end(); ++it)
        inputs.insert(it.key(), text(it.value()));
    const QString id = text(task.value(QLatin1String("taskId")));
    const bool group =
        text(task.value(QLatin1String("definitionType"))).compare(QLatin1String("metaTask"), Qt::CaseInsensitive) == 0;
    report.unmapped(path,
                    group ? QT_TRANSLATE_NOOP("Engine", "task group %1 has no Slipway equivalent: kept as a disabled "
                                                        "placeholder with its id, version and inputs")
                          : QT_TRANSLATE_NOOP("Engine", "Azure task %1 has no Slipway equivalent: kept as a disabled "
                                                        "placeholder with its id, version and inputs"),
                    {id});
    QJsonObject mapped{{QStringLiteral("type"), QStringLiteral("azureTask")}, {QStringLiteral("taskId"), id}};
    if (!text(task.value(QLatin1String("version"))).isEmpty())
        mapped.insert(QStringLiteral("version"), text(task.value(QLatin1String("version"))));
    if (!inputs.isEmpty())
        mapped.insert(QStringLiteral("inputs"), inputs);
    return mapped;
}

QJsonObject mapTask(const QJsonObject &task, const QString &path, int number, bool disableAll, QJsonObject &variables,
                    Report &report) {
    const QString id = text(task.value(QLatin1String("taskId"))).toLower();
    const bool group =
        text(task.value(QLatin1String("definitionType"))).compare(QLatin1String("metaTask"), Qt::CaseInsensitive) == 0;
    const QJsonObject inputs = task.value(QLatin1String("inputs")).toObject();
    QStringList used;
    QJsonObject mapped =
        group ? QJsonObject() : wellKnown(id, TaskInputs{inputs}, member(path, "inputs"), variables, report, used);
    const bool known = !mapped.isEmpty();
    if (!known) {
        mapped = placeholder(task, path, report);
    } else {
        report.mapped(member(path, "taskId"), QT_TRANSLATE_NOOP("Engine", "→ %1 task"),
                      {mapped.value(QLatin1String("type")).toString()});
        for (const QString &key : std::as_const(used))
            if (inputs.contains(key) && !carriesNothing(inputs.value(key)))
                report.mapped(member(member(path, "inputs"), key), QT_TRANSLATE_NOOP("Engine", "→ the task's inputs"));
        QJsonObject rest = inputs;
        for (const QString &key : std::as_const(used))
            rest.remove(key);
        report.rest(rest, member(path, "inputs"), {});
    }
    const QString name = text(task.value(QLatin1String("name"))).trimmed();
    mapped.insert(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Task %1").arg(number) : name);
    bool disable = !known || disableAll || !flag(task.value(QLatin1String("enabled")), true);
    const QString condition = conditionOf(task, path, report, disable);
    if (condition != QLatin1String("succeeded"))
        mapped.insert(QStringLiteral("condition"), condition);
    if (disable)
        mapped.insert(QStringLiteral("enabled"), false);
    if (flag(task.value(QLatin1String("continueOnError"))))
        mapped.insert(QStringLiteral("continueOnError"), true);
    const qint64 timeout = detail::number(task.value(QLatin1String("timeoutInMinutes")));
    if (timeout > 0)
        mapped.insert(QStringLiteral("timeout"), minutesText(timeout));
    const QJsonObject environment = task.value(QLatin1String("environment")).toObject();
    if (!environment.isEmpty() && known && mapped.value(QLatin1String("type")) == QLatin1String("script")) {
        QJsonObject env;
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), text(it.value()));
        mapped.insert(QStringLiteral("env"), env);
        report.mapped(member(path, "environment"), QT_TRANSLATE_NOOP("Engine", "→ env"));
    }
    if (known) {
        report.mapped(member(path, "name"), QT_TRANSLATE_NOOP("Engine", "→ task name"));
        report.mapped(member(path, "enabled"), QT_TRANSLATE_NOOP("Engine", "→ enabled"));
        report.mapped(member(path, "continueOnError"), QT_TRANSLATE_NOOP("Engine", "→ continueOnError"));
        report.mapped(member(path, "timeoutInMinutes"), QT_TRANSLATE_NOOP("Engine", "→ timeout"));
        report.mapped(member(path, "version"), QT_TRANSLATE_NOOP("Engine", "Slipway's task stands for every version"));
        report.mapped(member(path, "definitionType"), QT_TRANSLATE_NOOP("Engine", "a task (not a task group)"));
        report.rest(task, path,
                    {"taskId", "inputs", "name", "enabled", "continueOnError", "timeoutInMinutes", "condition",
                     "alwaysRun", "environment", "version", "definitionType"});
    }
    return mapped;
}

void notePhase(const QJsonObject &phase, const QString &path, int type, Report &report) {
    const QString name = text(phase.value(QLatin1String("name")));
    if (type == deploymentGroupPhase)
        report.unmapped(member(path, "phaseType"),
                        QT_TRANSLATE_NOOP("Engine",
                                          "deployment-group job \"%1\": its tasks would run wherever the stage runs; "
                                          "they are imported disabled until you give the stage a pool and check them"),
                        {name});
    else
        report.mapped(member(path, "phaseType"),
                      QT_TRANSLATE_NOOP("Engine", "job \"%1\" → the stage's tasks, in order"), {name});
    report.mapped(member(path, "name"), QT_TRANSLATE_NOOP("Engine", "→ the stage's tasks"));
    const QJsonObject input = phase.value(QLatin1String("deploymentInput")).toObject();
    const QString inputPath = member(path, "deploymentInput");
    const QString condition = text(input.value(QLatin1String("condition"))).remove(QLatin1Char(' '));
    if (!condition.isEmpty() && condition != QLatin1String("succeeded()"))
        report.unmapped(member(inputPath, "condition"),
                        QT_TRANSLATE_NOOP("Engine", "the job's condition \"%1\" is not mapped"), {condition});
    else
        report.mapped(member(inputPath, "condition"),
                      QT_TRANSLATE_NOOP("Engine", "the job runs when the jobs before it succeed"));
    for (const char *agent : {"queueId", "agentSpecification"})
        if (!carriesNothing(input.value(QLatin1String(agent))))
            report.unmapped(member(inputPath, agent),
                            QT_TRANSLATE_NOOP("Engine", "an Azure agent queue names no Slipway pool: give the stage a "
                                                        "pool of your agents (docs/agents.md)"));
    const QJsonArray demands = input.value(QLatin1String("demands")).toArray();
    for (qsizetype d = 0; d < demands.size(); ++d) {
        const QString demand = demands.at(d).toString();
        if (parseAzureDemand(demand))
            report.mapped(element(member(inputPath, "demands"), d),
                          QT_TRANSLATE_NOOP("Engine", "→ the stage's demands"));
        else
            report.unmapped(element(member(inputPath, "demands"), d),
                            QT_TRANSLATE_NOOP("Engine", "the demand \"%1\" is not \"name\" or \"name -equals "
                                                        "value\""),
                            {demand});
    }
    const QJsonValue parallel =
        input.value(QLatin1String("parallelExecution")).toObject().value(QLatin1String("parallelExecutionType"));
    if (enumValue(parallel, {{"none", 0}, {"multiConfiguration", 1}, {"multiMachine", 2}}) > 0)
        report.unmapped(member(inputPath, "parallelExecution"),
                        QT_TRANSLATE_NOOP("Engine", "parallel jobs: tasks run one at a time"));
    else
        report.mapped(member(inputPath, "parallelExecution"),
                      QT_TRANSLATE_NOOP("Engine", "no parallelism: tasks run one at a time"));
    const QJsonArray downloads = input.value(QLatin1String("artifactsDownloadInput"))
                                     .toObject()
                                     .value(QLatin1String("downloadInputs"))
                                     .toArray();
    if (!downloads.isEmpty())
        report.mapped(member(inputPath, "artifactsDownloadInput"),
                      QT_TRANSLATE_NOOP("Engine", "Slipway makes the release's artifacts available to every stage"));
    QJsonObject rest = input;
    for (const char *key :
         {"condition", "queueId", "agentSpecification", "demands", "parallelExecution", "artifactsDownloadInput"})
        rest.remove(QLatin1String(key));
    report.rest(rest, inputPath, {});
    report.rest(phase, path, {"deploymentInput", "phaseType", "name", "workflowTasks"});
}

} // namespace

QJsonObject mapDemands(const QJsonArray &phases) {
    QJsonObject demands;
    for (const QJsonValue &phase : phases)
        for (const QJsonValue &demand : phase[QLatin1String("deploymentInput")][QLatin1String("demands")].toArray())
            if (const std::optional<std::pair<QString, QString>> parsed = parseAzureDemand(demand.toString()))
                demands.insert(parsed->first, parsed->second);
    return demands;
}

QJsonArray mapDeployPhases(const QJsonArray &phases, const QString &path, QJsonObject &pipelineVariables,
                           Report &report) {
    QJsonArray tasks;
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const QJsonObject phase = phases.at(p).toObject();
        const QString phasePath = element(path, p);
        const int type = enumValue(phase.value(QLatin1String("phaseType")), {{"undefined", 0},
                                                                             {"agentBasedDeployment", 1},
                                                                             {"runOnServer", 2},
                                                                             {"machineGroupBasedDeployment", 4},
                                                                             {"deploymentGates", 8}});
        notePhase(phase, phasePath, type, report);
        const QJsonArray workflow = phase.value(QLatin1String("workflowTasks")).toArray();
        for (qsizetype t = 0; t < workflow.size(); ++t)
            tasks.append(mapTask(workflow.at(t).toObject(), element(member(phasePath, "workflowTasks"), t),
                                 int(tasks.size() + 1), type == deploymentGroupPhase, pipelineVariables, report));
    }
    return tasks;
}

} // namespace slipway::azure::detail
