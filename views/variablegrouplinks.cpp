#include "variablegrouplinks.h"

#include "pipelinedocumentmodel.h"
#include "services/variablegroupservice.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace slipway {

namespace {

bool containsName(const QStringList &names, const QString &name) {
    return names.contains(name, Qt::CaseInsensitive); // group names compare whatever their case
}

} // namespace

VariableGroupLinks::VariableGroupLinks(PipelineDocumentModel &model, VariableGroupService &groups,
                                       const QString &prefix, const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_model(model), m_groups(groups) {
    setObjectName(prefix);
    setAccessibleName(title);
    auto named = [&](QWidget *widget, const QString &suffix, const QString &accessible, const QString &tip) {
        widget->setObjectName(prefix + suffix);
        widget->setAccessibleName(accessible);
        widget->setToolTip(tip);
    };
    m_linked = new QListWidget(this);
    named(m_linked, QStringLiteral("Linked"), tr("Linked variable groups"),
          tr("The groups whose variables each release takes, in order: a later group wins over an earlier one"));
    m_linked->setMaximumHeight(90);
    m_choice = new QComboBox(this);
    named(m_choice, QStringLiteral("Choice"), tr("Variable group to link"), tr("A group of the Library"));
    m_link = new QPushButton(tr("Link"), this);
    named(m_link, QStringLiteral("Link"), tr("Link variable group"), tr("Link the chosen group"));
    m_unlink = new QPushButton(tr("Unlink"), this);
    named(m_unlink, QStringLiteral("Unlink"), tr("Unlink variable group"), tr("Stop linking the selected group"));
    m_up = new QPushButton(tr("Up"), this);
    named(m_up, QStringLiteral("Up"), tr("Move variable group up"), tr("Give the selected group less weight"));
    m_down = new QPushButton(tr("Down"), this);
    named(m_down, QStringLiteral("Down"), tr("Move variable group down"), tr("Give the selected group more weight"));
    for (QPushButton *button : {m_link, m_unlink, m_up, m_down})
        button->setAutoDefault(false);

    auto *hint = new QLabel(tr("Variables defined in the pipeline or the stage win over those of its groups."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_choice, 0, 0);
    layout->addWidget(m_link, 0, 1);
    layout->addWidget(m_linked, 1, 0, 3, 1);
    layout->addWidget(m_unlink, 1, 1);
    layout->addWidget(m_up, 2, 1);
    layout->addWidget(m_down, 3, 1);
    layout->addWidget(hint, 4, 0, 1, 2);

    connect(m_link, &QPushButton::clicked, this, &VariableGroupLinks::link);
    connect(m_unlink, &QPushButton::clicked, this, &VariableGroupLinks::unlink);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_linked, &QListWidget::currentRowChanged, this, &VariableGroupLinks::updateButtons);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &VariableGroupLinks::updateButtons);
    // The raw field tree, a reload or undo may change the list too.
    connect(&m_model, &PipelineDocumentModel::documentEdited, this, &VariableGroupLinks::load);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &VariableGroupLinks::load);
    reloadLibrary();
}

void VariableGroupLinks::setStage(const QModelIndex &stage) {
    m_stageLevel = true;
    m_stage = stage;
    load();
}

void VariableGroupLinks::reloadLibrary() {
    m_library.clear();
    if (Result<QList<VariableGroupRecord>> groups = m_groups.list())
        for (const VariableGroupRecord &group : std::as_const(*groups))
            m_library << group.name;
    load();
}

QString VariableGroupLinks::path() const {
    if (!m_stageLevel)
        return QStringLiteral("variableGroups");
    return m_stage.isValid()
               ? m_stage.data(PipelineDocumentModel::PathRole).toString() + QStringLiteral(".variableGroups")
               : QString();
}

QStringList VariableGroupLinks::linked() const {
    QStringList names;
    const QString at = path();
    if (!at.isEmpty())
        for (const QJsonValue name : m_model.value(at).toArray())
            names << name.toString();
    return names;
}

void VariableGroupLinks::load() {
    const QStringList names = linked();
    const int keptRow = m_linked->currentRow();
    const QString keptChoice = m_choice->currentText();
    {
        const QSignalBlocker listBlocker(m_linked);
        const QSignalBlocker choiceBlocker(m_choice);
        m_linked->clear();
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(
                containsName(m_library, name) ? name : tr("%1 (not in the Library)").arg(name), m_linked);
            item->setData(Qt::UserRole, name);
        }
        m_linked->setCurrentRow(std::min(keptRow, int(m_linked->count()) - 1));
        m_choice->clear();
        for (const QString &group : std::as_const(m_library))
            if (!containsName(names, group))
                m_choice->addItem(group);
        m_choice->setCurrentIndex(std::max(0, m_choice->findText(keptChoice)));
    }
    setEnabled(!path().isEmpty());
    updateButtons();
}

void VariableGroupLinks::write(const QStringList &names) {
    // No groups: the key goes, and the file stays as it would have been written by hand.
    m_model.setValue(path(), names.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonArray::fromStringList(names));
    load();
}

void VariableGroupLinks::link() {
    const QString chosen = m_choice->currentText();
    if (chosen.isEmpty())
        return;
    write(linked() << chosen);
    m_linked->setCurrentRow(int(m_linked->count()) - 1);
}

void VariableGroupLinks::unlink() {
    const int row = m_linked->currentRow();
    QStringList names = linked();
    if (row < 0 || row >= names.size())
        return;
    names.removeAt(row);
    write(names);
}

void VariableGroupLinks::move(int delta) {
    const int row = m_linked->currentRow();
    QStringList names = linked();
    if (row < 0 || row + delta < 0 || row + delta >= names.size())
        return;
    names.move(row, row + delta);
    write(names);
    m_linked->setCurrentRow(row + delta);
}

void VariableGroupLinks::updateButtons() {
    const int row = m_linked->currentRow();
    m_link->setEnabled(m_choice->count() > 0);
    m_unlink->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_linked->count());
}

} // namespace slipway
