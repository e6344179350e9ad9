#pragma once

#include <QStringList>

namespace slipway {

// Replaces every secret value (4 characters or longer) by *** before a line is stored or shown.
// Plain text replacement: secrets full of regex or shell metacharacters are matched literally.
class SecretMasker final {
public:
    explicit SecretMasker(QStringList secrets);
    QString mask(QString line) const;

private:
    QStringList m_secrets; // longest first, so a secret containing another is masked whole
};

} // namespace slipway
