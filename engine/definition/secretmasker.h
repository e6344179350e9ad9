#pragma once

#include <QJsonArray>
#include <QStringList>

namespace slipway {

// Replaces every secret value by *** in text that is stored, shown or exported (docs/security.md#masking).
// Matching is literal (regex and shell metacharacters are plain characters) and covers, for each value: the whole
// value, and each line of a multi-line value on its own, so a value printed over several log lines never shows.
// Values and lines shorter than 4 characters (in code points, after trimming) are not masked on their own.
// Each value also matches in its NFC and NFD forms and JSON-escaped. Overlapping and nested matches are merged into
// one ***, so a secret that contains another is masked whole.
class SecretMasker final {
public:
    SecretMasker() = default;
    explicit SecretMasker(const QStringList &secrets);

    QString mask(const QString &text) const;
    QJsonValue mask(const QJsonValue &value) const; // every string inside, keys included
    bool isEmpty() const { return m_tokens.isEmpty(); }

private:
    QStringList m_tokens; // distinct, longest first

    void addToken(const QString &token);
};

} // namespace slipway
