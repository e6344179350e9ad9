#include "librarypage.h"

#include "releaseactions.h"

#include "errortext.h"
#include "messagebar.h"
#include "pagetitle.h"
#include "variablegroupdialog.h"
#include "variablegroupmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent) {
    auto *created = new QPushButton(text, parent);
    created->setObjectName(QString::fromLatin1(name));
    created->setToolTip(tip);
    created->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return created;
}

QTableView *table(const char *name, const QString &accessibleName, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

LibraryPage::LibraryPage(VariableGroupListModel &model, LibraryActions actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(std::move(actions)) {
    setObjectName(QStringLiteral("libraryPage"));
    QLabel *title = pageTitle(tr("Library: variable groups"), QStringLiteral("libraryTitle"), this);
    m_table = table("libraryGroups", tr("Variable groups"), this);
    m_table->setModel(&m_model);
    m_variables = new GroupVariablesModel(this);
    m_variablesView = table("libraryVariables", tr("Variables of the group"), this);
    m_variablesView->setModel(m_variables);
    m_usedBy = new QListWidget(this);
    m_usedBy->setObjectName(QStringLiteral("libraryUsedBy"));
    m_usedBy->setAccessibleName(tr("Pipelines that use the group"));
    connect(m_usedBy, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openPipeline(item->data(Qt::UserRole).toLongLong()); });
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(new QLabel(tr("Variables (secret values are never shown):"), details));
    detailsLayout->addWidget(m_variablesView, 2);
    detailsLayout->addWidget(new QLabel(tr("Used by:"), details));
    detailsLayout->addWidget(m_usedBy, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    m_message = new MessageBar(QStringLiteral("libraryMessage"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(split, 1);
    layout->addWidget(buildButtons());
    layout->addWidget(buildConfirmation());
    layout->addWidget(m_message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPage::showCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::showCurrent);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &LibraryPage::followChanges);
    connect(&m_model, &VariableGroupListModel::linksMayHaveChanged, this, &LibraryPage::followChanges);
    connect(m_table, &QTableView::activated, this, [this] {
        if (!m_actions.member)
            openEditor(currentName());
    });
}

QWidget *LibraryPage::buildButtons() {
    auto *row = new QWidget(this);
    auto *create = button(tr("&New group…"), "libraryNew", tr("Create a variable group"), row);
    m_edit = button(tr("&Edit…"), "libraryEdit", tr("Edit the selected group's description and variables"), row);
    m_delete = button(tr("&Delete…"), "libraryDelete", tr("Delete the selected group"), row);
    if (m_actions.member)
        for (QPushButton *adminOnly : {create, m_edit, m_delete}) {
            adminOnly->setEnabled(false);
            adminOnly->setToolTip(memberLimitText());
        }
    connect(create, &QPushButton::clicked, this, [this] { openEditor(QString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(currentName()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (currentName().isEmpty())
            return;
        m_confirmName = currentName();
        m_confirmText->setText(tr("Delete the variable group \"%1\"?").arg(m_confirmName));
        m_confirm->show();
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(create);
    layout->addWidget(m_edit);
    layout->addWidget(m_delete);
    layout->addStretch(1);
    return row;
}

QWidget *LibraryPage::buildConfirmation() {
    m_confirm = new QWidget(this);
    m_confirm->setObjectName(QStringLiteral("libraryConfirmation"));
    m_confirmText = new QLabel(m_confirm);
    auto *yes = button(tr("Delete"), "libraryConfirmDelete", tr("Delete the group for good"), m_confirm);
    auto *no = button(tr("Keep"), "libraryKeep", tr("Do not delete it"), m_confirm);
    connect(yes, &QPushButton::clicked, this, &LibraryPage::removeCurrent);
    connect(no, &QPushButton::clicked, m_confirm, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_confirm);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmText, 1);
    layout->addWidget(yes);
    layout->addWidget(no);
    m_confirm->hide();
    return m_confirm;
}

void LibraryPage::refresh() {
    const QString kept = currentName();
    if (Status loaded = m_model.refresh(); !loaded)
        m_message->showMessage(MessageBar::Level::Error, errorText(loaded.error()));
    select(kept);
}

QString LibraryPage::currentName() const {
    const VariableGroupRecord *group = m_model.groupAt(m_table->currentIndex().row());
    return group ? group->name : QString();
}

void LibraryPage::select(const QString &name) {
    const int row = name.isEmpty() ? -1 : m_model.rowOf(name);
    if (row < 0 && m_model.rowCount() == 0) {
        showCurrent();
        return;
    }
    m_table->setCurrentIndex(m_model.index(row < 0 ? 0 : row, 0));
    showCurrent();
}

void LibraryPage::showCurrent() {
    m_confirm->hide();
    showDetails();
}

void LibraryPage::followChanges() {
    // Someone (here, another desktop, the CLI, REST) changed the groups or the pipelines linking them. A pending
    // Delete confirmation stays while it still names the selected group.
    if (m_confirm->isVisible() && m_confirmName != currentName())
        m_confirm->hide();
    showDetails();
}

void LibraryPage::showDetails() {
    const VariableGroupRecord *group = m_model.groupAt(m_table->currentIndex().row());
    m_edit->setEnabled(group && !m_actions.member);
    m_delete->setEnabled(group && !m_actions.member);
    m_variables->setVariables(group ? group->variables : QList<GroupVariable>());
    m_usedBy->clear();
    if (!group)
        return;
    Result<QList<VariableGroupUsage>> usage = m_actions.groups.usage(group->id);
    if (!usage) {
        m_message->showMessage(MessageBar::Level::Error, errorText(usage.error()));
        return;
    }
    for (const VariableGroupUsage &use : std::as_const(*usage)) {
        auto *item = new QListWidgetItem(
            use.stage.isEmpty() ? use.pipelineName : tr("%1 (stage %2)").arg(use.pipelineName, use.stage), m_usedBy);
        item->setData(Qt::UserRole, use.pipelineId);
    }
    if (usage->isEmpty())
        m_usedBy->addItem(tr("No pipeline links this group."));
}

VariableGroupDialog *LibraryPage::openEditor(const QString &name) {
    auto *dialog = new VariableGroupDialog(m_actions.groups, m_actions.user, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VariableGroupDialog::saved, this, [this](const QString &saved) {
        m_message->showMessage(MessageBar::Level::Info, tr("Saved the variable group \"%1\".").arg(saved));
        refresh();
        select(saved);
    });
    dialog->open();
    return dialog;
}

void LibraryPage::removeCurrent() {
    const QString name = currentName();
    m_confirm->hide();
    if (Status removed = m_actions.groups.remove(name, m_actions.user); !removed) {
        m_message->showMessage(MessageBar::Level::Error, errorText(removed.error()));
        return;
    }
    m_message->showMessage(MessageBar::Level::Info, tr("Deleted the variable group \"%1\".").arg(name));
    refresh();
}

} // namespace slipway
