#include "documenttree.h"

#include "definition/problem.h"

#include <QJsonArray>

namespace slipway {

using schema::Kind;
using schema::Node;

namespace {

// The pieces of a variable map entry, written out in its object form.
const Node &variableEntryNode() {
    static const Node text{Kind::String};
    static const Node flag{Kind::Bool};
    static const Node entry = [] {
        Node node{Kind::Object};
        node.head = {{QStringLiteral("value"), &text, false},
                     {QStringLiteral("secret"), &flag, false},
                     {QStringLiteral("settableAtRelease"), &flag, false}};
        return node;
    }();
    return entry;
}

const Node &mapValueNode() {
    static const Node text{Kind::String};
    return text;
}

DocumentItem::Shape shapeOf(const Node *node) {
    if (!node)
        return DocumentItem::Shape::Raw;
    switch (node->kind) {
    case Kind::Object: return DocumentItem::Shape::Object;
    case Kind::Array: return DocumentItem::Shape::Array;
    case Kind::StringMap:
    case Kind::VariableMap: return DocumentItem::Shape::Map;
    default: return DocumentItem::Shape::Scalar;
    }
}

bool fits(DocumentItem::Shape shape, const QJsonValue &value) {
    switch (shape) {
    case DocumentItem::Shape::Object: return value.isObject();
    case DocumentItem::Shape::Array: return value.isArray();
    case DocumentItem::Shape::Map: return value.isObject();
    case DocumentItem::Shape::Scalar: return !value.isObject() && !value.isArray();
    case DocumentItem::Shape::Raw: return true;
    }
    return true;
}

std::unique_ptr<DocumentItem> mapEntry(DocumentItem &map, const QString &key, const QJsonValue &value) {
    std::unique_ptr<DocumentItem> entry;
    if (map.node->kind == Kind::VariableMap) {
        const QJsonValue asObject =
            value.isObject() ? value : QJsonValue(QJsonObject{{QStringLiteral("value"), value}});
        entry = documenttree::makeItem(key, &variableEntryNode(), false, asObject, &map);
    } else {
        entry = documenttree::makeItem(key, &mapValueNode(), false, value, &map);
    }
    entry->mapEntry = true;
    return entry;
}

} // namespace

int DocumentItem::row() const {
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() == this)
            return int(i);
    return 0;
}

DocumentItem *DocumentItem::child(const QString &childKey) const {
    for (const auto &item : children)
        if (item->key == childKey)
            return item.get();
    return nullptr;
}

QString DocumentItem::path() const {
    if (!parent)
        return {};
    const QString parentPath = parent->path();
    if (parent->shape == Shape::Array)
        return indexPath(parentPath, row());
    return joinPath(parentPath, key);
}

QString DocumentItem::label() const {
    for (const char *naming : {"name", "alias"})
        if (const DocumentItem *field = child(QString::fromLatin1(naming)); field && field->present)
            return field->value.toString();
    if (shape == Shape::Scalar || shape == Shape::Raw)
        return value.isString() ? value.toString() : QString();
    return {};
}

QString DocumentItem::discriminatorValue() const {
    if (!node || !node->isTyped())
        return {};
    const DocumentItem *field = child(node->discriminator);
    return field && field->present ? field->value.toString() : QString();
}

namespace documenttree {

std::vector<std::unique_ptr<DocumentItem>> objectChildren(DocumentItem &object, const QJsonObject &old,
                                                          const QString &type) {
    std::vector<std::unique_ptr<DocumentItem>> children;
    QStringList known;
    for (const schema::Field &field : object.node->fieldsFor(type)) {
        known << field.key;
        children.push_back(makeItem(field.key, field.node, field.required,
                                    old.contains(field.key) ? old.value(field.key) : QJsonValue(QJsonValue::Undefined),
                                    &object));
    }
    for (auto it = old.begin(); it != old.end(); ++it)
        if (!known.contains(it.key()))
            children.push_back(makeItem(it.key(), nullptr, false, it.value(), &object));
    return children;
}

std::unique_ptr<DocumentItem> makeItem(const QString &key, const Node *node, bool required, const QJsonValue &value,
                                       DocumentItem *parent) {
    auto item = std::make_unique<DocumentItem>();
    item->key = key;
    item->node = node;
    item->required = required;
    item->parent = parent;
    item->present = !value.isUndefined();
    item->shape = shapeOf(node);
    if (item->present && !fits(item->shape, value))
        item->shape = DocumentItem::Shape::Raw; // the wrong kind of value: kept as written, validation names it

    switch (item->shape) {
    case DocumentItem::Shape::Scalar:
    case DocumentItem::Shape::Raw: item->value = value; break;
    case DocumentItem::Shape::Object: {
        const QJsonObject object = value.toObject();
        const QString type = node->isTyped() ? object.value(node->discriminator).toString() : QString();
        item->children = objectChildren(*item, object, type);
        break;
    }
    case DocumentItem::Shape::Array:
        for (const QJsonValue element : value.toArray())
            item->children.push_back(makeItem({}, node->element, false, element, item.get()));
        break;
    case DocumentItem::Shape::Map: {
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            item->children.push_back(mapEntry(*item, it.key(), it.value()));
        break;
    }
    }
    return item;
}

std::unique_ptr<DocumentItem> build(const QJsonObject &document) {
    return makeItem({}, &schema::pipeline(), true, document, nullptr);
}

std::unique_ptr<DocumentItem> newElement(DocumentItem &array) {
    const Node *element = array.node ? array.node->element : nullptr;
    QJsonValue initial = QString();
    if (element && element->kind == Kind::Object) {
        QJsonObject object;
        if (element->isTyped())
            object.insert(element->discriminator, element->variantOrder.value(0));
        initial = object;
    }
    auto item = makeItem({}, element, false, initial, &array);
    item->present = true;
    return item;
}

std::unique_ptr<DocumentItem> newMapEntry(DocumentItem &map, const QString &key) {
    auto entry = mapEntry(map, key, QString());
    entry->present = true;
    return entry;
}

void markPresent(DocumentItem &item) {
    for (DocumentItem *at = &item; at; at = at->parent)
        at->present = true;
}

void markAbsent(DocumentItem &item) {
    item.present = false;
    if (item.shape == DocumentItem::Shape::Scalar)
        item.value = QJsonValue();
    if (item.shape == DocumentItem::Shape::Array || item.shape == DocumentItem::Shape::Map) {
        item.children.clear();
        return;
    }
    for (auto &child : item.children)
        markAbsent(*child);
}

QJsonValue toJson(const DocumentItem &item, bool *ok) {
    switch (item.shape) {
    case DocumentItem::Shape::Scalar:
    case DocumentItem::Shape::Raw: return item.value;
    case DocumentItem::Shape::Array: {
        QJsonArray array;
        for (const auto &element : item.children)
            array.append(toJson(*element, ok));
        return array;
    }
    case DocumentItem::Shape::Map: {
        QJsonObject map;
        for (const auto &entry : item.children)
            map.insert(entry->key, toJson(*entry, ok));
        return map;
    }
    case DocumentItem::Shape::Object: {
        QJsonObject object;
        for (const auto &field : item.children)
            if (field->present)
                object.insert(field->key, toJson(*field, ok));
        // A variable with nothing but a value is written in its short form.
        if (item.mapEntry && item.node == &variableEntryNode() && object.size() == 1 &&
            object.contains(QStringLiteral("value")))
            return object.value(QStringLiteral("value"));
        return object;
    }
    }
    if (ok)
        *ok = false;
    return {};
}

QJsonObject toJson(const DocumentItem &root) {
    return toJson(root, nullptr).toObject();
}

} // namespace documenttree
} // namespace slipway
