// SPDX-License-Identifier: GPL-3.0-or-later
#include "trialrates.h"

#include "customerslices.h"
#include "valueinfluence.h"

#include <algorithm>
#include <cmath>

TrialRates::TrialRates(const Analysis &analysis, const SequentialTrials &trials,
                       const std::vector<std::int32_t> &customer,
                       const std::vector<std::int32_t> &day, int width, const EventValues &values,
                       std::vector<Ratio> ratios, std::size_t slices)
    : m_analysis(analysis)
    , m_trials(trials)
    , m_day(day)
    , m_width(width)
    , m_values(values)
    , m_ratios(std::move(ratios))
    , m_maxDays(std::max(1, std::int32_t(std::floor(analysis.horizonDays()))))
    , m_slices(slices)
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
void TrialRates::forEachFollowUp(std::size_t customer, const std::vector<Ratio> &ratios,
                                 Scratch &scratch, Visit &&visit) const
{
    m_trials.followUps(customer, m_maxDays, scratch.rows);
    if (scratch.rows.empty())
        return;

    // Running sums of the customer's event values, by event in day order:
    // a follow-up's sum is the difference of two of them.
    const auto first = m_order.begin() + m_begin[customer];
    const auto last = m_order.begin() + m_begin[customer + 1];
    const auto width = size_t(m_width);
    const auto count = size_t(last - first);
    std::vector<double> &prefix = scratch.prefix;
    prefix.resize((count + 1) * width);
    std::fill_n(prefix.begin(), width, 0.0);
    scratch.one.resize(width);
    for (std::size_t k = 0; k < count; ++k) {
        std::fill(scratch.one.begin(), scratch.one.end(), 0.0);
        m_values(first[std::ptrdiff_t(k)], scratch.one.data());
        for (std::size_t v = 0; v < width; ++v)
            prefix[(k + 1) * width + v] = prefix[k * width + v] + scratch.one[v];
    }

    scratch.numerators.resize(ratios.size());
    scratch.denominators.resize(ratios.size());
    // Follow-ups start and end later and later: each bound moves forward
    // from where the last one stopped.
    auto from = first, to = first;
    for (const SequentialTrials::FollowUp &row : scratch.rows) {
        while (from != last && m_day[*from] < row.from)
            ++from;
        to = std::max(to, from);
        while (to != last && m_day[*to] <= row.to)
            ++to;
        const double months = (row.to - row.from + 1) / Analysis::daysPerMonth;
        const auto fromIndex = size_t(from - first);
        const auto toIndex = size_t(to - first);
        const auto sum = [&](int value) {
            return prefix[toIndex * width + size_t(value)]
                - prefix[fromIndex * width + size_t(value)];
        };
        for (std::size_t r = 0; r < ratios.size(); ++r) {
            scratch.numerators[r] = sum(ratios[r].numerator);
            scratch.denominators[r]
                = ratios[r].denominator == customerMonths ? months : sum(ratios[r].denominator);
        }
        visit(row.treated, row.weight);
    }
}

void TrialRates::sumCluster(std::size_t customer, const std::vector<Ratio> &ratios,
                            Scratch &scratch) const
{
    std::vector<Stats::StandardizedRatio::Sums> &cluster = scratch.cluster;
    cluster.assign(ratios.size(), Stats::StandardizedRatio::Sums {});
    forEachFollowUp(customer, ratios, scratch, [&](bool treatedSide, double weight) {
        for (std::size_t r = 0; r < cluster.size(); ++r) {
            Stats::StandardizedRatio::Sums &sums = cluster[r];
            const double numerator = weight * scratch.numerators[r];
            const double denominator = weight * scratch.denominators[r];
            if (treatedSide) {
                sums.treatedNumerator += numerator;
                sums.treatedDenominator += denominator;
            } else {
                sums.controlNumerator += numerator;
                sums.controlDenominator += denominator;
            }
        }
    });
}

std::size_t TrialRates::sliceCount() const
{
    return CustomerSlices::count(m_analysis.data.customers.size(), m_slices);
}

template<typename Work>
void TrialRates::forCustomerSlices(Work &&work) const
{
    const std::size_t slices = sliceCount();
    std::vector<Scratch> scratches(slices);
    CustomerSlices::run(m_analysis.data.customers.size(), slices, m_analysis.sliceThreads,
                        [&](std::size_t slice, std::size_t first, std::size_t last) {
                            work(slice, first, last, scratches[slice]);
                        });
}

void TrialRates::sumGroups()
{
    // Each customer is a cluster: all their follow-ups on both sides are
    // summed first. Each slice of customers has its own sums, merged after.
    const std::size_t customers = m_analysis.data.customers.size();
    m_moneySums.assign(m_ratios.size(), {});
    for (std::size_t r = 0; r < m_ratios.size(); ++r) {
        if (m_ratios[r].forMoney)
            m_moneySums[r].assign(customers, {});
    }
    struct Slice
    {
        std::vector<Stats::StandardizedRatio> ratios;
        double windowMonths = 0;
        qint64 analysed = 0;
    };
    std::vector<Slice> slices(sliceCount());
    forCustomerSlices(
        [&](std::size_t index, std::size_t first, std::size_t last, Scratch &scratch) {
            Slice &slice = slices[index];
            slice.ratios.assign(m_ratios.size(), Stats::StandardizedRatio(m_trials.groupCount()));
            for (std::size_t i = first; i < last; ++i) {
                if (m_analysis.cohortOf[i] >= 0)
                    ++slice.analysed;
                const int group = m_trials.groupOf(i);
                if (group < 0)
                    continue;
                sumCluster(i, m_ratios, scratch);
                for (std::size_t r = 0; r < m_ratios.size(); ++r) {
                    const Stats::StandardizedRatio::Sums &sums = scratch.cluster[r];
                    slice.ratios[r].add(size_t(group), sums);
                    if (m_ratios[r].forMoney)
                        m_moneySums[r][i]
                            = {float(sums.treatedNumerator), float(sums.treatedDenominator),
                               float(sums.controlNumerator), float(sums.controlDenominator)};
                }
                slice.windowMonths += windowMonthsOf(i);
            }
        });
    m_ratioEstimates.assign(m_ratios.size(), Stats::StandardizedRatio(m_trials.groupCount()));
    m_windowMonths = 0;
    m_analysed = 0;
    for (const Slice &slice : slices) {
        for (std::size_t r = 0; r < slice.ratios.size(); ++r)
            m_ratioEstimates[r].merge(slice.ratios[r]);
        m_windowMonths += slice.windowMonths;
        m_analysed += slice.analysed;
    }
    for (Stats::StandardizedRatio &estimate : m_ratioEstimates)
        estimate.finish();
}

double TrialRates::windowMonthsOf(std::size_t customer) const
{
    if (m_trials.groupOf(customer) < 0 || !m_trials.isCompared(customer))
        return 0;
    return m_analysis.windowOverlapDays(m_trials.indexDay(customer), m_analysis.endDay(customer))
        / Analysis::daysPerMonth;
}

void TrialRates::estimate()
{
    m_estimates.clear();
    for (const Stats::StandardizedRatio &ratio : m_ratioEstimates)
        m_estimates.push_back(ratio.result());
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
    const Stats::StandardizedRatio &ratioEstimate = m_ratioEstimates[ratio];
    const std::vector<std::array<float, 4>> &sums = m_moneySums[ratio];
    double squares = 0;
    for (std::size_t i = 0; i < sums.size(); ++i) {
        if (m_analysis.cohortOf[i] < 0)
            continue;
        const int group = m_trials.groupOf(i);
        const double onDifference = group < 0
            ? 0.0
            : ratioEstimate.influence(size_t(group),
                                      {sums[i][0], sums[i][1], sums[i][2], sums[i][3]});
        const double one = scale
            * (m_windowMonths * onDifference
               + estimate.difference * (windowMonthsOf(i) - meanMonths));
        squares += one * one;
        if (influence)
            influence->add(i, one);
    }
    money.standardError = std::sqrt(squares);
    return money;
}
