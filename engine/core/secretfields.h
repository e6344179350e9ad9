#pragma once

#include <QJsonObject>
#include <QSet>

#include <functional>

namespace slipway {

// Visits the value of every secret variable of a pipeline definition document (the pipeline's own, `stage` empty,
// then each stage's) and puts back what `visit` returns. Works on the JSON, so that the store can upgrade stored
// bodies without the definition layer.
using SecretVisitor = std::function<QJsonValue(const QString &stage, const QString &name, const QJsonValue &value)>;
QJsonObject rewriteSecretValues(QJsonObject definition, const SecretVisitor &visit);

// The definition with every secret variable's value null: what an export without secrets writes.
QJsonObject withoutSecretValues(const QJsonObject &definition);

// The pipeline-level secret variables of a definition document, by lower-case name: release-time and
// deployment-time values are given for these.
QSet<QString> secretVariableNames(const QJsonObject &definition);

} // namespace slipway
