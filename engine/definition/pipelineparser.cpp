#include "pipelineparser.h"

#include "canonicalwriter.h"
#include "jsondepth.h"
#include "pipelinechecks.h"
#include "releasenameformat.h"
#include "schema.h"
#include "schemavalidator.h"
#include "specreader.h"

#include "core/result.h"

#include <QJsonDocument>

#include <utility>

namespace slipway {

namespace {

// Qt reports the offset just past the offending character.
std::pair<int, int> lineAndColumn(const QByteArray &json, int offset) {
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QList<VariableDefinition> variablesOf(const QJsonObject &object) {
    QList<VariableDefinition> variables;
    for (auto it = object.begin(); it != object.end(); ++it) {
        VariableDefinition variable;
        variable.name = it.key();
        if (it.value().isObject()) {
            const QJsonObject long_ = it.value().toObject();
            variable.value = long_.value(QLatin1String("value")).toString();
            variable.secret = long_.value(QLatin1String("secret")).toBool();
            variable.settableAtRelease = long_.value(QLatin1String("settableAtRelease")).toBool();
        } else {
            variable.value = it.value().toString();
        }
        variables << variable;
    }
    return variables;
}

StageTrigger triggerOf(const QJsonObject &object) {
    StageTrigger trigger;
    const QString type = object.value(QLatin1String("type")).toString(QStringLiteral("manual"));
    if (type == QLatin1String("afterRelease"))
        trigger.type = StageTrigger::Type::AfterRelease;
    else if (type == QLatin1String("afterStages"))
        trigger.type = StageTrigger::Type::AfterStages;
    for (const QJsonValue &name : object.value(QLatin1String("stages")).toArray())
        trigger.stages << name.toString();
    trigger.onPartialSuccess = object.value(QLatin1String("onPartialSuccess")).toBool();
    return trigger;
}

PipelineDefinition typedView(const QJsonObject &document) {
    PipelineDefinition definition;
    definition.document = document;
    definition.name = document.value(QLatin1String("name")).toString();
    definition.folder = document.value(QLatin1String("folder")).toString(definition.folder);
    definition.description = document.value(QLatin1String("description")).toString();
    definition.releaseNameFormat =
        document.value(QLatin1String("releaseNameFormat")).toString(defaultReleaseNameFormat);
    definition.variables = variablesOf(document.value(QLatin1String("variables")).toObject());
    definition.variableGroups = variableGroupsOf(document);
    for (const QJsonValue &value : document.value(QLatin1String("artifacts")).toArray())
        definition.artifacts << artifactSourceOf(value.toObject());
    for (const QJsonValue &value : document.value(QLatin1String("schedules")).toArray())
        definition.schedules << scheduleOf(value.toObject());
    // Exactly one source is primary: the one marked, else the first.
    if (!definition.artifacts.isEmpty() && std::none_of(definition.artifacts.cbegin(), definition.artifacts.cend(),
                                                        [](const ArtifactSourceDefinition &s) { return s.primary; }))
        definition.artifacts.first().primary = true;
    int rank = 0;
    for (const QJsonValue &value : document.value(QLatin1String("stages")).toArray()) {
        const QJsonObject object = value.toObject();
        StageDefinition stage;
        stage.name = object.value(QLatin1String("name")).toString();
        stage.rank = ++rank;
        stage.trigger = triggerOf(object.value(QLatin1String("trigger")).toObject());
        stage.variables = variablesOf(object.value(QLatin1String("variables")).toObject());
        readStageSpecs(object, stage);
        definition.stages << stage;
    }
    return definition;
}

} // namespace

QStringList ParsedPipeline::errorMessages() const {
    QStringList messages;
    for (const Problem &problem : problems)
        if (problem.isError())
            messages << problem.toString();
    return messages;
}

ParsedPipeline parsePipeline(const QByteArray &json, const KnownPrincipals *principals) {
    if (const qsizetype tooDeep = offsetBeyondJsonDepth(json); tooDeep >= 0) {
        ParsedPipeline result;
        const char *source = QT_TRANSLATE_NOOP("Engine", "line %1, column %2: nested more than %3 levels deep");
        const auto [line, column] = lineAndColumn(json, int(tooDeep));
        const QStringList arguments{QString::number(line), QString::number(column), QString::number(maxJsonDepth)};
        result.problems.append({Problem::Severity::Error, QString(), Error::fill(QString::fromUtf8(source), arguments),
                                source, arguments});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ParsedPipeline result;
        const char *source = QT_TRANSLATE_NOOP("Engine", "line %1, column %2: not valid JSON (%3)");
        const auto [line, column] = lineAndColumn(json, qMax(0, parseError.offset - 1));
        const QStringList arguments{QString::number(line), QString::number(column), parseError.errorString()};
        result.problems.append({Problem::Severity::Error, QString(), Error::fill(QString::fromUtf8(source), arguments),
                                source, arguments});
        return result;
    }
    if (!document.isObject()) {
        ParsedPipeline result;
        const char *source = QT_TRANSLATE_NOOP("Engine", "a pipeline definition must be a JSON object");
        result.problems.append({Problem::Severity::Error, QString(), QString::fromUtf8(source), source, {}});
        return result;
    }
    return parsePipeline(document.object(), principals);
}

ParsedPipeline parsePipeline(const QJsonObject &document, const KnownPrincipals *principals) {
    ParsedPipeline result;
    validateAgainstSchema(document, schema::pipeline(), QString(), result.problems);
    checkPipelineSemantics(document, principals, result.problems);
    if (!hasErrors(result.problems))
        result.definition = typedView(document);
    return result;
}

QByteArray exportPipeline(const PipelineDefinition &definition) {
    return writeCanonical(definition.document, schema::pipeline());
}

} // namespace slipway
