#include "gridcolumns.h"

#include "stagechipdelegate.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <cmath>
#include <numeric>

namespace slipway {

namespace {

constexpr int rowsMeasured = 300; // the widest text among the first loaded rows is enough

struct Column final {
    int ideal = 0;
    int floor = 0;
};

// Moves `deficit` pixels out of `columns`, each in proportion to what it can give above its floor.
int shrink(QList<Column> &columns, QList<int> &widths, qsizetype begin, qsizetype end, int deficit) {
    int slack = 0;
    for (qsizetype i = begin; i < end; ++i)
        slack += widths[i] - columns[i].floor;
    if (slack <= 0 || deficit <= 0)
        return deficit;
    const double share = std::min(1.0, double(deficit) / slack);
    int taken = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const int give = int(std::ceil((widths[i] - columns[i].floor) * share));
        const int given = std::min(give, deficit - taken);
        widths[i] -= given;
        taken += given;
    }
    return deficit - taken;
}

} // namespace

void fitGridColumns(QTableView &table, int fixedColumns) {
    const QAbstractItemModel *model = table.model();
    if (!model || model->columnCount() == 0)
        return;
    const QFontMetrics metrics = table.fontMetrics();
    const QFontMetrics headerMetrics = table.horizontalHeader()->fontMetrics();
    const int padding = 2 * table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 12;
    const int rows = std::min(model->rowCount(), rowsMeasured);
    QList<Column> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        const bool chip = column >= fixedColumns;
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        int widest = headerMetrics.horizontalAdvance(header) + padding + 16;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            widest = std::max(widest, chip ? StageChipDelegate::chipWidth(metrics, text)
                                           : metrics.horizontalAdvance(text) + padding);
        }
        // A chip keeps room for a few letters and the ellipsis; a fixed column for a short name.
        const int floor = chip ? StageChipDelegate::chipWidth(metrics, QStringLiteral("Wait…"))
                               : metrics.horizontalAdvance(QStringLiteral("Release…")) + padding;
        columns.append({std::max(widest, floor), floor});
    }
    QList<int> widths;
    for (const Column &c : std::as_const(columns))
        widths << c.ideal;
    const int available = table.viewport()->width();
    int deficit = std::accumulate(widths.cbegin(), widths.cend(), 0) - available;
    deficit = shrink(columns, widths, 0, fixedColumns, deficit);
    shrink(columns, widths, fixedColumns, widths.size(), deficit);
    for (int column = 0; column < widths.size(); ++column)
        if (table.columnWidth(column) != widths[column])
            table.setColumnWidth(column, widths[column]);
}

} // namespace slipway
