#include "samplecounts.h"

#include <algorithm>
#include <array>

namespace slipway {

namespace {

struct GridStep final {
    qint64 below; // seconds
    qint64 step;  // seconds
};

constexpr std::array<GridStep, 5> grid{{{120, 1}, {1'200, 10}, {7'200, 60}, {72'000, 600}, {864'000, 3'600}}};
constexpr qint64 coarsestStep = 36'000;

} // namespace

qint64 quantizeSeconds(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    qint64 step = coarsestStep;
    for (const GridStep &g : grid)
        if (seconds < g.below) {
            step = g.step;
            break;
        }
    return (seconds + step / 2) / step * step; // the nearest point of the grid
}

void addSample(SampleCounts &counts, qint64 seconds, qint64 times) {
    if (times > 0)
        counts[quantizeSeconds(seconds)] += times;
}

void addSamples(SampleCounts &into, const SampleCounts &from) {
    for (const auto &[value, times] : from)
        addSample(into, value, times);
}

qint64 sampleCount(const SampleCounts &counts) {
    qint64 n = 0;
    for (const auto &entry : counts)
        n += entry.second;
    return n;
}

QByteArray encodeSampleCounts(const SampleCounts &counts) {
    QByteArray text;
    for (const auto &[value, times] : counts) {
        if (!text.isEmpty())
            text += ',';
        text += QByteArray::number(value);
        if (times > 1) {
            text += '*';
            text += QByteArray::number(times);
        }
    }
    return text;
}

SampleCounts decodeSampleCounts(QByteArrayView text) {
    SampleCounts counts;
    qint64 number = 0;
    qint64 value = 0;
    bool inNumber = false;
    bool inCount = false;
    const auto endEntry = [&] {
        if (inNumber)
            addSample(counts, inCount ? value : number, inCount ? number : 1);
        number = value = 0;
        inNumber = inCount = false;
    };
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number = std::min<qint64>(number * 10 + (c - '0'), qint64(1) << 50); // no overflow on a damaged row
            inNumber = true;
        } else if (c == '*' && inNumber && !inCount) {
            value = number;
            number = 0;
            inCount = true;
        } else {
            endEntry();
        }
    }
    endEntry();
    return counts;
}

} // namespace slipway
