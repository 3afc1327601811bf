// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Stats {

// The standardized mean difference of one covariate between treated
// subjects and their controls, before and after the controls are weighted:
// (treated mean - control mean) / sqrt((treated variance + control
// variance) / 2), with the sample variances (n - 1) of the unweighted sides
// as the denominator both times, so the two numbers differ only by the
// weighting of the control mean. |SMD| above 0.1 is the usual sign of a
// covariate out of balance.
class CovariateBalance
{
public:
    void addTreated(double value);
    void addControl(double value, double weight);
    // Subjects whose value is 0 (an indicator not set): counted, not summed.
    void addTreatedZeros(double count) { m_treated.count += count; }
    void addControlZeros(double count, double weight);

    bool isValid() const; // both sides present and a positive spread
    double before() const;
    double after() const;

private:
    struct Moments
    {
        double count = 0, sum = 0, sumOfSquares = 0;
        double mean() const;
        double variance() const;
    };
    double spread() const;

    Moments m_treated;
    Moments m_controls;
    double m_weight = 0, m_weightedSum = 0;
};

} // namespace Stats
