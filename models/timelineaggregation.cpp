#include "timelineaggregation.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

void count(TimelineSpan &span, DeploymentStatus outcome) {
    if (outcome == DeploymentStatus::Succeeded || outcome == DeploymentStatus::PartiallySucceeded)
        ++span.succeeded;
    else if (outcome == DeploymentStatus::Failed)
        ++span.failed;
    else
        ++span.other;
}

} // namespace

TimelineView aggregateTimeline(const QList<TimelineBar> &bars, double from, double to, int pixels, double minPixels) {
    TimelineView view;
    if (to <= from || pixels <= 0)
        return view;
    QList<const TimelineBar *> visible;
    QHash<int, int> perRow;
    int busiestRow = 0;
    for (const TimelineBar &bar : bars)
        if (bar.end >= from && bar.start <= to) {
            visible << &bar;
            busiestRow = std::max(busiestRow, ++perRow[bar.row]);
        }
    if (double(busiestRow) * minPixels <= double(pixels)) {
        for (const TimelineBar *bar : std::as_const(visible)) {
            TimelineSpan span{bar->row, bar->start, bar->end};
            count(span, bar->outcome);
            span.single = bar;
            view.spans << span;
        }
        return view;
    }
    // Buckets of whole seconds, aligned to the epoch so panning does not reshuffle them.
    const int buckets = std::max(1, int(double(pixels) / minPixels));
    view.bucketSeconds = std::max(1.0, std::ceil((to - from) / buckets));
    QHash<qint64, qsizetype> spanOf; // (row, bucket) -> span
    for (const TimelineBar *bar : std::as_const(visible)) {
        const qint64 bucket = qint64(std::floor(bar->start / view.bucketSeconds));
        const qint64 key = bucket * 1024 + bar->row;
        auto found = spanOf.constFind(key);
        if (found == spanOf.cend()) {
            TimelineSpan span{bar->row, double(bucket) * view.bucketSeconds, double(bucket + 1) * view.bucketSeconds};
            span.single = bar;
            found = spanOf.insert(key, view.spans.size());
            view.spans << span;
        } else {
            view.spans[*found].single = nullptr;
        }
        count(view.spans[*found], bar->outcome);
    }
    return view;
}

} // namespace slipway
