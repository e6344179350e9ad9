#pragma once

#include <QString>

#include <optional>

namespace slipway {

// Where the desktop keeps a team server's password (docs/security.md#team-passwords): the system keyring, never
// QSettings, logs or stderr. Tests put a keyring of their own in its place.
class PasswordKeyring {
public:
    virtual ~PasswordKeyring() = default;
    // The password kept under `entry`; nothing when there is none or no keyring answers.
    virtual std::optional<QString> read(const QString &entry) = 0;
    // Keeps `password` under `entry`; false when no keyring took it.
    virtual bool write(const QString &entry, const QString &password) = 0;
};

// The system keyring (Secret Service, KWallet) through QtKeychain. Without a session bus (headless engines, CI,
// tests) it answers nothing at once; otherwise each call waits at most a few seconds. Safe on any thread.
class SystemKeyring final : public PasswordKeyring {
public:
    std::optional<QString> read(const QString &entry) override;
    bool write(const QString &entry, const QString &password) override;
};

// The keyring entry of a team server's password: "team-password:" and the URI as shown (without a password).
QString teamPasswordEntry(const QString &location);

// `location` with the keyring's password when it names a team server whose URI has none and PGPASSWORD is not set
// (libpq's own conventions, ~/.pgpass and PGSERVICE, still apply when the keyring has nothing); otherwise unchanged.
// The result may hold a password: connect with it, never show or keep it.
QString withKeyringPassword(const QString &location, PasswordKeyring &keyring);

} // namespace slipway
