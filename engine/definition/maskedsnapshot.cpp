#include "maskedsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway {

namespace {

QJsonObject maskVariables(QJsonObject variables) {
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        QJsonObject variable = it.value().toObject();
        if (variable.value(QStringLiteral("secret")).toBool()) {
            variable.insert(QStringLiteral("value"), QStringLiteral("***"));
            it.value() = variable;
        }
    }
    return variables;
}

} // namespace

QStringList maskedDefinitionLines(const QByteArray &definitionJson) {
    QJsonObject definition = QJsonDocument::fromJson(definitionJson).object();
    if (definition.contains(QStringLiteral("variables")))
        definition.insert(QStringLiteral("variables"),
                          maskVariables(definition.value(QStringLiteral("variables")).toObject()));
    QJsonArray stages = definition.value(QStringLiteral("stages")).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages.at(i).toObject();
        if (stage.contains(QStringLiteral("variables")))
            stage.insert(QStringLiteral("variables"),
                         maskVariables(stage.value(QStringLiteral("variables")).toObject()));
        stages.replace(i, stage);
    }
    if (definition.contains(QStringLiteral("stages")))
        definition.insert(QStringLiteral("stages"), stages);
    return QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented)).split(QLatin1Char('\n'));
}

} // namespace slipway
