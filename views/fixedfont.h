#pragma once

#include <QFont>
#include <QFontDatabase>

namespace slipway {

// The font of scripts, logs and diffs: the system's fixed-width font, asked for as such, so that a machine whose
// theme names no monospace family (a bare desktop, the offscreen platform) still picks a fixed-width one.
inline QFont fixedWidthFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

} // namespace slipway
