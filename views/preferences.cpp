#include "preferences.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace slipway {

namespace {

// A complete Fusion dark palette: Fusion draws check box and radio indicators from Base with an outline
// derived from Window, frames from Light/Mid/Dark, so every role needs a colour that stands apart.
QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x45, 0x48, 0x4f), text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x8a, 0x8e, 0x94);
    const struct {
        QPalette::ColorRole role;
        QColor colour;
    } roles[] = {
        {QPalette::Window, window},
        {QPalette::WindowText, text},
        {QPalette::Base, base},
        {QPalette::AlternateBase, QColor(0x3d, 0x40, 0x46)},
        {QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42)},
        {QPalette::ToolTipText, text},
        {QPalette::PlaceholderText, QColor(0xa8, 0xad, 0xb3)},
        {QPalette::Text, text},
        {QPalette::Button, QColor(0x3a, 0x3d, 0x42)},
        {QPalette::ButtonText, text},
        {QPalette::BrightText, QColor(0xff, 0x8a, 0x80)},
        {QPalette::Light, QColor(0x6a, 0x6e, 0x75)},
        {QPalette::Midlight, QColor(0x52, 0x56, 0x5c)},
        {QPalette::Mid, QColor(0x5c, 0x60, 0x66)},
        {QPalette::Dark, QColor(0x1c, 0x1d, 0x20)},
        {QPalette::Shadow, QColor(0x0e, 0x0f, 0x10)},
        {QPalette::Link, QColor(0x8a, 0xb4, 0xf8)},
        {QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9)},
        {QPalette::Highlight, QColor(0x3a, 0x6e, 0xc8)},
        {QPalette::HighlightedText, Qt::white},
    };
    for (const auto &entry : roles)
        palette.setColor(entry.role, entry.colour);
    // Disabled widgets stay legible, but visibly dimmer than enabled ones.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x35, 0x39));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x54));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

} // namespace

void applyTheme(const QString &theme) {
    if (theme == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(QPalette()); // the platform's
}

} // namespace slipway
