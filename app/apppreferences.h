#pragma once

#include "preferences.h"

namespace slipway {

// Preferences in QSettings (~/.config/slipway/slipway.conf on Linux).
class AppPreferences final : public PreferenceStore {
public:
    Preferences load() const override;
    void save(const Preferences &preferences) override;
};

} // namespace slipway
