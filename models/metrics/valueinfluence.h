// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

// The uncertainty of the ROI's total value, from one method applied to the
// whole sum: each customer's influence on every money component (how the
// component would move if that customer counted once more, the linear term
// of a customer-level bootstrap) is added up per customer first, then
// squared. A customer who moves two components, say retention and support
// cost, moves the total once with both, so components that err together
// widen the interval and components that offset narrow it; adding the
// components' own limits would assume they always err together.
//
// A component that cannot give its influences per customer adds its own
// variance instead, as if independent of the rest.
class ValueInfluence
{
public:
    explicit ValueInfluence(std::size_t customers)
        : m_perCustomer(customers, 0.0)
    { }

    std::vector<double> &perCustomer() { return m_perCustomer; }
    void add(std::size_t customer, double influence) { m_perCustomer[customer] += influence; }
    void addIndependentVariance(double variance) { m_independentVariance += variance; }

    double variance() const
    {
        double sum = m_independentVariance;
        for (double influence : m_perCustomer)
            sum += influence * influence;
        return sum;
    }

private:
    std::vector<double> m_perCustomer;
    double m_independentVariance = 0;
};
