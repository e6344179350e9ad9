#pragma once

#include <QStyledItemDelegate>

namespace slipway {

// Paints a stage cell of the releases grid as a rounded status chip in the state's colour (the palette
// of statuspresentation, light or dark as the view's palette is). A manual stage gets a dashed border.
// Text that does not fit is elided; the cell's tooltip holds it in full.
class StageChipDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chip's fill for a cell, and the text as painted in a cell `width` wide.
    static QColor chipColour(const QModelIndex &index, const QPalette &palette);
    static QString shownText(const QModelIndex &index, const QFontMetrics &metrics, int width);
    // The width a chip needs to show `label` unclipped.
    static int chipWidth(const QFontMetrics &metrics, const QString &label);
};

} // namespace slipway
