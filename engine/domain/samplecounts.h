#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <map>
#include <vector>

namespace slipway {

// Durations the dashboard measures by their distribution (lead times, times to restore) are kept to a grid that
// loses at most ~4 % (docs/metrics.md#rollups): exact under 2 minutes, then to 10 s under 20 minutes, to 1 minute
// under 2 hours, to 10 minutes under 20 hours, to 1 hour under 10 days, to 10 hours beyond. A day's samples are then
// a few hundred (value, count) pairs whatever the number of deployments, and the raw figures use the same grid, so
// both agree exactly.
qint64 quantizeSeconds(qint64 seconds);

// Quantized seconds -> how many samples.
using SampleCounts = std::map<qint64, qint64>;

void addSample(SampleCounts &counts, qint64 seconds, qint64 times = 1);
void addSamples(SampleCounts &into, const SampleCounts &from);
qint64 sampleCount(const SampleCounts &counts);

// "120,3600*4,7200": ascending values, "*count" when more than one. Reading also accepts the earlier form, one
// value per sample in any order (",7200,120,3600"), and quantizes what it reads.
QByteArray encodeSampleCounts(const SampleCounts &counts);
SampleCounts decodeSampleCounts(QByteArrayView text);

// Samples added up by their point of the grid, one array slot each: what a period's figures sum over its days, at a
// constant cost per (value, count) pair.
class SampleHistogram final {
public:
    void add(const SampleCounts &counts);
    void add(qint64 seconds, qint64 times = 1);
    SampleCounts counts() const;

private:
    std::vector<qint64> m_dense; // by grid index, up to denseLimit
    SampleCounts m_beyond;       // absurdly long durations, rare
};

} // namespace slipway
