#pragma once

class QTableView;

namespace slipway {

// Sizes the releases grid's columns to the width it has (issue 14, B26/B41): each column gets what its
// widest loaded text needs while everything fits; when not, the fixed columns give way first (their text
// elides, the tooltip holds it), then the chip columns, each down to a floor. Only below those floors
// does the grid scroll sideways.
void fitGridColumns(QTableView &table, int fixedColumns);

} // namespace slipway
