#include "approvalseditor.h"

#include "pipelinedocumentmodel.h"
#include "principalpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace slipway {

namespace {

// Sets `key` unless the value is the default and the key was not written: the file keeps only what was chosen.
void setOrKeepDefault(QJsonObject &object, const QString &key, const QJsonValue &value, const QJsonValue &fallback) {
    if (value == fallback && !object.contains(key))
        return;
    object.insert(key, value);
}

} // namespace

ApprovalsEditor::ApprovalsEditor(PipelineDocumentModel &model, DirectoryService &directory, const QString &key,
                                 const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_model(model), m_key(key) {
    setObjectName(key);
    setCheckable(true);
    setToolTip(tr("Tick to require approval; untick to remove the approvals"));
    setAccessibleName(title);
    auto named = [&](QWidget *widget, const QString &suffix, const QString &accessible, const QString &tip) {
        widget->setObjectName(key + suffix);
        widget->setAccessibleName(accessible);
        widget->setToolTip(tip);
    };
    m_picker = new PrincipalPicker(directory, this);
    m_picker->setObjectName(key + QStringLiteral("Choice"));
    m_approvers = new QListWidget(this);
    named(m_approvers, QStringLiteral("Approvers"), tr("Approvers"), tr("Who approves, in order"));
    m_approvers->setMaximumHeight(90);
    m_add = new QPushButton(tr("Add"), this);
    named(m_add, QStringLiteral("Add"), tr("Add approver"), tr("Add the chosen user or group as an approver"));
    m_remove = new QPushButton(tr("Remove"), this);
    named(m_remove, QStringLiteral("Remove"), tr("Remove approver"), tr("Remove the selected approver"));
    m_up = new QPushButton(tr("Up"), this);
    named(m_up, QStringLiteral("Up"), tr("Move approver up"), tr("Ask the selected approver earlier"));
    m_down = new QPushButton(tr("Down"), this);
    named(m_down, QStringLiteral("Down"), tr("Move approver down"), tr("Ask the selected approver later"));
    m_order = new QComboBox(this);
    named(m_order, QStringLiteral("Order"), tr("Approval order"), tr("Whose approval is needed"));
    m_order->addItem(tr("Any one of them"), QStringLiteral("anyOne"));
    m_order->addItem(tr("All of them, in the listed order"), QStringLiteral("allInSequence"));
    m_order->addItem(tr("All of them, in any order"), QStringLiteral("allAnyOrder"));
    m_timeout = new QLineEdit(this);
    named(m_timeout, QStringLiteral("Timeout"), tr("Approval timeout"),
          tr("How long the approval may wait before it is rejected, e.g. 8h or 30d"));
    m_timeout->setPlaceholderText(tr("30d (the default)"));
    m_requesterCannotApprove = new QCheckBox(tr("The person who created the release cannot approve it"), this);
    named(m_requesterCannotApprove, QStringLiteral("RequesterCannotApprove"), m_requesterCannotApprove->text(),
          tr("Four eyes: the release's creator is not counted as an approver"));
    m_skipIfApproved = new QCheckBox(tr("Skip if the same approvers approved the previous stage"), this);
    named(m_skipIfApproved, QStringLiteral("SkipIfApproved"), m_skipIfApproved->text(),
          tr("No second approval when the previous stage's approvers already approved this release"));
    m_revalidate = new QCheckBox(tr("Approvers confirm their identity again"), this);
    named(m_revalidate, QStringLiteral("RevalidateIdentity"), m_revalidate->text(),
          tr("An approver signs in again before the approval counts"));

    auto *list = new QGridLayout;
    list->addWidget(m_picker, 0, 0);
    list->addWidget(m_add, 0, 1);
    list->addWidget(m_approvers, 1, 0, 3, 1);
    list->addWidget(m_remove, 1, 1);
    list->addWidget(m_up, 2, 1);
    list->addWidget(m_down, 3, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Approvers:"), list);
    form->addRow(tr("Approval by:"), m_order);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(m_requesterCannotApprove);
    form->addRow(m_skipIfApproved);
    form->addRow(m_revalidate);

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        if (!m_loading)
            write(on ? current() : QJsonObject());
    });
    connect(m_add, &QPushButton::clicked, this, &ApprovalsEditor::addApprover);
    connect(m_remove, &QPushButton::clicked, this, &ApprovalsEditor::removeApprover);
    connect(m_up, &QPushButton::clicked, this, [this] { moveApprover(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveApprover(1); });
    connect(m_approvers, &QListWidget::currentRowChanged, this, &ApprovalsEditor::updateButtons);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ApprovalsEditor::writeFromControls);
    connect(m_timeout, &QLineEdit::textEdited, this, &ApprovalsEditor::writeFromControls);
    for (QCheckBox *box : {m_requesterCannotApprove, m_skipIfApproved, m_revalidate})
        connect(box, &QCheckBox::toggled, this, &ApprovalsEditor::writeFromControls);
    connect(&model, &PipelineDocumentModel::documentEdited, this, [this] {
        if (!m_loading)
            load();
    });
    load();
}

void ApprovalsEditor::setStage(const QModelIndex &stage) {
    m_stage = stage;
    m_picker->reload();
    load();
}

QString ApprovalsEditor::stagePath() const {
    return m_stage.isValid() ? m_stage.data(PipelineDocumentModel::PathRole).toString() : QString();
}

QString ApprovalsEditor::path() const {
    return stagePath() + QLatin1Char('.') + m_key;
}

QJsonObject ApprovalsEditor::current() const {
    return stagePath().isEmpty() ? QJsonObject() : m_model.value(path()).toObject();
}

void ApprovalsEditor::load() {
    m_loading = true;
    const bool present = !stagePath().isEmpty() && m_model.value(path()).isObject();
    const QJsonObject approvals = current();
    setChecked(present);
    const int row = m_approvers->currentRow();
    m_approvers->clear();
    for (const QJsonValue approver : approvals.value(QStringLiteral("approvers")).toArray())
        m_approvers->addItem(approver.toString());
    m_approvers->setCurrentRow(std::min(row, m_approvers->count() - 1));
    m_order->setCurrentIndex(
        std::max(0, m_order->findData(approvals.value(QStringLiteral("order")).toString(QStringLiteral("anyOne")))));
    const QString timeout = approvals.value(QStringLiteral("timeout")).toString();
    if (m_timeout->text() != timeout)
        m_timeout->setText(timeout);
    m_requesterCannotApprove->setChecked(approvals.value(QStringLiteral("requesterCannotApprove")).toBool(true));
    m_skipIfApproved->setChecked(approvals.value(QStringLiteral("skipIfApprovedInPreviousStage")).toBool());
    m_revalidate->setChecked(approvals.value(QStringLiteral("revalidateIdentity")).toBool());
    updateButtons();
    m_loading = false;
}

// An empty object removes the approvals; otherwise `approvals` replaces them (approvers always written).
void ApprovalsEditor::write(const QJsonObject &approvals) {
    if (stagePath().isEmpty())
        return;
    m_loading = true;
    if (!isChecked()) {
        m_model.setValue(path(), QJsonValue(QJsonValue::Undefined));
    } else {
        QJsonObject written = approvals;
        if (!written.contains(QStringLiteral("approvers")))
            written.insert(QStringLiteral("approvers"), QJsonArray{});
        m_model.setValue(path(), written);
    }
    m_loading = false;
    load();
}

void ApprovalsEditor::writeFromControls() {
    if (m_loading)
        return;
    QJsonObject approvals = current();
    setOrKeepDefault(approvals, QStringLiteral("order"), m_order->currentData().toString(), QStringLiteral("anyOne"));
    const QString timeout = m_timeout->text().trimmed();
    if (timeout.isEmpty())
        approvals.remove(QStringLiteral("timeout"));
    else
        approvals.insert(QStringLiteral("timeout"), timeout);
    setOrKeepDefault(approvals, QStringLiteral("requesterCannotApprove"), m_requesterCannotApprove->isChecked(), true);
    setOrKeepDefault(approvals, QStringLiteral("skipIfApprovedInPreviousStage"), m_skipIfApproved->isChecked(), false);
    setOrKeepDefault(approvals, QStringLiteral("revalidateIdentity"), m_revalidate->isChecked(), false);
    write(approvals);
}

void ApprovalsEditor::addApprover() {
    const QString principal = m_picker->currentPrincipal();
    QJsonObject approvals = current();
    QJsonArray approvers = approvals.value(QStringLiteral("approvers")).toArray();
    if (principal.isEmpty() || approvers.contains(principal))
        return;
    approvers.append(principal);
    approvals.insert(QStringLiteral("approvers"), approvers);
    write(approvals);
    m_approvers->setCurrentRow(m_approvers->count() - 1);
}

void ApprovalsEditor::removeApprover() {
    const int row = m_approvers->currentRow();
    QJsonObject approvals = current();
    QJsonArray approvers = approvals.value(QStringLiteral("approvers")).toArray();
    if (row < 0 || row >= approvers.size())
        return;
    approvers.removeAt(row);
    approvals.insert(QStringLiteral("approvers"), approvers);
    write(approvals);
}

void ApprovalsEditor::moveApprover(int delta) {
    const int row = m_approvers->currentRow();
    QJsonObject approvals = current();
    QJsonArray approvers = approvals.value(QStringLiteral("approvers")).toArray();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= approvers.size())
        return;
    const QJsonValue moved = approvers.takeAt(row);
    approvers.insert(target, moved);
    approvals.insert(QStringLiteral("approvers"), approvers);
    write(approvals);
    m_approvers->setCurrentRow(target);
}

void ApprovalsEditor::updateButtons() {
    const int row = m_approvers->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_approvers->count());
    m_add->setEnabled(!m_picker->currentPrincipal().isEmpty());
}

} // namespace slipway
