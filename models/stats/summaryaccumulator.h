// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace Stats {

// Count, mean and sample variance of one group: the input of a Welch t-test.
struct SummaryStatistics
{
    std::int64_t count = 0;
    double mean = 0; // 0 when count is 0
    double variance = 0; // sample variance (divisor count - 1); 0 when count < 2

    bool hasVariance() const { return count >= 2; }
};

// Streams values one at a time (e.g. rows of a query) and keeps count, mean and the
// sum of squared deviations with Welford's update, which stays accurate when the
// values are large and close together. Two accumulators filled on different threads
// can be merged. Non-finite values are not added; they are counted in rejectedCount()
// so that nothing is dropped silently.
class SummaryAccumulator
{
public:
    void add(double value);
    void add(const std::vector<double> &values);
    void merge(const SummaryAccumulator &other); // Chan et al.'s pairwise combination

    std::int64_t count() const { return m_count; }
    std::int64_t rejectedCount() const { return m_rejected; }
    double mean() const { return m_mean; }
    double variance() const; // sample variance; 0 when count < 2
    double standardDeviation() const;
    SummaryStatistics summary() const;

private:
    std::int64_t m_count = 0;
    std::int64_t m_rejected = 0;
    double m_mean = 0;
    double m_sumOfSquares = 0; // sum of squared deviations from the running mean
};

} // namespace Stats
