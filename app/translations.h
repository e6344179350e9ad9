#pragma once

#include <QString>

class QCoreApplication;

namespace slipway {

// Installs Slipway's catalogue and Qt's own (standard buttons, file dialogs) for `language` ("de",
// "fr", "en"; empty follows the system locale) and makes it the default locale. Returns the language
// whose catalogue was loaded, empty when none was (English without plural forms).
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace slipway
