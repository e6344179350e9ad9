#include "stagechipdelegate.h"

#include "releasegridmodel.h"
#include "statuspresentation.h"

#include <QApplication>
#include <QPainter>

namespace slipway {

namespace {
constexpr int chipMargin = 4;   // between the chip and the cell's edge
constexpr int chipPadding = 10; // between the chip's edge and its text
} // namespace

QColor StageChipDelegate::chipColour(const QModelIndex &index, const QPalette &palette) {
    const QVariant state = index.data(ReleaseGridModel::StageStateRole);
    return state.isValid() ? stageStateColour(StageState(state.toInt()), palette) : QColor();
}

int StageChipDelegate::chipWidth(const QFontMetrics &metrics, const QString &label) {
    return metrics.horizontalAdvance(label) + 2 * (chipMargin + chipPadding);
}

QString StageChipDelegate::shownText(const QModelIndex &index, const QFontMetrics &metrics, int width) {
    return metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                              width - 2 * (chipMargin + chipPadding));
}

void StageChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const QVariant state = index.data(ReleaseGridModel::StageStateRole);
    if (!state.isValid()) {
        QStyleOptionViewItem elided = option;
        elided.textElideMode = Qt::ElideRight;
        QStyledItemDelegate::paint(painter, elided, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QColor colour = chipColour(index, option.palette);
    const QRectF chip = QRectF(option.rect).adjusted(chipMargin, chipMargin, -chipMargin, -chipMargin);
    const bool manual = StageState(state.toInt()) == StageState::Manual;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(manual ? QPen(option.palette.color(QPalette::Mid), 1.2, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(textColourOn(colour));
    painter->drawText(chip, Qt::AlignCenter, shownText(index, option.fontMetrics, option.rect.width()));
    painter->restore();
}

QSize StageChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ReleaseGridModel::StageStateRole).isValid())
        size.setWidth(chipWidth(option.fontMetrics, index.data(Qt::DisplayRole).toString()));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace slipway
