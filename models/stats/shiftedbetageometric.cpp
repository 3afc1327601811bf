// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftedbetageometric.h"

#include <cmath>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_hyperg.h>

namespace Stats {

namespace {

void grow(std::vector<double> &counts, std::size_t index)
{
    if (counts.size() <= index)
        counts.resize(index + 1, 0.0);
}

} // namespace

void ShiftedBetaGeometric::addLost(std::int64_t period, double count)
{
    if (period < 1)
        period = 1; // lost in the first period however short it was
    grow(m_lost, std::size_t(period));
    m_lost[std::size_t(period)] += count;
}

void ShiftedBetaGeometric::addActive(std::int64_t periods, double count)
{
    if (periods < 0)
        periods = 0;
    grow(m_active, std::size_t(periods));
    m_active[std::size_t(periods)] += count;
}

double ShiftedBetaGeometric::customers() const
{
    double total = 0;
    for (double count : m_lost)
        total += count;
    for (double count : m_active)
        total += count;
    return total;
}

double ShiftedBetaGeometric::logLikelihood(const Parameters &parameters) const
{
    const double a = parameters.alpha;
    const double b = parameters.beta;
    const double base = logBeta(a, b);
    double sum = 0;
    for (std::size_t t = 1; t < m_lost.size(); ++t) {
        if (m_lost[t] > 0)
            sum += m_lost[t] * (logBeta(a + 1, b + double(t) - 1) - base);
    }
    for (std::size_t t = 1; t < m_active.size(); ++t) {
        if (m_active[t] > 0)
            sum += m_active[t] * (logBeta(a, b + double(t)) - base);
    }
    return sum;
}

ShiftedBetaGeometric::Result ShiftedBetaGeometric::fit() const
{
    Result result;
    double lost = 0;
    std::size_t lastPeriod = 0;
    for (std::size_t t = 1; t < m_lost.size(); ++t) {
        lost += m_lost[t];
        if (m_lost[t] > 0)
            lastPeriod = std::max(lastPeriod, t);
    }
    for (std::size_t t = 1; t < m_active.size(); ++t) {
        if (m_active[t] > 0)
            lastPeriod = std::max(lastPeriod, t);
    }
    if (customers() < 2) {
        result.fit.issue = FitIssue::TooFewCustomers;
        return result;
    }
    if (lost <= 0) {
        result.fit.issue = FitIssue::NoEvents;
        return result;
    }
    // One period of data says how many leave, not how the rate varies
    // between customers: α and β are not separately identified.
    if (lastPeriod < 2) {
        result.fit.issue = FitIssue::TooFewCustomers;
        return result;
    }
    result.fit = maximizeLikelihood(
        [this](const double *x) {
            return logLikelihood({x[0], x[1]});
        },
        {1.0, 1.0});
    if (!result.fit.estimates.empty())
        result.parameters = {result.fit.estimates[0], result.fit.estimates[1]};
    if (result.fit.valid) {
        result.alphaStandardError = result.fit.standardErrors[0];
        result.betaStandardError = result.fit.standardErrors[1];
    }
    return result;
}

double ShiftedBetaGeometric::lossProbability(const Parameters &parameters, double period)
{
    if (period < 1)
        return 0;
    return std::exp(logBeta(parameters.alpha + 1, parameters.beta + period - 1)
                    - logBeta(parameters.alpha, parameters.beta));
}

double ShiftedBetaGeometric::survival(const Parameters &parameters, double periods)
{
    if (periods <= 0)
        return 1;
    return std::exp(logBeta(parameters.alpha, parameters.beta + periods)
                    - logBeta(parameters.alpha, parameters.beta));
}

bool ShiftedBetaGeometric::expectedLifetime(const Parameters &parameters, double *periods)
{
    if (parameters.alpha <= 1)
        return false;
    *periods = (parameters.alpha + parameters.beta - 1) / (parameters.alpha - 1);
    return true;
}

bool ShiftedBetaGeometric::discountedExpectedResidualLifetime(const Parameters &parameters,
                                                              double n, double discountRate,
                                                              double *periods)
{
    if (!(discountRate > 0) || n < 1)
        return false;
    const double a = parameters.alpha;
    const double b = parameters.beta;
    // GSL's default handler aborts; here an error is a result.
    gsl_set_error_handler_off();
    gsl_sf_result hypergeometric;
    const int status
        = gsl_sf_hyperg_2F1_e(1.0, b + n, a + b + n, 1.0 / (1.0 + discountRate), &hypergeometric);
    if (status != GSL_SUCCESS || !std::isfinite(hypergeometric.val))
        return false;
    *periods = (b + n - 1) / (a + b + n - 1) * hypergeometric.val;
    return true;
}

double monthlyDiscountRate(double annualRate)
{
    return std::pow(1.0 + annualRate, 1.0 / 12.0) - 1.0;
}

} // namespace Stats
