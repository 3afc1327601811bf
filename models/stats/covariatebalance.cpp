// SPDX-License-Identifier: GPL-3.0-or-later
#include "covariatebalance.h"

#include <algorithm>
#include <cmath>

namespace Stats {

double CovariateBalance::Moments::mean() const
{
    return count > 0 ? sum / count : 0;
}

double CovariateBalance::Moments::variance() const
{
    return count > 1 ? std::max(0.0, (sumOfSquares - sum * sum / count) / (count - 1)) : 0;
}

void CovariateBalance::addTreated(double value)
{
    m_treated.count += 1;
    m_treated.sum += value;
    m_treated.sumOfSquares += value * value;
}

void CovariateBalance::addControl(double value, double weight)
{
    m_controls.count += 1;
    m_controls.sum += value;
    m_controls.sumOfSquares += value * value;
    m_weight += weight;
    m_weightedSum += weight * value;
}

void CovariateBalance::addControlZeros(double count, double weight)
{
    m_controls.count += count;
    m_weight += weight;
}

double CovariateBalance::spread() const
{
    return std::sqrt((m_treated.variance() + m_controls.variance()) / 2);
}

bool CovariateBalance::isValid() const
{
    return m_treated.count > 0 && m_controls.count > 0 && spread() > 0;
}

double CovariateBalance::before() const
{
    return isValid() ? (m_treated.mean() - m_controls.mean()) / spread() : 0;
}

double CovariateBalance::after() const
{
    return isValid() && m_weight > 0 ? (m_treated.mean() - m_weightedSum / m_weight) / spread() : 0;
}

} // namespace Stats
