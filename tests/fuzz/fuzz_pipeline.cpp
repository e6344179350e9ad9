// The pipeline parser and validator on any bytes: never a crash, a hang or undefined behaviour, and every
// definition it accepts survives an export and a re-import unchanged (the canonical form is a fixed point).
#include "definition/pipelineparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const slipway::ParsedPipeline parsed = slipway::parsePipeline(input);
    for (const slipway::Problem &problem : parsed.problems)
        if (problem.message.isEmpty())
            std::abort(); // every problem explains itself
    if (!parsed.ok())
        return 0;
    const QByteArray exported = slipway::exportPipeline(*parsed.definition);
    const slipway::ParsedPipeline again = slipway::parsePipeline(exported);
    if (!again.ok()) {
        std::fprintf(stderr, "the export of an accepted definition is refused:\n%s\n", exported.constData());
        std::abort();
    }
    if (slipway::exportPipeline(*again.definition) != exported) {
        std::fprintf(stderr, "the canonical form is not a fixed point:\n%s\n", exported.constData());
        std::abort();
    }
    return 0;
}
