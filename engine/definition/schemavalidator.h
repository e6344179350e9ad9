#pragma once

#include "problem.h"
#include "schema.h"

#include <QJsonValue>

namespace slipway {

// Checks a JSON value against a schema node: kinds, allowed and required keys, value formats.
void validateAgainstSchema(const QJsonValue &value, const schema::Node &node, const QString &path,
                           QList<Problem> &problems);

} // namespace slipway
