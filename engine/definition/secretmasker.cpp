#include "secretmasker.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace slipway {

namespace {

constexpr qsizetype minimumLength = 4; // code points; shorter fragments would mask common text everywhere

qsizetype codePoints(const QString &text) {
    qsizetype count = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++count;
    return count;
}

QString jsonEscaped(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return text;
}

} // namespace

SecretMasker::SecretMasker(const QStringList &secrets) {
    for (const QString &secret : secrets) {
        QString value = secret;
        value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QString &form :
             {value, value.normalized(QString::NormalizationForm_C), value.normalized(QString::NormalizationForm_D)}) {
            addToken(form);
            addToken(jsonEscaped(form));
            const QStringList lines = form.split(QRegularExpression(QStringLiteral("[\r\n]")));
            if (lines.size() > 1)
                for (const QString &line : lines) {
                    addToken(line);
                    addToken(jsonEscaped(line));
                }
        }
    }
    m_tokens.removeDuplicates();
    std::stable_sort(m_tokens.begin(), m_tokens.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretMasker::addToken(const QString &token) {
    for (const QString &candidate : {token, token.trimmed()})
        if (codePoints(candidate) >= minimumLength)
            m_tokens << candidate;
}

QString SecretMasker::mask(const QString &text) const {
    if (m_tokens.isEmpty() || text.isEmpty())
        return text;
    // Every occurrence of every token, overlapping ones included, marks its characters; each marked run becomes ***.
    QList<bool> masked;
    for (const QString &token : m_tokens)
        for (qsizetype at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            if (masked.isEmpty())
                masked.fill(false, text.size());
            std::fill(masked.begin() + at, masked.begin() + at + token.size(), true);
        }
    if (masked.isEmpty())
        return text;
    // A run also takes the combining marks after it: a mark shown alone on *** would tell a character of the value.
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!masked.at(i - 1) || masked.at(i))
            continue;
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t point = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (QChar::isMark(point))
            std::fill(masked.begin() + i, masked.begin() + i + (pair ? 2 : 1), true);
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!masked.at(i))
            out += text.at(i);
        else if (i == 0 || !masked.at(i - 1))
            out += QStringLiteral("***");
    }
    return out;
}

QJsonValue SecretMasker::mask(const QJsonValue &value) const {
    if (m_tokens.isEmpty())
        return value;
    if (value.isString())
        return mask(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(mask(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(mask(it.key()), mask(it.value()));
        return out;
    }
    return value;
}

} // namespace slipway
