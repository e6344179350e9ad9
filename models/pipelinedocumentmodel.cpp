#include "pipelinedocumentmodel.h"

#include "errortext.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

namespace slipway {

using schema::Kind;

namespace {

QStringList weekDays() {
    return {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
            QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
}

// "stages[2].trigger" -> "stages", 2, "trigger"; indexes as numbers, names as strings.
QVariantList pathSteps(const QString &path) {
    static const QRegularExpression step(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    QVariantList steps;
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(2) > 0)
            steps << match.captured(2).toInt();
        else
            steps << match.captured(1);
    }
    return steps;
}

bool isContainer(const DocumentItem &item) {
    return item.shape == DocumentItem::Shape::Object || item.shape == DocumentItem::Shape::Array ||
           item.shape == DocumentItem::Shape::Map;
}

} // namespace

PipelineDocumentModel::PipelineDocumentModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(documenttree::build({})) {}

void PipelineDocumentModel::setDocument(const QJsonObject &document) {
    beginResetModel(); // a different document: nothing of the old one survives
    m_root = documenttree::build(document);
    m_problems.clear();
    endResetModel();
    Q_EMIT documentEdited();
}

QJsonObject PipelineDocumentModel::document() const {
    return documenttree::toJson(*m_root);
}

DocumentItem *PipelineDocumentModel::itemAt(const QModelIndex &index) const {
    return index.isValid() ? static_cast<DocumentItem *>(index.internalPointer()) : m_root.get();
}

QModelIndex PipelineDocumentModel::indexOf(const DocumentItem *item, int column) const {
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), column, const_cast<DocumentItem *>(item));
}

DocumentItem *PipelineDocumentModel::findPath(const QString &path, bool nearest) const {
    DocumentItem *at = m_root.get();
    const QVariantList steps = pathSteps(path);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        DocumentItem *next = nullptr;
        if (steps[i].typeId() == QMetaType::Int) {
            const int row = steps[i].toInt();
            if (at->shape == DocumentItem::Shape::Array && row < int(at->children.size()))
                next = at->children[size_t(row)].get();
        } else if (at->shape == DocumentItem::Shape::Map) {
            // A map key may itself hold dots: take the longest key that matches.
            for (qsizetype last = steps.size() - 1; last >= i && !next; --last) {
                QStringList parts;
                for (qsizetype k = i; k <= last; ++k)
                    parts << steps[k].toString();
                if ((next = at->child(parts.join(QLatin1Char('.')))))
                    i = last;
            }
        } else {
            next = at->child(steps[i].toString());
        }
        if (!next)
            return nearest ? at : nullptr;
        at = next;
    }
    return at;
}

QModelIndex PipelineDocumentModel::indexForPath(const QString &path, int column) const {
    const DocumentItem *item = findPath(path, false);
    return item ? indexOf(item, column) : QModelIndex();
}

QModelIndex PipelineDocumentModel::nearestIndexForPath(const QString &path) const {
    return indexOf(findPath(path, true));
}

QJsonValue PipelineDocumentModel::value(const QString &path) const {
    const DocumentItem *item = findPath(path, false);
    if (!item || !item->present)
        return QJsonValue(QJsonValue::Undefined);
    return documenttree::toJson(*item, nullptr);
}

bool PipelineDocumentModel::setValue(const QString &path, const QJsonValue &value) {
    DocumentItem *item = findPath(path, false);
    if (!item)
        return false;
    if (value.isUndefined())
        return removeEntry(indexOf(item));
    if (item->shape == DocumentItem::Shape::Scalar)
        return setScalar(*item, value.toVariant());

    // A whole object, array or map: its rows are replaced.
    auto fresh = documenttree::makeItem(item->key, item->node, item->required, value, item->parent);
    const QModelIndex at = indexOf(item);
    if (!item->children.empty()) {
        beginRemoveRows(at, 0, int(item->children.size()) - 1);
        item->children.clear();
        endRemoveRows();
    }
    item->shape = fresh->shape;
    item->value = fresh->value;
    if (!fresh->children.empty()) {
        beginInsertRows(at, 0, int(fresh->children.size()) - 1);
        item->children = std::move(fresh->children);
        for (auto &child : item->children)
            child->parent = item;
        endInsertRows();
    }
    documenttree::markPresent(*item);
    changedUpwards(item);
    return true;
}

QModelIndex PipelineDocumentModel::addEntry(const QModelIndex &container, const QString &key) {
    DocumentItem *item = itemAt(container);
    std::unique_ptr<DocumentItem> entry;
    if (item->shape == DocumentItem::Shape::Array)
        entry = documenttree::newElement(*item);
    else if (item->shape == DocumentItem::Shape::Map && !key.trimmed().isEmpty() && !item->child(key.trimmed()))
        entry = documenttree::newMapEntry(*item, key.trimmed());
    if (!entry)
        return {};
    const int row = int(item->children.size());
    beginInsertRows(indexOf(item), row, row);
    item->children.push_back(std::move(entry));
    endInsertRows();
    documenttree::markPresent(*item);
    changedUpwards(item);
    return indexOf(item->children.back().get());
}

bool PipelineDocumentModel::removeEntry(const QModelIndex &index) {
    DocumentItem *item = itemAt(index);
    if (item == m_root.get())
        return false;
    DocumentItem *parent = item->parent;
    if (parent->shape == DocumentItem::Shape::Array || item->mapEntry || item->shape == DocumentItem::Shape::Raw) {
        const int row = item->row();
        beginRemoveRows(indexOf(parent), row, row);
        parent->children.erase(parent->children.begin() + row);
        endRemoveRows();
        changedUpwards(parent);
        return true;
    }
    // A field: unset it, emptying the arrays and maps below it.
    std::function<void(DocumentItem &)> clearRows = [&](DocumentItem &at) {
        if ((at.shape == DocumentItem::Shape::Array || at.shape == DocumentItem::Shape::Map) && !at.children.empty()) {
            beginRemoveRows(indexOf(&at), 0, int(at.children.size()) - 1);
            at.children.clear();
            endRemoveRows();
        }
        for (auto &child : at.children)
            clearRows(*child);
    };
    clearRows(*item);
    documenttree::markAbsent(*item);
    std::function<void(DocumentItem &)> changedBelow = [&](DocumentItem &at) {
        if (!at.children.empty())
            Q_EMIT dataChanged(indexOf(at.children.front().get()), indexOf(at.children.back().get(), ValueColumn));
        for (auto &child : at.children)
            changedBelow(*child);
    };
    changedBelow(*item);
    changedUpwards(item);
    return true;
}

bool PipelineDocumentModel::canMove(const QModelIndex &element, int delta) const {
    const DocumentItem *item = itemAt(element);
    if (item == m_root.get() || item->parent->shape != DocumentItem::Shape::Array)
        return false;
    const int target = item->row() + delta;
    return target >= 0 && target < int(item->parent->children.size());
}

bool PipelineDocumentModel::moveElement(const QModelIndex &element, int delta) {
    if (delta == 0 || !canMove(element, delta))
        return false;
    DocumentItem *item = itemAt(element);
    DocumentItem *array = item->parent;
    const int row = item->row();
    const int target = row + delta;
    const QModelIndex parentIndex = indexOf(array);
    if (!beginMoveRows(parentIndex, row, row, parentIndex, delta > 0 ? target + 1 : target))
        return false;
    auto moved = std::move(array->children[size_t(row)]);
    array->children.erase(array->children.begin() + row);
    array->children.insert(array->children.begin() + target, std::move(moved));
    endMoveRows();
    changedUpwards(array);
    return true;
}

void PipelineDocumentModel::setProblems(const QList<Problem> &problems) {
    QHash<QString, QStringList> byPath;
    for (const Problem &problem : problems)
        byPath[problem.path] << problemMessage(problem);
    if (byPath == m_problems)
        return;
    m_problems = byPath;
    // Problems colour the rows they name and the rows above them: a cheap, complete repaint.
    std::function<void(DocumentItem &)> repaint = [&](DocumentItem &at) {
        if (!at.children.empty())
            Q_EMIT dataChanged(indexOf(at.children.front().get()), indexOf(at.children.back().get(), ValueColumn),
                               {Qt::ForegroundRole, Qt::ToolTipRole, ProblemRole});
        for (auto &child : at.children)
            repaint(*child);
    };
    repaint(*m_root);
}

bool PipelineDocumentModel::setScalar(DocumentItem &item, const QVariant &value) {
    const Kind kind = item.node ? item.node->kind : Kind::String;
    QJsonValue next;
    if (kind == Kind::Bool) {
        next = value.typeId() == QMetaType::QString ? value.toString() == QLatin1String("true") : value.toBool();
    } else if (kind == Kind::Integer) {
        bool isNumber = false;
        const int number = value.toString().trimmed().toInt(&isNumber);
        next = isNumber ? QJsonValue(number) : QJsonValue(value.toString());
    } else {
        next = value.toString();
    }
    const bool clearsOptional = next.isString() && next.toString().isEmpty() && !item.required && !item.mapEntry &&
                                item.parent && item.parent->shape != DocumentItem::Shape::Array;
    if (clearsOptional)
        return removeEntry(indexOf(&item));
    if (item.present && item.value == next)
        return false;
    item.value = next;
    documenttree::markPresent(item);
    if (item.parent && item.parent->node && item.parent->node->isTyped() &&
        item.key == item.parent->node->discriminator)
        changeType(*item.parent);
    changedUpwards(&item);
    return true;
}

void PipelineDocumentModel::changeType(DocumentItem &object) {
    const QString type = object.discriminatorValue();
    const QList<schema::Field> fields = object.node->fieldsFor(type);
    QJsonObject kept;
    const QJsonObject old = documenttree::toJson(object, nullptr).toObject();
    for (const schema::Field &field : fields)
        if (old.contains(field.key))
            kept.insert(field.key, old.value(field.key));
    auto fresh = documenttree::objectChildren(object, kept, type);
    const int head = int(object.node->head.size());
    const QModelIndex at = indexOf(&object);
    if (int(object.children.size()) > head) {
        beginRemoveRows(at, head, int(object.children.size()) - 1);
        object.children.erase(object.children.begin() + head, object.children.end());
        endRemoveRows();
    }
    if (int(fresh.size()) > head) {
        beginInsertRows(at, head, int(fresh.size()) - 1);
        for (size_t i = size_t(head); i < fresh.size(); ++i)
            object.children.push_back(std::move(fresh[i]));
        endInsertRows();
    }
}

bool PipelineDocumentModel::renameEntry(DocumentItem &item, const QString &key) {
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty() || trimmed == item.key || item.parent->child(trimmed))
        return false;
    item.key = trimmed;
    changedUpwards(&item);
    return true;
}

void PipelineDocumentModel::changedUpwards(DocumentItem *item) {
    for (DocumentItem *at = item; at && at != m_root.get(); at = at->parent)
        Q_EMIT dataChanged(indexOf(at), indexOf(at, ValueColumn));
    Q_EMIT documentEdited();
}

QModelIndex PipelineDocumentModel::index(int row, int column, const QModelIndex &parent) const {
    const DocumentItem *item = itemAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(item->children.size()))
        return {};
    return createIndex(row, column, item->children[size_t(row)].get());
}

QModelIndex PipelineDocumentModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexOf(itemAt(child)->parent);
}

int PipelineDocumentModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int PipelineDocumentModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant PipelineDocumentModel::displayValue(const DocumentItem &item) const {
    if (!item.present)
        return tr("(not set)");
    switch (item.shape) {
    case DocumentItem::Shape::Scalar:
        if (item.value.isBool())
            return item.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return item.value.toVariant().toString();
    case DocumentItem::Shape::Raw:
        return QString::fromUtf8(QJsonDocument(QJsonArray{item.value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case DocumentItem::Shape::Array: return tr("%n item(s)", nullptr, int(item.children.size()));
    case DocumentItem::Shape::Map: return tr("%n entry(ies)", nullptr, int(item.children.size()));
    case DocumentItem::Shape::Object:
        if (item.mapEntry) { // a variable: its value, a secret masked
            const DocumentItem *secret = item.child(QStringLiteral("secret"));
            if (secret && secret->value.toBool())
                return QStringLiteral("***");
            const DocumentItem *value = item.child(QStringLiteral("value"));
            return value ? value->value.toString() : QString();
        }
        return item.discriminatorValue();
    }
    return {};
}

QVariant PipelineDocumentModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const DocumentItem &item = *itemAt(index);
    const QString path = item.path();
    auto problemsBelow = [&] {
        for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
            if (it.key().startsWith(path + QLatin1Char('.')) || it.key().startsWith(path + QLatin1Char('[')))
                return true;
        return false;
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn)
            return displayValue(item);
        if (item.parent->shape == DocumentItem::Shape::Array) {
            // Not the row number: a row's text must not change when another row moves.
            const QString label = item.label();
            return label.isEmpty() ? tr("(%1 entry)").arg(item.parent->key) : label;
        }
        return item.key;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return item.key;
        if (item.mapEntry && item.shape == DocumentItem::Shape::Object) {
            const DocumentItem *value = item.child(QStringLiteral("value"));
            return value ? value->value.toString() : QString();
        }
        return item.present ? item.value.toVariant() : QVariant();
    case Qt::ForegroundRole:
        if (m_problems.contains(path))
            return QColor(0xc6, 0x28, 0x28);
        if (problemsBelow())
            return QColor(0x9a, 0x34, 0x12);
        if (!item.present)
            return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (!item.present) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case ProblemRole:
        if (m_problems.contains(path))
            return m_problems.value(path).join(QLatin1Char('\n'));
        if (role == Qt::ToolTipRole && item.required && !item.present)
            return tr("Required");
        return {};
    case PathRole: return path;
    case KindRole: return item.node && item.shape != DocumentItem::Shape::Raw ? int(item.node->kind) : -1;
    case EnumValuesRole:
        if (item.node && item.node->kind == Kind::Enum)
            return item.node->enumValues;
        if (item.node && item.node->kind == Kind::Day)
            return weekDays();
        if (item.node && item.node->kind == Kind::Bool)
            return QStringList{QStringLiteral("true"), QStringLiteral("false")};
        return {};
    case PresentRole: return item.present;
    case ContainerRole: return isContainer(item);
    default: return {};
    }
}

bool PipelineDocumentModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    DocumentItem &item = *itemAt(index);
    if (index.column() == FieldColumn)
        return renameEntry(item, value.toString());
    if (item.mapEntry && item.shape == DocumentItem::Shape::Object)
        return setScalar(*item.child(QStringLiteral("value")), value);
    return setScalar(item, value);
}

Qt::ItemFlags PipelineDocumentModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const DocumentItem &item = *itemAt(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable =
        index.column() == FieldColumn
            ? item.mapEntry
            : item.shape == DocumentItem::Shape::Scalar || (item.mapEntry && item.shape == DocumentItem::Shape::Object);
    if (editable)
        flags |= Qt::ItemIsEditable;
    if (item.children.empty() && !isContainer(item))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant PipelineDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Field") : tr("Value");
}

} // namespace slipway
