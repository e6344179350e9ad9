#include "macros.h"

#include "core/result.h"

#include <QJsonArray>
#include <QSet>

namespace slipway {

namespace {

// The names known in one stage, lower-case (macros are case-insensitive).
QSet<QString> knownNames(const QJsonObject &document, const QJsonObject &stage) {
    QSet<QString> names;
    for (const QString &name : predefinedVariableNames())
        names.insert(name.toLower());
    for (const QJsonValue &artifact : document.value(QLatin1String("artifacts")).toArray())
        for (const QString &suffix : artifactVariableSuffixes())
            names.insert(QStringLiteral("release.artifacts.%1.%2")
                             .arg(artifact.toObject().value(QLatin1String("alias")).toString(), suffix)
                             .toLower());
    for (const QJsonObject &scope : {document, stage}) {
        const QJsonObject variables = scope.value(QLatin1String("variables")).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            names.insert(it.key().toLower());
    }
    return names;
}

bool linksGroups(const QJsonObject &scope) {
    return !scope.value(QLatin1String("variableGroups")).toArray().isEmpty();
}

class MacroChecker final {
public:
    MacroChecker(QSet<QString> known, QList<Problem> &problems) : m_known(std::move(known)), m_problems(problems) {}

    // Every string below `value`: task inputs, env values, arguments, headers.
    void check(const QJsonValue &value, const QString &path) {
        if (value.isString()) {
            for (const QString &name : macroNames(value.toString()))
                if (!m_known.contains(name.toLower()))
                    warn(path, name);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array.at(i), indexPath(path, i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it.key() != QLatin1String("name") && it.key() != QLatin1String("type"))
                    check(it.value(), joinPath(path, it.key()));
        }
    }

private:
    QSet<QString> m_known;
    QList<Problem> &m_problems;

    void warn(const QString &path, const QString &name) {
        const char *source = QT_TRANSLATE_NOOP("Engine", "$(%1) is not a variable of this pipeline or stage: it "
                                                         "stays as written when the task runs");
        m_problems.append(
            {Problem::Severity::Warning, path, Error::fill(QString::fromUtf8(source), {name}), source, {name}});
    }
};

} // namespace

const QRegularExpression &macroPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\$\\(([A-Za-z0-9_.\\-]+)\\)"));
    return pattern;
}

QStringList macroNames(const QString &text) {
    QStringList names;
    auto matches = macroPattern().globalMatch(text);
    while (matches.hasNext())
        names << matches.next().captured(1);
    return names;
}

const QStringList &predefinedVariableNames() {
    static const QStringList names{QStringLiteral("Release.ReleaseName"),
                                   QStringLiteral("Release.ReleaseId"),
                                   QStringLiteral("Release.DefinitionName"),
                                   QStringLiteral("Release.EnvironmentName"),
                                   QStringLiteral("Release.AttemptNumber"),
                                   QStringLiteral("Release.RequestedFor"),
                                   QStringLiteral("Release.Deployment.RequestedFor"),
                                   QStringLiteral("Release.DeploymentId"),
                                   QStringLiteral("System.DefaultWorkingDirectory"),
                                   QStringLiteral("Agent.Name"),
                                   QStringLiteral("Agent.MachineName")};
    return names;
}

const QStringList &artifactVariableSuffixes() {
    static const QStringList suffixes{QStringLiteral("BuildNumber"), QStringLiteral("SourceBranch"),
                                      QStringLiteral("SourceVersion")};
    return suffixes;
}

QStringList expandedTexts(const TaskSpec &task) {
    QStringList texts{task.script, task.program, task.from, task.to, task.instructions};
    texts << task.arguments;
    if (task.workingDirectory)
        texts << *task.workingDirectory;
    for (const auto &entry : task.env)
        texts << entry.second;
    texts << task.http.url << task.http.body << task.http.equals;
    for (const auto &header : task.http.headers)
        texts << header.second;
    return texts;
}

void checkMacroReferences(const QJsonObject &document, QList<Problem> &problems) {
    const QJsonArray stages = document.value(QLatin1String("stages")).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        if (linksGroups(document) || linksGroups(stage))
            continue;
        MacroChecker checker(knownNames(document, stage), problems);
        const QString path = indexPath(QStringLiteral("stages"), i);
        checker.check(stage.value(QLatin1String("tasks")), joinPath(path, QStringLiteral("tasks")));
        for (const char *phase : {"preGates", "postGates"}) {
            const QString key = QString::fromLatin1(phase);
            checker.check(stage.value(key).toObject().value(QLatin1String("gates")),
                          joinPath(joinPath(path, key), QStringLiteral("gates")));
        }
    }
}

} // namespace slipway
