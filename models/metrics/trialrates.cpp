// SPDX-License-Identifier: GPL-3.0-or-later
#include "trialrates.h"

#include "valueinfluence.h"

#include <algorithm>
#include <cmath>

TrialRates::TrialRates(const Analysis &analysis, const SequentialTrials &trials,
                       const std::vector<std::int32_t> &customer,
                       const std::vector<std::int32_t> &day, int width, const EventValues &values,
                       std::vector<Ratio> ratios)
    : m_analysis(analysis)
    , m_trials(trials)
    , m_day(day)
    , m_width(width)
    , m_values(values)
    , m_ratios(std::move(ratios))
    , m_maxDays(std::max(1, std::int32_t(std::floor(analysis.horizonDays()))))
{
    indexEvents(customer, day);
    sumGroups();
    estimate();
}

void TrialRates::indexEvents(const std::vector<std::int32_t> &customer,
                             const std::vector<std::int32_t> &day)
{
    // A counting sort by customer, then each customer's few events by day.
    const std::size_t customers = m_analysis.data.customers.size();
    m_begin.assign(customers + 1, 0);
    for (const std::int32_t c : customer) {
        if (c >= 0 && std::size_t(c) < customers)
            ++m_begin[size_t(c) + 1];
    }
    for (std::size_t c = 0; c < customers; ++c)
        m_begin[c + 1] += m_begin[c];
    m_order.assign(m_begin[customers], 0);
    std::vector<std::uint32_t> next(m_begin.begin(), m_begin.end() - 1);
    for (std::size_t event = 0; event < customer.size(); ++event) {
        const std::int32_t c = customer[event];
        if (c >= 0 && std::size_t(c) < customers)
            m_order[next[size_t(c)]++] = std::uint32_t(event);
    }
    for (std::size_t c = 0; c < customers; ++c) {
        std::sort(m_order.begin() + m_begin[c], m_order.begin() + m_begin[c + 1],
                  [&day](std::uint32_t a, std::uint32_t b) { return day[a] < day[b]; });
    }
}

template<typename Visit>
void TrialRates::forEachFollowUp(std::size_t customer, Visit &&visit)
{
    m_trials.followUps(customer, m_maxDays, m_rows);
    if (m_rows.empty())
        return;

    // Running sums of the customer's event values, by event in day order:
    // a follow-up's sum is the difference of two of them.
    const auto first = m_order.begin() + m_begin[customer];
    const auto last = m_order.begin() + m_begin[customer + 1];
    const auto width = size_t(m_width);
    const auto count = size_t(last - first);
    m_prefix.assign((count + 1) * width, 0.0);
    std::vector<double> one(width);
    for (std::size_t k = 0; k < count; ++k) {
        std::fill(one.begin(), one.end(), 0.0);
        m_values(first[std::ptrdiff_t(k)], one.data());
        for (std::size_t v = 0; v < width; ++v)
            m_prefix[(k + 1) * width + v] = m_prefix[k * width + v] + one[v];
    }

    m_numerators.resize(m_ratios.size());
    m_denominators.resize(m_ratios.size());
    const auto byDay
        = [this](std::uint32_t event, std::int32_t value) { return m_day[event] < value; };
    for (const SequentialTrials::FollowUp &row : m_rows) {
        const auto from = size_t(std::lower_bound(first, last, row.from, byDay) - first);
        const auto to = size_t(std::lower_bound(first, last, row.to + 1, byDay) - first);
        const double months = (row.to - row.from + 1) / Analysis::daysPerMonth;
        for (std::size_t r = 0; r < m_ratios.size(); ++r) {
            const Ratio &ratio = m_ratios[r];
            const auto sum = [&](int value) {
                return m_prefix[to * width + size_t(value)]
                    - m_prefix[from * width + size_t(value)];
            };
            m_numerators[r] = sum(ratio.numerator);
            m_denominators[r]
                = ratio.denominator == customerMonths ? months : sum(ratio.denominator);
        }
        visit(row.treated, row.weight);
    }
}

void TrialRates::sumGroups()
{
    m_ratioEstimates.assign(m_ratios.size(), Stats::StandardizedRatio(m_trials.groupCount()));
    const std::size_t customers = m_analysis.data.customers.size();
    m_windowMonthsOf.assign(customers, 0.0);
    m_windowMonths = 0;
    m_analysed = 0;
    for (std::size_t i = 0; i < customers; ++i) {
        if (m_analysis.cohortOf[i] >= 0)
            ++m_analysed;
        const int group = m_trials.groupOf(i);
        if (group < 0)
            continue;
        forEachFollowUp(i, [&](bool treatedSide, double weight) {
            for (std::size_t r = 0; r < m_ratios.size(); ++r)
                m_ratioEstimates[r].add(size_t(group), sidesOf(treatedSide, weight, r));
        });
        if (m_trials.isCompared(i)) {
            m_windowMonthsOf[i]
                = m_analysis.windowOverlapDays(m_trials.indexDay(i), m_analysis.endDay(i))
                / Analysis::daysPerMonth;
            m_windowMonths += m_windowMonthsOf[i];
        }
    }
    for (Stats::StandardizedRatio &estimate : m_ratioEstimates)
        estimate.finish();
}

Stats::StandardizedRatio::Sums TrialRates::sidesOf(bool treatedSide, double weight,
                                                   std::size_t ratio) const
{
    const double numerator = weight * m_numerators[ratio];
    const double denominator = weight * m_denominators[ratio];
    if (treatedSide)
        return {numerator, denominator, 0, 0};
    return {0, 0, numerator, denominator};
}

void TrialRates::estimate()
{
    // Each customer is a cluster: all their follow-ups, on both sides.
    const std::size_t ratios = m_ratios.size();
    m_influence.assign(ratios, {});
    for (std::size_t r = 0; r < ratios; ++r) {
        if (m_ratios[r].forMoney)
            m_influence[r].assign(m_analysis.data.customers.size(), 0.0f);
    }
    std::vector<Stats::StandardizedRatio::Sums> cluster(ratios);
    for (std::size_t i = 0; i < m_analysis.data.customers.size(); ++i) {
        const int group = m_trials.groupOf(i);
        if (group < 0)
            continue;
        std::fill(cluster.begin(), cluster.end(), Stats::StandardizedRatio::Sums {});
        forEachFollowUp(i, [&](bool treatedSide, double weight) {
            for (std::size_t r = 0; r < ratios; ++r) {
                const Stats::StandardizedRatio::Sums one = sidesOf(treatedSide, weight, r);
                cluster[r].treatedNumerator += one.treatedNumerator;
                cluster[r].treatedDenominator += one.treatedDenominator;
                cluster[r].controlNumerator += one.controlNumerator;
                cluster[r].controlDenominator += one.controlDenominator;
            }
        });
        for (std::size_t r = 0; r < ratios; ++r) {
            const double onDifference = m_ratioEstimates[r].addCluster(size_t(group), cluster[r]);
            if (m_ratios[r].forMoney)
                m_influence[r][i] = float(onDifference);
        }
    }
    m_estimates.clear();
    for (const Stats::StandardizedRatio &ratio : m_ratioEstimates) {
        const Stats::StandardizedRatio::Result &result = ratio.result();
        m_estimates.push_back({result.valid, result.treated, result.control, result.difference,
                               result.standardError, result.treatedStandardError,
                               result.controlStandardError});
    }
}

MetricGroups::MoneyEstimate TrialRates::money(std::size_t ratio, double scale,
                                              ValueInfluence *influence) const
{
    MetricGroups::MoneyEstimate money;
    const Estimate &estimate = m_estimates[ratio];
    if (!estimate.valid || !m_ratios[ratio].forMoney || m_analysed == 0)
        return money;
    money.valid = true;
    money.value = scale * estimate.difference * m_windowMonths;
    money.socialRate = estimate.treated;
    money.controlRate = estimate.control;
    money.rateStandardError = estimate.standardError;
    // value = scale × D × M: D moves with each customer's influence on the
    // rates, M with who was treated and when (a compared treated customer
    // adds their own window months; the mean of those over the customers
    // analysed is taken away, so the influences sum to zero).
    const double meanMonths = m_windowMonths / double(m_analysed);
    const std::vector<float> &onDifference = m_influence[ratio];
    double squares = 0;
    for (std::size_t i = 0; i < onDifference.size(); ++i) {
        if (m_analysis.cohortOf[i] < 0)
            continue;
        const double one = scale
            * (m_windowMonths * double(onDifference[i])
               + estimate.difference * (m_windowMonthsOf[i] - meanMonths));
        squares += one * one;
        if (influence)
            influence->add(i, one);
    }
    money.standardError = std::sqrt(squares);
    return money;
}
