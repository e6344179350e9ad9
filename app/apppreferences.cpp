#include "apppreferences.h"

#include <QSettings>

namespace slipway {

Preferences AppPreferences::load() const {
    const QSettings settings;
    Preferences preferences;
    preferences.database = settings.value(QStringLiteral("database")).toString();
    preferences.displayName = settings.value(QStringLiteral("displayName")).toString();
    preferences.language = settings.value(QStringLiteral("language")).toString();
    preferences.theme = settings.value(QStringLiteral("theme"), QStringLiteral("system")).toString();
    preferences.notifications = settings.value(QStringLiteral("notifications"), true).toBool();
    return preferences;
}

void AppPreferences::save(const Preferences &preferences) {
    QSettings settings;
    settings.setValue(QStringLiteral("database"), preferences.database);
    settings.setValue(QStringLiteral("displayName"), preferences.displayName);
    settings.setValue(QStringLiteral("language"), preferences.language);
    settings.setValue(QStringLiteral("theme"), preferences.theme);
    settings.setValue(QStringLiteral("notifications"), preferences.notifications);
}

} // namespace slipway
