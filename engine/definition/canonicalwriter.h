#pragma once

#include "schema.h"

#include <QByteArray>
#include <QJsonObject>

namespace slipway {

// Writes a schema-valid document in its stable export form: keys in schema order, variables in
// their short form where they have no flags, 2-space indentation, a final newline.
QByteArray writeCanonical(const QJsonObject &document, const schema::Node &root);

} // namespace slipway
