// The Azure import on any bytes: reading (byte-order marks, UTF-16, the depth limit) and mapping never crash, hang or
// run into undefined behaviour; every note names its path and says why; the mapped pipeline goes through the parser.
#include "azure/azureimport.h"
#include "definition/pipelineparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const slipway::Result<QJsonObject> document = slipway::azure::readJsonText(input);
    if (!document) {
        if (document.error().message.isEmpty())
            std::abort(); // a refusal explains itself
        return 0;
    }
    const slipway::Result<slipway::azure::AzureImport> mapped = slipway::azure::mapAzureDefinition(*document);
    if (!mapped) {
        if (slipway::azure::looksLikeAzureDefinition(*document))
            std::abort(); // whatever is shaped like a release definition maps, with notes
        return 0;
    }
    for (const slipway::azure::MappingNote &note : mapped->notes)
        if (note.path.isEmpty() || note.message.isEmpty())
            std::abort();
    if (!mapped->pipeline.value(QLatin1String("stages")).isArray())
        std::abort(); // a mapped pipeline always has its stages
    (void)slipway::parsePipeline(mapped->pipeline);
    return 0;
}
