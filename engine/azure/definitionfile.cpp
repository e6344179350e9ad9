#include "definitionfile.h"

#include <QJsonDocument>

namespace slipway::azure {

std::optional<DefinitionFormat> definitionFormatNamed(const QString &name) {
    if (name.isEmpty())
        return DefinitionFormat::Detect;
    if (name.compare(QLatin1String("azure"), Qt::CaseInsensitive) == 0)
        return DefinitionFormat::Azure;
    if (name.compare(QLatin1String("slipway"), Qt::CaseInsensitive) == 0)
        return DefinitionFormat::Slipway;
    return std::nullopt;
}

Result<DefinitionFile> readDefinitionFile(const QByteArray &bytes, DefinitionFormat format) {
    if (format == DefinitionFormat::Slipway)
        return DefinitionFile{bytes, std::nullopt};
    const Result<QJsonObject> document = readJsonText(bytes);
    if (!document && format == DefinitionFormat::Detect) // the pipeline parser names what is wrong
        return DefinitionFile{bytes, std::nullopt};
    if (!document)
        return document.error();
    if (format == DefinitionFormat::Detect && !looksLikeAzureDefinition(*document))
        return DefinitionFile{bytes, std::nullopt};
    Result<AzureImport> mapped = mapAzureDefinition(*document);
    if (!mapped)
        return mapped.error();
    const QByteArray json = QJsonDocument(mapped->pipeline).toJson(QJsonDocument::Indented);
    return DefinitionFile{json, std::move(*mapped)};
}

} // namespace slipway::azure
