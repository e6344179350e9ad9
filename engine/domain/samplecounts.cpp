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
constexpr std::size_t denseLimit = 100'000;        // grid points a histogram keeps in its array: up to ~113 years
constexpr qint64 longestSeconds = qint64(1) << 50; // ~36 million years: past it, arithmetic could overflow
constexpr qint64 mostTimes = qint64(1) << 31;      // one entry's count as read: a row cannot hold more

// The position of a point of the grid among all points, in ascending order, and back.
std::size_t gridIndex(qint64 point) {
    qint64 from = 0;
    std::size_t first = 0;
    for (const GridStep &g : grid) {
        if (point < g.below)
            return first + std::size_t((point - from) / g.step);
        first += std::size_t((g.below - from) / g.step);
        from = g.below;
    }
    return first + std::size_t((point - from) / coarsestStep);
}

qint64 gridPoint(std::size_t index) {
    qint64 from = 0;
    for (const GridStep &g : grid) {
        const std::size_t points = std::size_t((g.below - from) / g.step);
        if (index < points)
            return from + qint64(index) * g.step;
        index -= points;
        from = g.below;
    }
    return from + qint64(index) * coarsestStep;
}

} // namespace

qint64 quantizeSeconds(qint64 seconds) {
    seconds = std::clamp<qint64>(seconds, 0, longestSeconds);
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
        if (inNumber) {
            const qint64 point = quantizeSeconds(inCount ? value : number);
            const qint64 times = inCount ? std::min(number, mostTimes) : 1;
            if (times > 0 && (counts.empty() || counts.rbegin()->first < point))
                counts.emplace_hint(counts.end(), point, times); // the written form ascends: no search
            else if (times > 0)
                counts[point] += times;
        }
        number = value = 0;
        inNumber = inCount = false;
    };
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number = std::min<qint64>(number * 10 + (c - '0'), longestSeconds); // no overflow on a damaged row
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

void SampleHistogram::add(const SampleCounts &counts) {
    for (const auto &[point, times] : counts) // already on the grid
        add(point, times);
}

void SampleHistogram::add(qint64 seconds, qint64 times) {
    if (times <= 0)
        return;
    const qint64 point = quantizeSeconds(seconds);
    const std::size_t index = gridIndex(point);
    if (index >= denseLimit) {
        m_beyond[point] += times;
        return;
    }
    if (index >= m_dense.size())
        m_dense.resize(index + 1);
    m_dense[index] += times;
}

SampleCounts SampleHistogram::counts() const {
    SampleCounts counts;
    for (std::size_t i = 0; i < m_dense.size(); ++i)
        if (m_dense[i] > 0)
            counts.emplace_hint(counts.end(), gridPoint(i), m_dense[i]);
    for (const auto &entry : m_beyond)
        counts.emplace_hint(counts.end(), entry);
    return counts;
}

} // namespace slipway
