// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardizedratio.h"

#include <algorithm>
#include <cmath>

namespace Stats {

namespace {

std::array<double, 4> asVector(const StandardizedRatio::Sums &sums)
{
    return {sums.treatedNumerator, sums.treatedDenominator, sums.controlNumerator,
            sums.controlDenominator};
}

double dot(const std::array<double, 4> &a, const std::array<double, 4> &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}

// a' M a for a symmetric 4 x 4 M stored by rows.
double quadratic(const std::array<double, 4> &a, const std::array<double, 16> &m)
{
    double sum = 0;
    for (std::size_t row = 0; row < 4; ++row) {
        for (std::size_t column = 0; column < 4; ++column)
            sum += a[row] * m[row * 4 + column] * a[column];
    }
    return sum;
}

} // namespace

StandardizedRatio::StandardizedRatio(std::size_t groups)
    : m_groups(groups)
    , m_used(groups, false)
{ }

void StandardizedRatio::merge(const StandardizedRatio &other)
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        for (std::size_t k = 0; k < 4; ++k)
            m_groups[g].totals[k] += other.m_groups[g].totals[k];
        for (std::size_t k = 0; k < 16; ++k)
            m_groups[g].moments[k] += other.m_groups[g].moments[k];
    }
}

void StandardizedRatio::finish()
{
    m_result = {};
    m_treatedDenominator = 0;
    m_gradients.assign(m_groups.size(), {});
    double treatedNumerator = 0, controlWeighted = 0;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const Vector &totals = m_groups[g].totals;
        m_used[g] = totals[1] > 0 && totals[3] > 0;
        if (!m_used[g])
            continue;
        m_treatedDenominator += totals[1];
        treatedNumerator += totals[0];
        controlWeighted += totals[1] * totals[2] / totals[3];
    }
    if (!(m_treatedDenominator > 0))
        return;
    m_result.valid = true;
    m_result.treated = treatedNumerator / m_treatedDenominator;
    m_result.control = controlWeighted / m_treatedDenominator;
    m_result.difference = m_result.treated - m_result.control;

    double treatedVariance = 0, controlVariance = 0, differenceVariance = 0;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (!m_used[g])
            continue;
        m_gradients[g] = gradients(g);
        const auto &[onTreated, onControl] = m_gradients[g];
        Vector onDifference;
        for (std::size_t k = 0; k < 4; ++k)
            onDifference[k] = onTreated[k] - onControl[k];
        treatedVariance += quadratic(onTreated, m_groups[g].moments);
        controlVariance += quadratic(onControl, m_groups[g].moments);
        differenceVariance += quadratic(onDifference, m_groups[g].moments);
    }
    // A quadratic form of sums may round a hair below zero.
    m_result.treatedStandardError = std::sqrt(std::max(0.0, treatedVariance));
    m_result.controlStandardError = std::sqrt(std::max(0.0, controlVariance));
    m_result.standardError = std::sqrt(std::max(0.0, differenceVariance));
}

std::pair<StandardizedRatio::Vector, StandardizedRatio::Vector>
StandardizedRatio::gradients(std::size_t group) const
{
    const Vector &totals = m_groups[group].totals;
    const double share = totals[1] / m_treatedDenominator;
    const double controlRate = totals[2] / totals[3];
    // d treated: (n1 - treated d1) / D1. d control: through the group's
    // ratio, share (n0 - r0g d0) / D0g, and through its share of the
    // treated's denominator, d1 (r0g - control) / D1.
    const Vector onTreated
        = {1.0 / m_treatedDenominator, -m_result.treated / m_treatedDenominator, 0.0, 0.0};
    const Vector onControl = {0.0, (controlRate - m_result.control) / m_treatedDenominator,
                              share / totals[3], -share * controlRate / totals[3]};
    return {onTreated, onControl};
}

double StandardizedRatio::influence(std::size_t group, const Sums &sums) const
{
    if (!m_result.valid || !m_used[group])
        return 0;
    const auto &[onTreated, onControl] = m_gradients[group];
    const Vector x = asVector(sums);
    return dot(onTreated, x) - dot(onControl, x);
}

} // namespace Stats
