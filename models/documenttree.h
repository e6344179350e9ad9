#pragma once

#include "definition/schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <vector>

namespace slipway {

// A pipeline definition as an editable tree that follows the file format's schema (schema.h).
// Every field the schema allows is an item, set or not, so that an editor can offer it and a
// validation problem about a missing field has a row to point at. Keys the schema does not know
// are kept as raw items, so nothing that was imported is silently dropped.
struct DocumentItem final {
    enum class Shape { Scalar, Object, Array, Map, Raw };

    QString key; // field or map key; empty for array elements
    const schema::Node *node = nullptr;
    Shape shape = Shape::Raw;
    bool required = false;
    bool present = false;
    bool mapEntry = false;
    QJsonValue value; // Scalar and Raw
    DocumentItem *parent = nullptr;
    std::vector<std::unique_ptr<DocumentItem>> children;

    int row() const;
    DocumentItem *child(const QString &childKey) const;
    // The JSON path validation problems use: "stages[2].trigger.stages[0]", "variables.x.secret".
    QString path() const;
    // "Dev", "web": what an array element calls itself, for lists and labels.
    QString label() const;
    QString discriminatorValue() const;
};

namespace documenttree {

std::unique_ptr<DocumentItem> build(const QJsonObject &document);
QJsonObject toJson(const DocumentItem &root);

// A new item for `node` with `value` (undefined: not set) under `parent`.
std::unique_ptr<DocumentItem> makeItem(const QString &key, const schema::Node *node, bool required,
                                       const QJsonValue &value, DocumentItem *parent);
// The children an object item has for discriminator value `type`, keeping the values of the
// fields `old` already had under the same key.
std::vector<std::unique_ptr<DocumentItem>> objectChildren(DocumentItem &object, const QJsonObject &old,
                                                          const QString &type);
// A fresh element for an array item: typed objects start as their first type.
std::unique_ptr<DocumentItem> newElement(DocumentItem &array);
// A new map entry: a string for a string map, {"value": ""} for variables.
std::unique_ptr<DocumentItem> newMapEntry(DocumentItem &map, const QString &key);

// Sets the item and marks it and its ancestors set.
void markPresent(DocumentItem &item);
// Unsets the item and everything below it.
void markAbsent(DocumentItem &item);

QJsonValue toJson(const DocumentItem &item, bool *ok);

} // namespace documenttree
} // namespace slipway
