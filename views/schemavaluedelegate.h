#pragma once

#include <QStyledItemDelegate>

namespace slipway {

// Per-kind editors for the pipeline editor's values: choices for enums, days and flags, a spin box
// for numbers, the IANA zones for time zones, text for the rest.
class SchemaValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace slipway
