#pragma once

#include "definition/problem.h"
#include "documenttree.h"

#include <QAbstractItemModel>
#include <QHash>

namespace slipway {

// The pipeline editor's document: the definition as a tree of fields (column 0) and values (column 1),
// every field of the file format offered whether set or not. Edits are row-level; each one emits
// documentEdited() so the editor can validate live. Validation problems are attached by JSON path
// and shown on the field they name.
class PipelineDocumentModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,       // int(schema::Kind), or -1 for a key the format does not know
        EnumValuesRole, // QStringList: the values an enum field takes
        PresentRole,    // bool: the field is set
        ContainerRole,  // bool: an object, array or map
        ProblemRole,    // QString: the problems about this field, one per line
    };

    explicit PipelineDocumentModel(QObject *parent = nullptr);

    void setDocument(const QJsonObject &document);
    QJsonObject document() const;

    QModelIndex indexForPath(const QString &path, int column = FieldColumn) const;
    // The item at `path`, or the nearest existing ancestor (a problem about an element being added).
    QModelIndex nearestIndexForPath(const QString &path) const;
    QJsonValue value(const QString &path) const;
    bool setValue(const QString &path, const QJsonValue &value);

    // Arrays get a new element, maps a new entry named `key`. Returns the new row.
    QModelIndex addEntry(const QModelIndex &container, const QString &key = {});
    // Array elements, map entries and unknown keys go; fields are unset.
    bool removeEntry(const QModelIndex &index);
    bool moveElement(const QModelIndex &element, int delta);
    bool canMove(const QModelIndex &element, int delta) const;

    void setProblems(const QList<Problem> &problems);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void documentEdited();

private:
    std::unique_ptr<DocumentItem> m_root;
    QHash<QString, QStringList> m_problems; // by path

    DocumentItem *itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(const DocumentItem *item, int column = FieldColumn) const;
    DocumentItem *findPath(const QString &path, bool nearest) const;
    QVariant displayValue(const DocumentItem &item) const;
    bool setScalar(DocumentItem &item, const QVariant &value);
    bool renameEntry(DocumentItem &item, const QString &key);
    void changeType(DocumentItem &object);
    void changedUpwards(DocumentItem *item);
};

} // namespace slipway
