#include "secretfields.h"

#include <QJsonArray>

namespace slipway {

namespace {

const QString variablesKey = QStringLiteral("variables");

QJsonObject rewriteVariables(QJsonObject variables, const QString &stage, const SecretVisitor &visit) {
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (!it.value().isObject())
            continue; // the short form is never secret
        QJsonObject variable = it.value().toObject();
        if (!variable.value(QLatin1String("secret")).toBool())
            continue;
        variable.insert(QStringLiteral("value"), visit(stage, it.key(), variable.value(QLatin1String("value"))));
        it.value() = variable;
    }
    return variables;
}

} // namespace

QJsonObject rewriteSecretValues(QJsonObject definition, const SecretVisitor &visit) {
    if (definition.value(variablesKey).isObject())
        definition.insert(variablesKey, rewriteVariables(definition.value(variablesKey).toObject(), {}, visit));
    if (!definition.value(QLatin1String("stages")).isArray())
        return definition;
    QJsonArray stages = definition.value(QLatin1String("stages")).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages.at(i).toObject();
        if (!stage.value(variablesKey).isObject())
            continue;
        const QString name = stage.value(QLatin1String("name")).toString();
        stage.insert(variablesKey, rewriteVariables(stage.value(variablesKey).toObject(), name, visit));
        stages.replace(i, stage);
    }
    definition.insert(QStringLiteral("stages"), stages);
    return definition;
}

QJsonObject withoutSecretValues(const QJsonObject &definition) {
    return rewriteSecretValues(
        definition, [](const QString &, const QString &, const QJsonValue &) { return QJsonValue(QJsonValue::Null); });
}

QSet<QString> secretVariableNames(const QJsonObject &definition) {
    QSet<QString> names;
    const QJsonObject variables = definition.value(variablesKey).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        if (it.value().toObject().value(QLatin1String("secret")).toBool())
            names.insert(it.key().toLower());
    return names;
}

} // namespace slipway
