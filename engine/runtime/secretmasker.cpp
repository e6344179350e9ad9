#include "secretmasker.h"

#include <algorithm>

namespace slipway {

SecretMasker::SecretMasker(QStringList secrets) {
    secrets.removeIf([](const QString &secret) { return secret.size() < 4; });
    secrets.removeDuplicates();
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secrets = std::move(secrets);
}

QString SecretMasker::mask(QString line) const {
    for (const QString &secret : m_secrets)
        line.replace(secret, QStringLiteral("***"));
    return line;
}

} // namespace slipway
