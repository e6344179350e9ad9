#include "textdiff.h"

#include <vector>

namespace slipway {

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after) {
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[size_t(i)][size_t(j)] =
                before[i] == after[j] ? common[size_t(i + 1)][size_t(j + 1)] + 1
                                      : std::max(common[size_t(i + 1)][size_t(j)], common[size_t(i)][size_t(j + 1)]);
    QList<DiffLine> diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            diff.append({DiffLine::Op::Same, before[i]});
            ++i;
            ++j;
        } else if (j < m && (i == n || common[size_t(i)][size_t(j + 1)] >= common[size_t(i + 1)][size_t(j)])) {
            diff.append({DiffLine::Op::Added, after[j++]});
        } else {
            diff.append({DiffLine::Op::Removed, before[i++]});
        }
    }
    return diff;
}

bool hasChanges(const QList<DiffLine> &diff) {
    for (const DiffLine &line : diff)
        if (line.op != DiffLine::Op::Same)
            return true;
    return false;
}

QString renderDiff(const QList<DiffLine> &diff, int context) {
    const qsizetype count = diff.size();
    std::vector<bool> shown(size_t(count), false);
    for (qsizetype k = 0; k < count; ++k)
        if (diff[k].op != DiffLine::Op::Same)
            for (qsizetype near = std::max<qsizetype>(0, k - context); near <= std::min(count - 1, k + context); ++near)
                shown[size_t(near)] = true;
    QStringList lines;
    bool gap = false;
    for (qsizetype k = 0; k < count; ++k) {
        if (!shown[size_t(k)]) {
            gap = true;
            continue;
        }
        if (gap && !lines.isEmpty())
            lines << QStringLiteral("…");
        gap = false;
        const QChar mark = diff[k].op == DiffLine::Op::Added     ? QLatin1Char('+')
                           : diff[k].op == DiffLine::Op::Removed ? QLatin1Char('-')
                                                                 : QLatin1Char(' ');
        lines << QString(mark) + QLatin1Char(' ') + diff[k].text;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace slipway
