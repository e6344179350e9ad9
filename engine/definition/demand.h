#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace slipway {

// Azure's way of writing a demand, as its agent jobs and its agents API take it: "name" (the capability is present)
// or "name -equals value". The name and value, the value empty for presence; nothing for any other text.
inline std::optional<std::pair<QString, QString>> parseAzureDemand(const QString &text) {
    const QLatin1String equalsWord(" -equals ");
    const qsizetype equals = text.indexOf(equalsWord, 0, Qt::CaseInsensitive);
    const QString name = (equals < 0 ? text : text.left(equals)).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return std::nullopt;
    return std::pair{name, equals < 0 ? QString() : text.mid(equals + equalsWord.size()).trimmed()};
}

} // namespace slipway
