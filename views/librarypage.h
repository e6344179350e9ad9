#pragma once

#include "core/identity.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace slipway {

class GroupVariablesModel;
class MessageBar;
class VariableGroupDialog;
class VariableGroupListModel;
class VariableGroupService;

// What the Library page acts through.
struct LibraryActions final {
    VariableGroupService &groups;
    Identity user;
    bool member = false; // a team database's member: reads the groups; making and changing them is an admin's
};

// The Library (docs/user-guide.md#library): the variable groups, the selected one's variables (secrets masked) and
// the pipelines and stages that link it; New, Edit and Delete. Deleting asks to confirm on the page and shows the
// refusal when a pipeline still links the group. The list follows its model's live changes (the window's change feed),
// keeping the selection. The calls are one small query or transaction each, made on the
// GUI thread as the approvals page makes its own.
class LibraryPage final : public QWidget {
    Q_OBJECT
public:
    LibraryPage(VariableGroupListModel &model, LibraryActions actions, QWidget *parent = nullptr);

    void refresh();
    // The editor of the group `name` (empty: a new group), shown window-modal.
    VariableGroupDialog *openEditor(const QString &name);

Q_SIGNALS:
    void openPipeline(qint64 pipelineId);

private:
    VariableGroupListModel &m_model;
    LibraryActions m_actions;
    QTableView *m_table = nullptr;
    QTableView *m_variablesView = nullptr;
    GroupVariablesModel *m_variables = nullptr;
    QListWidget *m_usedBy = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QString m_confirmName; // the group the Delete confirmation names
    MessageBar *m_message = nullptr;

    QWidget *buildButtons();
    QWidget *buildConfirmation();
    QString currentName() const;
    void showCurrent();
    void followChanges();
    void showDetails();
    void select(const QString &name);
    void removeCurrent();
};

} // namespace slipway
