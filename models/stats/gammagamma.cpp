// SPDX-License-Identifier: GPL-3.0-or-later
#include "gammagamma.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Stats {

GammaGamma::GammaGamma(std::vector<RepeatSpend> buyers)
    : m_buyers(std::move(buyers))
{
    for (const RepeatSpend &buyer : m_buyers) {
        if (!(buyer.frequency >= 1) || !(buyer.meanValue > 0) || !std::isfinite(buyer.frequency)
            || !std::isfinite(buyer.meanValue))
            m_invalidInput = true;
        else
            m_frequencies.push_back(buyer.frequency);
    }
    if (m_invalidInput)
        return; // fit() says so; the likelihood is NaN
    std::sort(m_frequencies.begin(), m_frequencies.end());
    m_frequencies.erase(std::unique(m_frequencies.begin(), m_frequencies.end()),
                        m_frequencies.end());
    m_terms.reserve(m_buyers.size());
    for (const RepeatSpend &buyer : m_buyers) {
        BuyerTerms terms;
        terms.frequencyIndex = std::size_t(
            std::lower_bound(m_frequencies.begin(), m_frequencies.end(), buyer.frequency)
            - m_frequencies.begin());
        terms.logMean = std::log(buyer.meanValue);
        terms.logFrequency = std::log(buyer.frequency);
        terms.spend = buyer.frequency * buyer.meanValue;
        m_terms.push_back(terms);
    }
}

double GammaGamma::logLikelihood(const Parameters &parameters) const
{
    const double p = parameters.p;
    const double q = parameters.q;
    const double gamma = parameters.gamma;
    if (m_invalidInput)
        return std::nan("");
    const double base = -logGamma(q) + q * std::log(gamma);
    // The log-gamma terms depend on x alone: once per distinct count.
    std::vector<double> byFrequency(m_frequencies.size());
    for (std::size_t k = 0; k < m_frequencies.size(); ++k)
        byFrequency[k] = logGamma(p * m_frequencies[k] + q) - logGamma(p * m_frequencies[k]);
    double sum = 0;
    for (std::size_t i = 0; i < m_buyers.size(); ++i) {
        const double x = m_buyers[i].frequency;
        const BuyerTerms &terms = m_terms[i];
        sum += byFrequency[terms.frequencyIndex] + base + (p * x - 1) * terms.logMean
            + p * x * terms.logFrequency - (p * x + q) * std::log(gamma + terms.spend);
    }
    return sum;
}

GammaGamma::Result GammaGamma::fit() const
{
    Result result;
    if (m_invalidInput) {
        result.fit.issue = FitIssue::InvalidInput;
        return result;
    }
    const double n = double(m_buyers.size());
    if (n < minimumRepeatBuyers) {
        result.fit.issue = FitIssue::TooFewRepeatBuyers;
        return result;
    }
    double meanX = 0;
    double meanZ = 0;
    for (const RepeatSpend &buyer : m_buyers) {
        meanX += buyer.frequency / n;
        meanZ += buyer.meanValue / n;
    }
    double sxx = 0;
    double szz = 0;
    double sxz = 0;
    for (const RepeatSpend &buyer : m_buyers) {
        sxx += (buyer.frequency - meanX) * (buyer.frequency - meanX);
        szz += (buyer.meanValue - meanZ) * (buyer.meanValue - meanZ);
        sxz += (buyer.frequency - meanX) * (buyer.meanValue - meanZ);
    }
    result.correlation = sxx > 0 && szz > 0 ? sxz / std::sqrt(sxx * szz) : 0.0;
    if (std::abs(result.correlation) > maximumCorrelation) {
        result.fit.issue = FitIssue::SpendTracksFrequency;
        return result;
    }
    // Start with a population mean spend equal to the observed mean.
    result.fit = maximizeLikelihood(
        [this](const double *x) {
            return logLikelihood({x[0], x[1], x[2]});
        },
        {1.0, 2.0, std::max(meanZ, 1e-6)});
    if (!result.fit.estimates.empty()) {
        const std::vector<double> &e = result.fit.estimates;
        result.parameters = {e[0], e[1], e[2]};
    }
    if (result.fit.valid) {
        const std::vector<double> &s = result.fit.standardErrors;
        result.standardErrors = {s[0], s[1], s[2]};
    }
    return result;
}

bool GammaGamma::conditionalExpectedValue(const Parameters &parameters, const RepeatSpend &buyer,
                                          double *value)
{
    const double p = parameters.p;
    const double q = parameters.q;
    if (q <= 1)
        return false;
    const double x = buyer.frequency;
    *value = (parameters.gamma + x * buyer.meanValue) * p / (p * x + q - 1);
    return std::isfinite(*value);
}

} // namespace Stats
