#pragma once

#include <QStyledItemDelegate>

namespace slipway {

// Paints a stage cell of the releases grid as a rounded, coloured status chip.
class StageChipDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace slipway
