#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::schema {

// The pipeline file format as data: the validator and the canonical writer both walk it,
// so key order, allowed keys and value kinds are written down exactly once.
enum class Kind {
    String,
    NonEmptyString,
    Bool,
    Integer,
    Duration,
    TimeOfDay,
    TimeZone,
    Day,
    Enum,
    StatusRange,
    StringMap,   // {"KEY": "value", ...}
    VariableMap, // {"name": "v" | {"value": "v", "secret": true, "settableAtRelease": true}}
    Object,
    Array,
};

struct Node;

struct Field final {
    QString key;
    const Node *node = nullptr;
    bool required = false;
};

struct Node final {
    Kind kind = Kind::String;
    QStringList enumValues;        // Enum
    int minimum = 0;               // Integer
    const Node *element = nullptr; // Array

    // Object. A typed object (discriminator non-empty) has head fields, then the fields of its
    // type, then the tail fields that the type did not already place.
    QList<Field> head;
    QString discriminator;
    QHash<QString, QList<Field>> variants;
    QStringList variantOrder;
    QList<Field> tail;

    bool isTyped() const { return !discriminator.isEmpty(); }
    // The ordered fields an object of this node has, given its type (empty type: head + tail only).
    QList<Field> fieldsFor(const QString &type) const;
};

// The root node of a pipeline definition.
const Node &pipeline();

} // namespace slipway::schema
