// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "likelihoodfit.h"

#include <vector>

namespace Stats {

// One repeat buyer's spend: x repeat transactions (x >= 1) with mean value
// zbar (> 0).
struct RepeatSpend
{
    double frequency = 0; // x
    double meanValue = 0; // zbar
};

// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005b,
// "RFM and CLV: using iso-value curves for customer base analysis"): a
// customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across
// customers, so a customer's mean spend is pulled toward the population's
// mean γ p / (q - 1) the fewer transactions they have. It assumes spend is
// independent of purchase frequency: a correlation of the two beyond
// maximumCorrelation refuses the fit.
class GammaGamma
{
public:
    struct Parameters
    {
        double p = 1;
        double q = 1;
        double gamma = 1;
    };

    struct Result
    {
        LikelihoodFit fit; // estimates {p, q, gamma}
        Parameters parameters;
        Parameters standardErrors;
        double correlation = 0; // of x and zbar over the repeat buyers
        bool valid() const { return fit.valid; }
    };

    static constexpr int minimumRepeatBuyers = 10;
    static constexpr double maximumCorrelation = 0.3;

    explicit GammaGamma(std::vector<RepeatSpend> buyers);

    Result fit() const;
    double logLikelihood(const Parameters &parameters) const;

    // E[Z | zbar, x]: the expected value of a customer's future transactions;
    // the population mean γ p / (q - 1) for x = 0. False when q <= 1 leaves
    // the mean undefined.
    static bool conditionalExpectedValue(const Parameters &parameters, const RepeatSpend &buyer,
                                         double *value);

private:
    std::vector<RepeatSpend> m_buyers;
    bool m_invalidInput = false;
    // What the log-likelihood's terms need that no parameter changes,
    // computed once per buyer: the fit evaluates it thousands of times over
    // every repeat buyer. The sum keeps the order and rounding it had.
    struct BuyerTerms
    {
        std::size_t frequencyIndex = 0; // into m_frequencies
        double logMean = 0; // ln zbar
        double logFrequency = 0; // ln x
        double spend = 0; // x zbar
    };
    std::vector<BuyerTerms> m_terms;
    std::vector<double> m_frequencies; // the distinct x, ascending
};

} // namespace Stats
