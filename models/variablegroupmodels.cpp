#include "variablegroupmodels.h"

#include "datetext.h"

namespace slipway {

namespace {
// The row of the group `id` in `rows` from `from` on; -1 when absent.
int rowOfId(const QList<VariableGroupRecord> &rows, qint64 id, qsizetype from = 0) {
    for (qsizetype row = from; row < rows.size(); ++row)
        if (rows.at(row).id == id)
            return int(row);
    return -1;
}
} // namespace

VariableGroupListModel::VariableGroupListModel(VariableGroupService &groups, ChangeNotifier *changes, QObject *parent)
    : QAbstractTableModel(parent), m_groups(groups) {
    if (!changes)
        return;
    // Whoever changed a group (this window, another desktop, the CLI, REST): the list follows, row by row.
    connect(changes, &ChangeNotifier::variableGroupChanged, this, [this] { (void)refresh(); });
    connect(changes, &ChangeNotifier::reloadNeeded, this, [this] { (void)refresh(); });
    // A revised pipeline may link a group or stop linking it.
    connect(changes, &ChangeNotifier::pipelineSaved, this, &VariableGroupListModel::linksMayHaveChanged);
}

int VariableGroupListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableGroupListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableGroupListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VariableGroupRecord &group = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return group.name;
        case VariablesColumn: return QString::number(group.variables.size());
        case DescriptionColumn: return group.description;
        case ModifiedColumn: return tr("%1 by %2").arg(dateTimeText(group.modifiedAt), group.modifiedBy);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return group.description.isEmpty() ? group.name : group.description;
    if (role == Qt::UserRole)
        return group.id;
    return {};
}

QVariant VariableGroupListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case VariablesColumn: return tr("Variables");
    case DescriptionColumn: return tr("Description");
    case ModifiedColumn: return tr("Modified");
    default: return {};
    }
}

Status VariableGroupListModel::refresh() {
    Result<QList<VariableGroupRecord>> groups = m_groups.list();
    if (!groups)
        return groups.error();
    const QList<VariableGroupRecord> &fresh = *groups;
    // Row by row, so that a view keeps its selection and scroll position: gone rows out, renamed ones moved to their
    // place in the name order, new ones in.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (rowOfId(fresh, m_rows.at(row).id) < 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    for (int row = 0; row < fresh.size(); ++row) {
        const int at = rowOfId(m_rows, fresh.at(row).id, row);
        if (at < 0) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(row));
            endInsertRows();
            continue;
        }
        if (at != row) {
            beginMoveRows({}, at, at, {}, row);
            m_rows.move(at, row);
            endMoveRows();
        }
        m_rows[row] = fresh.at(row);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return {};
}

const VariableGroupRecord *VariableGroupListModel::groupAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VariableGroupListModel::rowOf(const QString &name) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

void GroupVariablesModel::setVariables(const QList<GroupVariable> &variables) {
    beginResetModel();
    m_rows.clear();
    for (const GroupVariable &variable : variables)
        m_rows.append(
            {variable.name, variable.secret ? QString() : variable.value, variable.secret, variable.secret, false});
    endResetModel();
}

QList<GroupVariableInput> GroupVariablesModel::inputs() const {
    QList<GroupVariableInput> inputs;
    for (const Row &row : m_rows)
        inputs.append(
            {row.name, row.secret && !row.newValue ? std::nullopt : std::optional<QString>(row.value), row.secret});
    return inputs;
}

int GroupVariablesModel::addVariable(const QString &name) {
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({name, QString(), false, false, false});
    endInsertRows();
    return row;
}

void GroupVariablesModel::removeVariable(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void GroupVariablesModel::setNewSecretValue(int row, const QString &value) {
    if (row < 0 || row >= m_rows.size())
        return;
    Row &variable = m_rows[row];
    variable.secret = true;
    variable.value = value;
    variable.newValue = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool GroupVariablesModel::hasNewValue(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).newValue;
}

int GroupVariablesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupVariablesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupVariablesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == SecretColumn)
        return role == Qt::CheckStateRole ? QVariant(row.secret ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == NameColumn)
        return row.name;
    if (!row.secret)
        return row.value;
    if (role == Qt::EditRole)
        return QString(); // a secret is given anew, never edited from what it was
    return row.newValue ? tr("*** (new value)") : row.stored ? QStringLiteral("***") : tr("(no value)");
}

QVariant GroupVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case SecretColumn: return tr("Secret");
    default: return {};
    }
}

Qt::ItemFlags GroupVariablesModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return flags;
    if (index.column() == SecretColumn)
        return flags | Qt::ItemIsUserCheckable;
    // A secret's value is set with "Set new value", not typed into the table.
    if (index.column() == ValueColumn && m_rows.at(index.row()).secret)
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool GroupVariablesModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = value.toInt() == Qt::Checked;
        if (secret == row.secret)
            return false;
        row.secret = secret;
        // Made secret, the plain value typed so far is its new value; made plain, a stored secret is not revealed.
        row.newValue = secret && !row.value.isEmpty();
        if (!secret && !row.newValue)
            row.value.clear();
        row.stored = row.stored && secret;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    (index.column() == NameColumn ? row.name : row.value) = value.toString();
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace slipway
