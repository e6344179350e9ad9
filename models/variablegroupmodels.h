#pragma once

#include "services/changenotifier.h"
#include "services/variablegroupservice.h"

#include <QAbstractTableModel>

namespace slipway {

// The Library's variable groups, by name: what the Library page lists. refresh() reads them again and updates the rows
// that changed (inserted, moved, removed, dataChanged; never a reset).
class VariableGroupListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, VariablesColumn, DescriptionColumn, ModifiedColumn, ColumnCount };
    // With `changes`, the list follows every committed change of a group (the window's change feed).
    explicit VariableGroupListModel(VariableGroupService &groups, ChangeNotifier *changes = nullptr,
                                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the groups again; the error, if any, is the store's.
    Status refresh();
    const VariableGroupRecord *groupAt(int row) const;
    int rowOf(const QString &name) const; // -1 when absent

Q_SIGNALS:
    // A pipeline was saved: which pipelines and stages link a group may have changed.
    void linksMayHaveChanged();

private:
    VariableGroupService &m_groups;
    QList<VariableGroupRecord> m_rows;
};

// The variables of one group being viewed or edited. A secret's value is never shown (the service hands none out):
// it reads "***" until a new value is set, which is kept here and sent on save.
class GroupVariablesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };
    explicit GroupVariablesModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setVariables(const QList<GroupVariable> &variables);
    void setEditable(bool editable) { m_editable = editable; }
    // What to save: each secret without a new value keeps the one it has.
    QList<GroupVariableInput> inputs() const;
    int addVariable(const QString &name); // its row
    void removeVariable(int row);
    void setNewSecretValue(int row, const QString &value);
    bool hasNewValue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row final {
        QString name;
        QString value; // plain values, and a secret's new value
        bool secret = false;
        bool stored = false;   // a secret the group has a value for
        bool newValue = false; // a secret given a new value here
    };
    QList<Row> m_rows;
    bool m_editable = false;
};

} // namespace slipway
