#include "stagechipdelegate.h"

#include "releasegridmodel.h"
#include "statuspresentation.h"

#include <QApplication>
#include <QPainter>

namespace slipway {

void StageChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const std::optional<StageStatus> status =
        fromString<StageStatus>(index.data(ReleaseGridModel::StageStatusRole).toString());
    if (!status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    // Amber when the deployment waits for someone or something (gui.md).
    const QColor colour =
        index.data(ReleaseGridModel::WaitingRole).isValid() ? waitingColor() : stageStatusColor(*status);
    const QRectF chip = QRectF(option.rect).adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    // White text on the saturated chips, dark text on the light grey of "not started".
    painter->setPen(colour.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    painter->drawText(chip, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize StageChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace slipway
