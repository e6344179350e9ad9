#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace slipway {

// Seals secret variable values for storage (docs/security.md#secrets-at-rest): XChaCha20-Poly1305 with a random
// nonce per value, written as "slipway:v1:" + base64(nonce || ciphertext). One 32-byte key per database; a box
// without its key still tells a sealed value from a plain one and says why it cannot open it.
class SecretBox final {
public:
    static constexpr qsizetype keyBytes = 32;

    // `where` names the key in messages: "the key in /home/me/slipway.db.key", "the key in the system keyring".
    SecretBox(QByteArray key, QString where);
    // No usable key: opening and sealing fail with `problem` ("the key file /x.key is missing").
    static SecretBox withoutKey(QString problem);
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;
    SecretBox(SecretBox &&other) noexcept;
    SecretBox &operator=(SecretBox &&other) noexcept;

    static bool isSealed(const QString &value);
    static QByteArray randomKey();

    bool hasKey() const { return !m_key.isEmpty(); }
    const QString &where() const { return m_where; }
    // Why nothing can be opened, or that the key does not match (after a failed open).
    QString problem() const;
    // Recognises the key without revealing it (a keyed BLAKE2b of a fixed text), stored beside the data.
    QByteArray keyCheck() const;
    // A key that is not the database's: every open fails with "the key in … does not match".
    void markMismatched() { m_mismatched = true; }
    bool mismatched() const { return m_mismatched; }

    // Sealed values are returned unchanged (they are already sealed, perhaps with this key).
    Result<QString> seal(const QString &plain) const;
    // Plain values are returned unchanged: a database written before encryption has them until it is upgraded.
    Result<QString> open(const QString &value) const;

private:
    SecretBox() = default;
    QByteArray m_key;
    QString m_where;
    QString m_problem;
    bool m_mismatched = false;
};

// The key that seals the secret values of one database, when the caller has it (the app read it from the system
// keyring); without one the store reads the key file, created 0600 with a new random key when the database has none.
struct SecretKey final {
    QByteArray key;
    QString where; // "the key in the system keyring"
};

// $SLIPWAY_KEY_FILE, or the database's path + ".key".
QString keyFilePath(const QString &databasePath);

// The key file's text: the key in base64 on one line. Created 0600 (O_EXCL: two processes never write two keys).
Result<QByteArray> readKeyFile(const QString &path);
Status createKeyFile(const QString &path, const QByteArray &key);

} // namespace slipway
