#include "variablegroupdialog.h"

#include "errortext.h"
#include "messagebar.h"
#include "variablegroupmodels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent) {
    auto *created = new QPushButton(text, parent);
    created->setObjectName(QString::fromLatin1(name));
    created->setToolTip(tip);
    created->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    created->setAutoDefault(false);
    return created;
}

} // namespace

VariableGroupDialog::VariableGroupDialog(VariableGroupService &groups, Identity user, const QString &name,
                                         QWidget *parent)
    : QDialog(parent), m_groups(groups), m_user(std::move(user)), m_editing(name) {
    setObjectName(QStringLiteral("variableGroupDialog"));
    setWindowTitle(name.isEmpty() ? tr("New variable group") : tr("Variable group \"%1\"").arg(name));
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setReadOnly(!name.isEmpty()); // pipelines link groups by name
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("groupDescription"));
    m_variables = new GroupVariablesModel(this);
    m_variables->setEditable(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupVariables"));
    m_table->setAccessibleName(tr("Variables"));
    m_table->setModel(m_variables);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new MessageBar(QStringLiteral("groupDialogMessage"), this);
    if (!name.isEmpty()) {
        if (Result<VariableGroupRecord> group = m_groups.get(name)) {
            m_description->setText(group->description);
            m_variables->setVariables(group->variables);
        } else {
            m_message->showMessage(MessageBar::Level::Error, errorText(group.error()));
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("groupSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("groupCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VariableGroupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildVariableButtons());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 420);
}

QWidget *VariableGroupDialog::buildVariableButtons() {
    auto *row = new QWidget(this);
    auto *add = button(tr("&Add variable"), "addVariable", tr("Add a variable to the group"), row);
    auto *remove = button(tr("&Remove variable"), "removeVariable", tr("Remove the selected variable"), row);
    m_secretValue = new QLineEdit(row);
    m_secretValue->setObjectName(QStringLiteral("newSecretValue"));
    m_secretValue->setEchoMode(QLineEdit::Password);
    m_secretValue->setPlaceholderText(tr("New secret value"));
    m_secretValue->setAccessibleName(tr("New secret value"));
    auto *setSecret =
        button(tr("Set new &value"), "setSecretValue",
               tr("Make the selected variable secret with the value typed beside (it is never shown)"), row);
    connect(add, &QPushButton::clicked, this, [this] {
        const int added = m_variables->addVariable(tr("name%1").arg(m_variables->rowCount() + 1));
        m_table->setCurrentIndex(m_variables->index(added, GroupVariablesModel::NameColumn));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_variables->removeVariable(currentRow()); });
    connect(setSecret, &QPushButton::clicked, this, [this] {
        if (currentRow() < 0 || m_secretValue->text().isEmpty())
            return;
        m_variables->setNewSecretValue(currentRow(), m_secretValue->text());
        m_secretValue->clear();
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addStretch(1);
    layout->addWidget(m_secretValue);
    layout->addWidget(setSecret);
    return row;
}

int VariableGroupDialog::currentRow() const {
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void VariableGroupDialog::save() {
    const Result<VariableGroupRecord> saved = [this]() -> Result<VariableGroupRecord> {
        if (m_editing.isEmpty())
            return m_groups.create(m_name->text(), m_description->text(), m_variables->inputs(), m_user);
        VariableGroupUpdate change;
        change.description = m_description->text();
        change.variables = m_variables->inputs();
        return m_groups.update(m_editing, change, m_user);
    }();
    if (!saved) {
        m_message->showMessage(MessageBar::Level::Error, errorText(saved.error()));
        return;
    }
    Q_EMIT this->saved(saved->name);
    accept();
}

} // namespace slipway
