#pragma once

#include <QString>

namespace slipway {

// What the Settings dialog keeps between runs. The database and the name take effect at the next start;
// the theme and notifications at once; the language at the next start.
struct Preferences final {
    QString database;    // an SQLite file (empty: the default in the app data folder) or a team server's URI, never
                         // with its password (that is in the system keyring: docs/security.md#team-passwords)
    QString displayName; // the user to act as; empty: the login name
    QString language;    // "" follows the system, "en", "de"
    QString theme;       // "system", "light" or "dark"
    bool notifications = true;
};

// Where preferences live; the app implements it (QSettings), tests keep them in memory.
class PreferenceStore {
public:
    virtual ~PreferenceStore() = default;
    virtual Preferences load() const = 0;
    virtual void save(const Preferences &preferences) = 0;
};

// Fusion with a light or a dark palette, or the platform's own ("system"). Status colours are chosen
// to keep their contrast on both.
void applyTheme(const QString &theme);

} // namespace slipway
