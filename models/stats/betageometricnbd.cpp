// SPDX-License-Identifier: GPL-3.0-or-later
#include "betageometricnbd.h"

#include <boost/math/quadrature/gauss.hpp>

#include <algorithm>
#include <cmath>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_hyperg.h>
#include <tuple>

namespace Stats {

namespace {

// The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 (GSL);
// false on an error.
bool hypergeometric2F1(double a, double b, double c, double z, double *value)
{
    // GSL's default handler aborts; here an error is a result.
    gsl_set_error_handler_off();
    gsl_sf_result result;
    const int status = gsl_sf_hyperg_2F1_e(a, b, c, z, &result);
    if (status != GSL_SUCCESS || !std::isfinite(result.val))
        return false;
    *value = result.val;
    return true;
}

} // namespace

BetaGeometricNbd::BetaGeometricNbd(const std::vector<RepeatPurchases> &customers)
{
    // Equal histories pooled: the valid ones sorted by (x, t_x, T) through
    // an index (4 bytes a customer, not a 24-byte copy), each run one entry
    // with its count.
    std::vector<std::uint32_t> order;
    order.reserve(customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const RepeatPurchases &customer = customers[i];
        const bool valid = std::isfinite(customer.frequency) && std::isfinite(customer.recency)
            && std::isfinite(customer.age) && customer.frequency >= 0 && customer.recency >= 0
            && customer.age >= 0 && customer.recency <= customer.age
            && (customer.frequency > 0 || customer.recency == 0);
        if (!valid) {
            m_invalidInput = true;
            continue;
        }
        order.push_back(std::uint32_t(i));
        m_customers += 1;
        m_repeatBuyers += customer.frequency > 0;
    }
    const auto key = [&customers](std::uint32_t i) {
        const RepeatPurchases &h = customers[i];
        return std::make_tuple(h.frequency, h.recency, h.age);
    };
    std::sort(order.begin(), order.end(),
              [&key](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
    // The distinct ages and recencies, which the likelihood takes the
    // logarithms of once per evaluation.
    m_ages.reserve(order.size());
    m_recencies.reserve(order.size());
    for (const std::uint32_t i : order) {
        m_ages.push_back(customers[i].age);
        m_recencies.push_back(customers[i].recency);
    }
    const auto distinct = [](std::vector<double> &values) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        values.shrink_to_fit();
    };
    distinct(m_ages);
    distinct(m_recencies);
    const auto indexOf = [](const std::vector<double> &values, double value) {
        return std::uint32_t(std::lower_bound(values.begin(), values.end(), value)
                             - values.begin());
    };
    std::size_t runs = 0;
    for (std::size_t k = 0; k < order.size(); ++k)
        runs += k == 0 || key(order[k]) != key(order[k - 1]);
    m_pooled.reserve(runs);
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && key(order[k]) == key(order[k - 1])) {
            m_pooled.back().count += 1;
            continue;
        }
        const RepeatPurchases &history = customers[order[k]];
        m_pooled.push_back({history.frequency, 1, indexOf(m_ages, history.age),
                            indexOf(m_recencies, history.recency)});
    }
}

double BetaGeometricNbd::logLikelihood(const Parameters &p) const
{
    const double base
        = -logGamma(p.r) + p.r * std::log(p.alpha) + logGamma(p.a + p.b) - logGamma(p.b);
    // ln(alpha + T) and ln(alpha + t_x) once per distinct age and recency.
    const auto logsOf = [&p](const std::vector<double> &values) {
        std::vector<double> logs(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            logs[i] = std::log(p.alpha + values[i]);
        return logs;
    };
    const std::vector<double> logAlphaPlusAge = logsOf(m_ages);
    const std::vector<double> logAlphaPlusRecency = logsOf(m_recencies);
    const double logA = std::log(p.a);
    // The log-gamma terms and ln(b + x - 1) depend on x alone: once per
    // distinct count (the pooled histories are sorted by x).
    double lastFrequency = -1;
    double gammaTerms = 0;
    double logBPlusXMinus1 = 0;
    double sum = 0;
    for (const Pooled &pooled : m_pooled) {
        const double x = pooled.frequency;
        if (x != lastFrequency) {
            gammaTerms = logGamma(p.r + x) + logGamma(p.b + x) - logGamma(p.a + p.b + x);
            logBPlusXMinus1 = x > 0 ? std::log(p.b + x - 1) : 0.0;
            lastFrequency = x;
        }
        const double a3 = -(p.r + x) * logAlphaPlusAge[pooled.age];
        double term = a3;
        if (x > 0) {
            const double a4
                = logA - logBPlusXMinus1 - (p.r + x) * logAlphaPlusRecency[pooled.recency];
            const double larger = std::max(a3, a4);
            term = larger + std::log1p(std::exp(std::min(a3, a4) - larger));
        }
        sum += pooled.count * (gammaTerms + base + term);
    }
    return sum;
}

BetaGeometricNbd::Result BetaGeometricNbd::fit() const
{
    Result result;
    if (m_invalidInput) {
        result.fit.issue = FitIssue::InvalidInput;
        return result;
    }
    if (m_repeatBuyers < minimumRepeatBuyers) {
        result.fit.issue = m_repeatBuyers > 0 ? FitIssue::TooFewRepeatBuyers : FitIssue::NoEvents;
        return result;
    }
    // Start from a rate of one purchase per mean age, and a and b of 1.
    double ageSum = 0;
    double purchases = 0;
    for (const Pooled &pooled : m_pooled) {
        ageSum += pooled.count * m_ages[pooled.age];
        purchases += pooled.count * pooled.frequency;
    }
    const double rate = std::max(purchases / ageSum, 1e-6);
    result.fit = maximizeLikelihood(
        [this](const double *x) {
            return logLikelihood({x[0], x[1], x[2], x[3]});
        },
        {1.0, 1.0 / rate, 1.0, 1.0});
    if (!result.fit.estimates.empty()) {
        const std::vector<double> &e = result.fit.estimates;
        result.parameters = {e[0], e[1], e[2], e[3]};
    }
    if (result.fit.valid) {
        const std::vector<double> &s = result.fit.standardErrors;
        result.standardErrors = {s[0], s[1], s[2], s[3]};
    }
    return result;
}

double BetaGeometricNbd::probabilityAlive(const Parameters &p, const RepeatPurchases &customer)
{
    const double x = customer.frequency;
    if (x <= 0)
        return 1;
    const double ratio = p.a / (p.b + x - 1)
        * std::exp((p.r + x)
                   * (std::log(p.alpha + customer.age) - std::log(p.alpha + customer.recency)));
    return 1 / (1 + ratio);
}

bool BetaGeometricNbd::expectedTransactionsIfAlive(const Parameters &p, double frequency,
                                                   double age, double t, double *transactions)
{
    if (t <= 0) {
        *transactions = 0;
        return true;
    }
    const double x = frequency;
    double hypergeometric = 0;
    if (!hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, t / (p.alpha + age + t),
                           &hypergeometric))
        return false;
    *transactions = (p.a + p.b + x - 1) / (p.a - 1)
        * (1
           - std::exp((p.r + x) * (std::log(p.alpha + age) - std::log(p.alpha + age + t)))
               * hypergeometric);
    return std::isfinite(*transactions);
}

bool BetaGeometricNbd::discountedExpectedTransactionsIfAlive(const Parameters &p, double frequency,
                                                             double age, double horizon,
                                                             double rate, double *transactions)
{
    bool valid = true;
    auto discountedY = [&](double s) {
        double y = 0;
        if (!expectedTransactionsIfAlive(p, frequency, age, s, &y))
            valid = false;
        return y * std::exp(-rate * s);
    };
    double integral = 0;
    // Segments of horizon/200, /50, /15, /4 and the rest.
    double from = 0;
    for (double fraction : {0.005, 0.02, 0.0667, 0.25, 1.0}) {
        const double to = horizon * fraction;
        integral += boost::math::quadrature::gauss<double, 5>::integrate(discountedY, from, to);
        from = to;
    }
    double atHorizon = 0;
    if (!valid || !expectedTransactionsIfAlive(p, frequency, age, horizon, &atHorizon))
        return false;
    *transactions = std::exp(-rate * horizon) * atHorizon + rate * integral;
    return std::isfinite(*transactions);
}

bool BetaGeometricNbd::conditionalExpectedTransactions(const Parameters &p,
                                                       const RepeatPurchases &customer, double t,
                                                       double *transactions)
{
    if (!expectedTransactionsIfAlive(p, customer.frequency, customer.age, t, transactions))
        return false;
    *transactions *= probabilityAlive(p, customer);
    return true;
}

bool BetaGeometricNbd::expectedTransactions(const Parameters &p, double t, double *transactions)
{
    if (t <= 0) {
        *transactions = 0;
        return true;
    }
    double hypergeometric = 0;
    if (!hypergeometric2F1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t), &hypergeometric))
        return false;
    *transactions = (p.a + p.b - 1) / (p.a - 1)
        * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * hypergeometric);
    return std::isfinite(*transactions);
}

double BetaGeometricNbd::repeatCountProbability(const Parameters &p, double t, int x)
{
    if (x < 0)
        return 0;
    if (t <= 0)
        return x == 0 ? 1.0 : 0.0;
    // Logs of the NBD terms Γ(r + j) / (Γ(r) j!) (α / (α + t))^r (t / (α + t))^j.
    const double logShare = std::log(p.alpha) - std::log(p.alpha + t);
    const double logRest = std::log(t) - std::log(p.alpha + t);
    const auto logNbd = [&](int j) {
        return logGamma(p.r + j) - logGamma(p.r) - logGamma(j + 1.0) + p.r * logShare + j * logRest;
    };
    const double logBetaAB = logBeta(p.a, p.b);
    // Alive through all x purchases, and still alive after the x-th.
    double probability = std::exp(logBeta(p.a, p.b + x) - logBetaAB + logNbd(x));
    if (x > 0) {
        // Dropped out right after the x-th purchase, which needed at least x
        // events of the Poisson process by t.
        double fewer = 0;
        for (int j = 0; j < x; ++j)
            fewer += std::exp(logNbd(j));
        probability
            += std::exp(logBeta(p.a + 1, p.b + x - 1) - logBetaAB) * std::max(0.0, 1 - fewer);
    }
    return probability;
}

} // namespace Stats
