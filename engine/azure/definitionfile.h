#pragma once

#include "azureimport.h"

#include <optional>

namespace slipway::azure {

// Which format an imported file is in: found from its contents, or forced (`--from azure|slipway`).
enum class DefinitionFormat { Detect, Slipway, Azure };

// A file to import, ready for PipelineService::save: Slipway's own bytes untouched, or an Azure definition mapped.
struct DefinitionFile final {
    QByteArray pipelineJson;            // what to save
    std::optional<AzureImport> mapping; // set for an Azure definition: the pipeline and its report
};

// "azure", "slipway" or empty (detect); nullopt for another word.
std::optional<DefinitionFormat> definitionFormatNamed(const QString &name);

// Reads the bytes of a definition file in `format`. An Azure file that is not JSON or not a release definition is a
// validation error naming the reason; a Slipway file is left for the pipeline parser to judge.
Result<DefinitionFile> readDefinitionFile(const QByteArray &bytes, DefinitionFormat format = DefinitionFormat::Detect);

} // namespace slipway::azure
