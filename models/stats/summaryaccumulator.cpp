// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryaccumulator.h"

#include <algorithm>
#include <cmath>

namespace Stats {

void SummaryAccumulator::add(double value)
{
    if (!std::isfinite(value)) {
        ++m_rejected;
        return;
    }
    ++m_count;
    const double delta = value - m_mean;
    m_mean += delta / double(m_count);
    m_sumOfSquares += delta * (value - m_mean);
}

void SummaryAccumulator::add(const std::vector<double> &values)
{
    for (double value : values)
        add(value);
}

void SummaryAccumulator::merge(const SummaryAccumulator &other)
{
    m_rejected += other.m_rejected;
    if (other.m_count == 0)
        return;
    if (m_count == 0) {
        m_count = other.m_count;
        m_mean = other.m_mean;
        m_sumOfSquares = other.m_sumOfSquares;
        return;
    }
    const double count = double(m_count);
    const double otherCount = double(other.m_count);
    const double total = count + otherCount;
    const double delta = other.m_mean - m_mean;
    m_mean += delta * otherCount / total;
    m_sumOfSquares += other.m_sumOfSquares + delta * delta * count * otherCount / total;
    m_count += other.m_count;
}

double SummaryAccumulator::variance() const
{
    if (m_count < 2)
        return 0;
    // Rounding can leave a tiny negative sum for constant values.
    return std::max(0.0, m_sumOfSquares) / double(m_count - 1);
}

double SummaryAccumulator::standardDeviation() const
{
    return std::sqrt(variance());
}

SummaryStatistics SummaryAccumulator::summary() const
{
    return {m_count, m_mean, variance()};
}

} // namespace Stats
