#pragma once

#include <cstddef>

namespace slipway {

// The first SQLite schema, kept apart from the later steps because it is most of the text (migrations.cpp runs it).
extern const char *const sqliteSchemaV1[];
extern const std::size_t sqliteSchemaV1Size;

} // namespace slipway
