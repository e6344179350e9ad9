#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// A line diff of two texts (pipeline exports are a few hundred lines): what the history's
// "compare two revisions" and the redeploy drift warning show.
struct DiffLine final {
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString text;
};

// The longest common subsequence of lines, then what was removed from `before` and added in `after`.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

// "- old" / "+ new" lines with `context` unchanged lines around each change; "…" marks a gap.
QString renderDiff(const QList<DiffLine> &diff, int context = 3);

bool hasChanges(const QList<DiffLine> &diff);

} // namespace slipway
