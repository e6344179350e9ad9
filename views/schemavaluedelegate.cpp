#include "schemavaluedelegate.h"

#include "definition/schema.h"
#include "pipelinedocumentmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace slipway {

using schema::Kind;

namespace {

Kind kindOf(const QModelIndex &index) {
    const int kind = index.data(PipelineDocumentModel::KindRole).toInt();
    return kind < 0 ? Kind::String : Kind(kind);
}

} // namespace

QWidget *SchemaValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const {
    if (index.column() != PipelineDocumentModel::ValueColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QStringList choices = index.data(PipelineDocumentModel::EnumValuesRole).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("valueChoice"));
        combo->addItems(choices);
        return combo;
    }
    switch (kindOf(index)) {
    case Kind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("valueNumber"));
        spin->setRange(0, 1'000'000);
        return spin;
    }
    case Kind::TimeZone: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("valueTimeZone"));
        combo->setEditable(true);
        for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
            combo->addItem(QString::fromUtf8(zone));
        combo->completer()->setFilterMode(Qt::MatchContains);
        return combo;
    }
    default: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("valueText"));
        if (kindOf(index) == Kind::Duration)
            edit->setPlaceholderText(tr("for example 30s, 10m, 6h, 30d"));
        else if (kindOf(index) == Kind::TimeOfDay)
            edit->setPlaceholderText(tr("HH:mm"));
        else if (kindOf(index) == Kind::StatusRange)
            edit->setPlaceholderText(tr("for example 200 or 200-299"));
        return edit;
    }
    }
}

void SchemaValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = value.typeId() == QMetaType::Bool
                                 ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : value.toString();
        const int found = combo->findText(text);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else if (combo->isEditable())
            combo->setEditText(text);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void SchemaValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace slipway
