#pragma once

#include "core/identity.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace slipway {

class GroupVariablesModel;
class MessageBar;
class VariableGroupService;

// Creates a variable group or edits one: its description and variables. A secret's value is never shown; it is
// replaced with "Set new value" (typed hidden) and otherwise kept. Save stays in the dialog on a refusal and says why.
class VariableGroupDialog final : public QDialog {
    Q_OBJECT
public:
    // `name` empty: a new group.
    VariableGroupDialog(VariableGroupService &groups, Identity user, const QString &name, QWidget *parent = nullptr);

    GroupVariablesModel &variables() { return *m_variables; }

Q_SIGNALS:
    void saved(const QString &name);

private:
    VariableGroupService &m_groups;
    Identity m_user;
    QString m_editing; // the group's name; empty for a new one
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_secretValue = nullptr;
    GroupVariablesModel *m_variables = nullptr;
    MessageBar *m_message = nullptr;

    QWidget *buildVariableButtons();
    int currentRow() const;
    void save();
};

} // namespace slipway
