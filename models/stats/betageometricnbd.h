// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "likelihoodfit.h"

#include <cstdint>
#include <vector>

namespace Stats {

// One customer's repeat-purchase history in the calibration period: x
// repeat transactions (purchase days after the first), the time of the last
// one from the first purchase (t_x, 0 when x = 0) and the time from the
// first purchase to the end of the period (T). Times in one unit (weeks).
struct RepeatPurchases
{
    double frequency = 0; // x
    double recency = 0; // t_x
    double age = 0; // T
};

// The BG/NBD model of repeat purchases (Fader, Hardie & Lee 2005, "Counting
// your customers the easy way"): while alive a customer buys as a Poisson
// process with rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b). Fitted by maximum likelihood on the
// customers' (x, t_x, T); identical histories are pooled.
class BetaGeometricNbd
{
public:
    struct Parameters
    {
        double r = 1;
        double alpha = 1;
        double a = 1;
        double b = 1;
    };

    struct Result
    {
        LikelihoodFit fit; // estimates {r, alpha, a, b}
        Parameters parameters;
        Parameters standardErrors;
        bool valid() const { return fit.valid; }
    };

    // Repeat buyers needed before a fit is attempted.
    static constexpr int minimumRepeatBuyers = 10;

    explicit BetaGeometricNbd(const std::vector<RepeatPurchases> &customers);

    Result fit() const;
    double logLikelihood(const Parameters &parameters) const;
    bool hasInvalidInput() const { return m_invalidInput; }

    // The probability a customer with this history is still alive at T.
    static double probabilityAlive(const Parameters &parameters, const RepeatPurchases &customer);
    // E[Y(t) | x, t_x, T]: the expected transactions in (T, T + t]. False
    // when the Gauss hypergeometric function cannot be evaluated.
    static bool conditionalExpectedTransactions(const Parameters &parameters,
                                                const RepeatPurchases &customer, double t,
                                                double *transactions);
    // The expected transactions in (T, T + t] of a customer with x repeat
    // transactions and age T who is alive at T: E[Y(t) | x, t_x, T] is this
    // times probabilityAlive(). It does not depend on t_x.
    static bool expectedTransactionsIfAlive(const Parameters &parameters, double frequency,
                                            double age, double t, double *transactions);
    // The discounted expected transactions over (T, T + horizon] of a customer
    // alive at T, discounted continuously at `rate` per time unit (ln(1 + d)
    // for a rate d per unit compounded): the integral of e^(-rate s) dY(s),
    // written by parts as e^(-rate H) Y(H) + rate ∫ Y(s) e^(-rate s) ds and
    // integrated by Gauss–Legendre (5 points) on segments that lengthen
    // geometrically (a few dozen evaluations of 2F1 instead of one a month).
    static bool discountedExpectedTransactionsIfAlive(const Parameters &parameters,
                                                      double frequency, double age, double horizon,
                                                      double rate, double *transactions);
    // E[X(t)]: the expected repeat transactions of a customer in the t time
    // units after their first purchase (for the model checks).
    static bool expectedTransactions(const Parameters &parameters, double t, double *transactions);
    // P(X(t) = x): the probability that a customer makes exactly x repeat
    // transactions in the t time units after their first purchase (Fader,
    // Hardie & Lee 2005, equation 8), for the histogram of repeat counts.
    static double repeatCountProbability(const Parameters &parameters, double t, int x);

private:
    struct Pooled
    {
        double frequency = 0; // x; its age and recency are m_ages[age], m_recencies[recency]
        double count = 0;
        // Into m_ages and m_recencies: the likelihood takes the logarithm
        // of alpha plus each distinct age and recency once per evaluation
        // (a few thousand days), not once per history (a million customers).
        std::uint32_t age = 0;
        std::uint32_t recency = 0;
    };
    std::vector<Pooled> m_pooled; // sorted by frequency
    std::vector<double> m_ages; // distinct, ascending
    std::vector<double> m_recencies; // distinct, ascending
    double m_repeatBuyers = 0;
    double m_customers = 0;
    bool m_invalidInput = false;
};

} // namespace Stats
