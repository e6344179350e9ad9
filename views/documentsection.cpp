#include "documentsection.h"

#include "definition/schema.h"
#include "fixedfont.h"
#include "pipelinedocumentmodel.h"
#include "schemavaluedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

namespace {

bool isKind(const QModelIndex &index, schema::Kind kind) {
    return index.data(PipelineDocumentModel::KindRole).toInt() == int(kind);
}

// Fields whose text runs over several lines.
bool isMultiLine(const QModelIndex &field) {
    static const QStringList keys{QStringLiteral("script"), QStringLiteral("body"), QStringLiteral("instructions")};
    return field.isValid() && keys.contains(field.data(Qt::EditRole).toString()) &&
           (isKind(field, schema::Kind::String) || isKind(field, schema::Kind::NonEmptyString)) &&
           isKind(field.parent(), schema::Kind::Object); // not an env entry that happens to be called "script"
}

} // namespace

DocumentSection::DocumentSection(PipelineDocumentModel &model, const QString &name, QWidget *parent)
    : QWidget(parent), m_model(model) {
    m_tree = new QTreeView(this);
    m_tree->setObjectName(name + QStringLiteral("Tree"));
    m_tree->setModel(&model);
    m_tree->setItemDelegate(new SchemaValueDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(PipelineDocumentModel::FieldColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(PipelineDocumentModel::FieldColumn, 240);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Double-click a value to edit it; grey fields are not set"));
    m_tree->setAccessibleName(tr("Fields"));
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(name + QStringLiteral("TextLabel"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setFont(fixedWidthFont());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_text->setToolTip(tr("The selected field's text, over as many lines as it needs"));
    m_text->setAccessibleName(tr("Text of the selected field"));
    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_textLabel);
    textLayout->addWidget(m_text, 1);
    textPane->setVisible(false);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DocumentSection::writeText);

    auto makeButton = [&](const QString &suffix, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name + suffix);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        return button;
    };
    m_add = makeButton(QStringLiteral("Add"), tr("Add"), tr("Add an entry to the selected list or map"));
    m_remove = makeButton(QStringLiteral("Remove"), tr("Remove"), tr("Remove the selected entry, or unset the field"));
    m_up = makeButton(QStringLiteral("Up"), tr("Move up"), tr("Move the selected entry up"));
    m_down = makeButton(QStringLiteral("Down"), tr("Move down"), tr("Move the selected entry down"));
    connect(m_add, &QPushButton::clicked, this, &DocumentSection::add);
    connect(m_remove, &QPushButton::clicked, this, &DocumentSection::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DocumentSection::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DocumentSection::updateTextEditor);
    connect(&model, &QAbstractItemModel::dataChanged, this, &DocumentSection::updateButtons);
    connect(&model, &QAbstractItemModel::dataChanged, this, &DocumentSection::updateTextEditor);
    connect(&model, &QAbstractItemModel::rowsMoved, this, &DocumentSection::updateButtons);
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_rootedByPath)
            setRootPath(m_rootPath);
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &DocumentSection::showContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *panes = new QSplitter(Qt::Vertical, this);
    panes->setObjectName(name + QStringLiteral("Panes"));
    panes->setChildrenCollapsible(false);
    panes->addWidget(m_tree);
    panes->addWidget(textPane);
    panes->setStretchFactor(0, 2);
    panes->setStretchFactor(1, 1);
    layout->addWidget(panes, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void DocumentSection::setRootPath(const QString &path) {
    m_rootPath = path;
    m_rootedByPath = true;
    m_tree->setRootIndex(path.isEmpty() ? QModelIndex() : m_model.indexForPath(path));
    expandSetFields();
    updateButtons();
}

void DocumentSection::setRootIndex(const QModelIndex &index) {
    m_rootedByPath = false;
    m_tree->setRootIndex(index);
    m_tree->setEnabled(index.isValid());
    expandSetFields();
    updateButtons();
}

// The fields that are set open, the rest stay folded: a stage shows what it uses.
void DocumentSection::expandSetFields() {
    const QModelIndex root = m_tree->rootIndex();
    for (int row = 0; row < m_model.rowCount(root); ++row) {
        const QModelIndex child = m_model.index(row, 0, root);
        m_tree->setExpanded(child, child.data(PipelineDocumentModel::PresentRole).toBool() &&
                                       m_model.rowCount(child) > 0 && m_model.rowCount(child) <= 12);
    }
}

void DocumentSection::reveal(const QString &path) {
    const QModelIndex index = m_model.nearestIndexForPath(path);
    if (!index.isValid())
        return;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}

QModelIndex DocumentSection::current() const {
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.siblingAtColumn(PipelineDocumentModel::FieldColumn) : QModelIndex();
}

// The list or map the Add button adds to: the selected one, the one holding the selected entry,
// or the section itself.
QModelIndex DocumentSection::containerForAdd() const {
    auto accepts = [](const QModelIndex &index) {
        return isKind(index, schema::Kind::Array) || isKind(index, schema::Kind::StringMap) ||
               isKind(index, schema::Kind::VariableMap);
    };
    const QModelIndex selected = current();
    if (selected.isValid() && accepts(selected))
        return selected;
    if (selected.isValid() && accepts(selected.parent()))
        return selected.parent();
    const QModelIndex root = m_tree->rootIndex();
    return root.isValid() && accepts(root) ? root : QModelIndex();
}

void DocumentSection::add() {
    const QModelIndex container = containerForAdd();
    if (!container.isValid())
        return;
    QString key;
    if (!isKind(container, schema::Kind::Array)) {
        bool ok = false;
        key = QInputDialog::getText(this, tr("Add entry"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || key.trimmed().isEmpty())
            return;
    }
    const QModelIndex added = m_model.addEntry(container, key);
    if (!added.isValid())
        return;
    m_tree->expand(container);
    m_tree->expand(added);
    m_tree->setCurrentIndex(added.siblingAtColumn(PipelineDocumentModel::ValueColumn));
}

void DocumentSection::remove() {
    const QModelIndex selected = current();
    if (selected.isValid())
        m_model.removeEntry(selected);
}

void DocumentSection::move(int delta) {
    const QModelIndex selected = current();
    if (selected.isValid())
        m_model.moveElement(selected, delta);
}

void DocumentSection::updateButtons() {
    const QModelIndex selected = current();
    m_add->setEnabled(containerForAdd().isValid());
    m_remove->setEnabled(selected.isValid() && (selected.data(PipelineDocumentModel::PresentRole).toBool()));
    m_up->setEnabled(m_model.canMove(selected, -1));
    m_down->setEnabled(m_model.canMove(selected, 1));
}

void DocumentSection::updateTextEditor() {
    const QModelIndex field = current();
    const bool multiLine = isMultiLine(field);
    m_text->parentWidget()->setVisible(multiLine);
    if (!multiLine) {
        m_textPath.clear();
        return;
    }
    const QString path = field.data(PipelineDocumentModel::PathRole).toString();
    const QString text = m_model.value(path).toString();
    m_textLabel->setText(
        tr("%1 of \"%2\":").arg(field.data(Qt::EditRole).toString(), field.parent().data().toString()));
    if (path == m_textPath && m_text->toPlainText() == text)
        return;
    m_textPath = path;
    m_loadingText = true;
    m_text->setPlainText(text);
    m_loadingText = false;
}

void DocumentSection::writeText() {
    if (m_loadingText || m_textPath.isEmpty())
        return;
    m_loadingText = true; // the model's dataChanged must not reload the text being typed
    m_model.setValue(m_textPath, m_text->toPlainText());
    m_loadingText = false;
}

void DocumentSection::showContextMenu(const QPoint &at) {
    m_tree->setCurrentIndex(m_tree->indexAt(at));
    QMenu menu(this);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down}) {
        QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
    }
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

} // namespace slipway
