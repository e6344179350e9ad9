#pragma once

#include <QLabel>

namespace slipway {

// The heading every page starts with: bold, a size up from the text, the same on every page.
inline QLabel *pageTitle(const QString &text, const QString &objectName, QWidget *parent) {
    auto *title = new QLabel(text, parent);
    title->setObjectName(objectName);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace slipway
