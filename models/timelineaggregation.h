#pragma once

#include "domain/states.h"

#include <QList>
#include <QString>

namespace slipway {

// One deployment on the timeline: a row (stage), a time span in seconds since the epoch, an outcome.
struct TimelineBar final {
    int row = 0;
    double start = 0;
    double end = 0;
    DeploymentStatus outcome = DeploymentStatus::Succeeded;
    qint64 releaseId = 0;
    qint64 deploymentId = 0;
    QString release; // the release's name: shared, not formatted per bar (the tooltip composes it)
    int attempt = 1;
};

// What is drawn: a bar as it is, or a bucket of bars too small to see one by one.
struct TimelineSpan final {
    int row = 0;
    double start = 0;
    double end = 0;
    int succeeded = 0; // succeeded + partially succeeded
    int failed = 0;
    int other = 0; // canceled, interrupted, not deployed
    int count() const { return succeeded + failed + other; }
    const TimelineBar *single = nullptr; // the bar, when the span is one deployment
};

struct TimelineView final {
    QList<TimelineSpan> spans;
    double bucketSeconds = 0; // 0: every bar drawn as it is
};

// Turns the bars visible in [from, to] into what fits `pixels` of width: each bar as it is while they
// fit (at least `minPixels` per visible bar on average per row), else per row buckets of equal width
// holding the bars that start in them. Every visible bar is in exactly one span, so the counts add up.
TimelineView aggregateTimeline(const QList<TimelineBar> &bars, double from, double to, int pixels,
                               double minPixels = 3);

} // namespace slipway
