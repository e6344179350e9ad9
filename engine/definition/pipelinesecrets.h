#pragma once

#include "core/secretbox.h"
#include "definition/pipelinedefinition.h"

#include <QJsonObject>
#include <QStringList>

namespace slipway {

// A definition about to be saved: each secret without a value (null or "") keeps the value `current` (the
// pipeline's current revision, empty for a new pipeline) has for it, and every value is sealed. `withoutValue`
// lists the secrets that still have none ("dbPassword", "Production/dbPassword" for a stage's).
Result<QJsonObject> keepAndSealSecrets(const PipelineDefinition &incoming, const QJsonObject &current,
                                       const SecretBox &box, QStringList &withoutValue);

// The definition with its secrets opened, for an administrator's export; the error names the secret that cannot be
// opened and why.
Result<QJsonObject> openSecrets(const QJsonObject &definition, const SecretBox &box, const QString &pipeline);

} // namespace slipway
