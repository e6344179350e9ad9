#include "pipelinesecrets.h"

#include "core/secretfields.h"

#include <QHash>

namespace slipway {

namespace {

QString secretPath(const QString &stage, const QString &name) {
    return stage.isEmpty() ? name : stage + QLatin1Char('/') + name;
}

} // namespace

Result<QJsonObject> keepAndSealSecrets(const PipelineDefinition &incoming, const QJsonObject &current,
                                       const SecretBox &box, QStringList &withoutValue) {
    QHash<QString, QJsonValue> kept;
    (void)rewriteSecretValues(current, [&](const QString &stage, const QString &name, const QJsonValue &value) {
        kept.insert(secretPath(stage, name).toLower(), value);
        return value;
    });
    std::optional<Error> failed;
    const QJsonObject sealed =
        rewriteSecretValues(incoming.document, [&](const QString &stage, const QString &name, const QJsonValue &value) {
            QString text = value.toString();
            if (text.isEmpty())
                text = kept.value(secretPath(stage, name).toLower()).toString();
            if (text.isEmpty()) {
                withoutValue << secretPath(stage, name);
                return QJsonValue(QString());
            }
            Result<QString> token = box.seal(text);
            if (!token) {
                failed = token.error();
                return QJsonValue(QString());
            }
            return QJsonValue(*token);
        });
    if (failed)
        return *failed;
    return sealed;
}

Result<QJsonObject> openSecrets(const QJsonObject &definition, const SecretBox &box, const QString &pipeline) {
    std::optional<Error> failed;
    const QJsonObject opened =
        rewriteSecretValues(definition, [&](const QString &stage, const QString &name, const QJsonValue &value) {
            Result<QString> plain = box.open(value.toString());
            if (plain)
                return QJsonValue(*plain);
            if (!failed)
                failed = Error::storage(
                    QT_TRANSLATE_NOOP("Engine", "secret variable \"%1\" of pipeline \"%2\" cannot be decrypted: %3"),
                    {secretPath(stage, name), pipeline, plain.error().message});
            return value;
        });
    if (failed)
        return *failed;
    return opened;
}

} // namespace slipway
