// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardizedratio.h"

#include <cmath>

namespace Stats {

StandardizedRatio::StandardizedRatio(std::size_t groups)
    : m_groups(groups)
    , m_used(groups, false)
{ }

void StandardizedRatio::add(std::size_t group, const Sums &sums)
{
    Sums &totals = m_groups[group];
    totals.treatedNumerator += sums.treatedNumerator;
    totals.treatedDenominator += sums.treatedDenominator;
    totals.controlNumerator += sums.controlNumerator;
    totals.controlDenominator += sums.controlDenominator;
}

void StandardizedRatio::finish()
{
    m_result = {};
    m_treatedDenominator = 0;
    double treatedNumerator = 0, controlWeighted = 0;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const Sums &totals = m_groups[g];
        m_used[g] = totals.treatedDenominator > 0 && totals.controlDenominator > 0;
        if (!m_used[g])
            continue;
        m_treatedDenominator += totals.treatedDenominator;
        treatedNumerator += totals.treatedNumerator;
        controlWeighted
            += totals.treatedDenominator * totals.controlNumerator / totals.controlDenominator;
    }
    if (!(m_treatedDenominator > 0))
        return;
    m_result.valid = true;
    m_result.treated = treatedNumerator / m_treatedDenominator;
    m_result.control = controlWeighted / m_treatedDenominator;
    m_result.difference = m_result.treated - m_result.control;
}

double StandardizedRatio::addCluster(std::size_t group, const Sums &sums)
{
    if (!m_result.valid || !m_used[group])
        return 0;
    const Sums &totals = m_groups[group];
    const double share = totals.treatedDenominator / m_treatedDenominator;
    const double controlRate = totals.controlNumerator / totals.controlDenominator;
    // d treated: (n1 - treated d1) / D1. d control: through the group's
    // ratio, share (n0 - r0g d0) / D0g, and through its share of the
    // treated's denominator, d1 (r0g - control) / D1.
    const double onTreated = (sums.treatedNumerator - m_result.treated * sums.treatedDenominator)
        / m_treatedDenominator;
    const double onControl = share * (sums.controlNumerator - controlRate * sums.controlDenominator)
            / totals.controlDenominator
        + sums.treatedDenominator * (controlRate - m_result.control) / m_treatedDenominator;
    const double onDifference = onTreated - onControl;
    m_treatedSquares += onTreated * onTreated;
    m_controlSquares += onControl * onControl;
    m_differenceSquares += onDifference * onDifference;
    m_result.treatedStandardError = std::sqrt(m_treatedSquares);
    m_result.controlStandardError = std::sqrt(m_controlSquares);
    m_result.standardError = std::sqrt(m_differenceSquares);
    return onDifference;
}

} // namespace Stats
