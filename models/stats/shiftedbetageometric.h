// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "likelihoodfit.h"

#include <cstdint>
#include <vector>

namespace Stats {

// The shifted-beta-geometric model of a subscription's lifetime (Fader &
// Hardie 2007, "How to project customer retention"): each customer leaves at
// the end of any period with a probability θ of their own, θ ~ Beta(α, β)
// across customers. A customer lost in period t (t >= 1) has probability
// P(T = t) = B(α + 1, β + t - 1) / B(α, β); one still active after t
// periods has S(t) = B(α, β + t) / B(α, β).
//
// Customers with different start dates are pooled with their own
// censoring: add() each customer's count of periods, then fit().
class ShiftedBetaGeometric
{
public:
    struct Parameters
    {
        double alpha = 1;
        double beta = 1;
    };

    struct Result
    {
        LikelihoodFit fit; // estimates {alpha, beta}
        Parameters parameters;
        double alphaStandardError = 0;
        double betaStandardError = 0;
        bool valid() const { return fit.valid; }
    };

    // A customer lost during period `period` (>= 1).
    void addLost(std::int64_t period, double count = 1);
    // A customer still active after `periods` complete periods (>= 0; 0
    // adds nothing to the likelihood).
    void addActive(std::int64_t periods, double count = 1);
    Result fit() const;

    double logLikelihood(const Parameters &parameters) const;
    double customers() const;

    // P(T = t) and S(t) (S(0) = 1).
    static double lossProbability(const Parameters &parameters, double period);
    static double survival(const Parameters &parameters, double periods);
    // E[T] = (α + β - 1) / (α - 1), finite only for α > 1 (else false).
    static bool expectedLifetime(const Parameters &parameters, double *periods);
    // The discounted expected residual lifetime (Fader & Hardie 2010) of a
    // customer active in period n (n - 1 renewals made), in periods:
    // sum over t >= n of S(t) / S(n - 1) / (1 + d)^(t - n), which is
    // (β + n - 1) / (α + β + n - 1) · 2F1(1, β + n; α + β + n; 1 / (1 + d)).
    // `discountRate` d > 0 per period; false when the series cannot be
    // evaluated (GSL reports an error).
    static bool discountedExpectedResidualLifetime(const Parameters &parameters, double n,
                                                   double discountRate, double *periods);

private:
    std::vector<double> m_lost; // by period, index 0 unused
    std::vector<double> m_active; // by complete periods survived
};

// The discount rate per month equivalent to an annual one: (1 + d)^(1/12) - 1.
double monthlyDiscountRate(double annualRate);

} // namespace Stats
