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
    // A follow-up lasts 1 to m_maxDays days: its months, the very quotient
    // the division gives, are looked up rather than divided out per row.
    m_monthsByDays.resize(std::size_t(m_maxDays) + 1);
    for (std::int32_t days = 0; days <= m_maxDays; ++days)
        m_monthsByDays[std::size_t(days)] = days / Analysis::daysPerMonth;
    indexEvents(customer);
    sumGroups();
    estimate();
}

void TrialRates::indexEvents(const std::vector<std::int32_t> &customer)
{
    // A counting sort by customer. Each customer's few events are put in day
    // order by the thread that walks the customer (sumEvents), and only for
    // those with follow-ups.
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
}

void TrialRates::sumEvents(std::size_t customer, std::int32_t lastDay, Scratch &scratch) const
{
    // The customer's events in day order: the same sort of the same
    // sequence as when all customers' were sorted at once, so the same order
    // of same-day events too.
    std::vector<std::uint32_t> &events = scratch.events;
    events.assign(m_order.begin() + m_begin[customer], m_order.begin() + m_begin[customer + 1]);
    std::sort(events.begin(), events.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_day[a] < m_day[b]; });
    // Running sums of the customer's event values, by event in day order:
    // a follow-up's sum is the difference of two of them. Each event's
    // values are written in the row of its running sum, then the row before
    // is added to them. Events after lastDay, the end of the last
    // follow-up, are in no follow-up's sum.
    scratch.days.clear();
    for (const std::uint32_t event : events) {
        const std::int32_t day = m_day[event];
        if (day > lastDay)
            break;
        scratch.days.push_back(day);
    }
    const std::size_t count = scratch.days.size();
    const auto width = std::size_t(m_width);
    std::vector<double> &prefix = scratch.prefix;
    prefix.resize((count + 1) * width);
    std::fill(prefix.begin(), prefix.end(), 0.0);
    if (count > 0)
        m_values(events.data(), count, width, prefix.data() + width);
    for (std::size_t k = 1; k <= count; ++k) {
        double *row = prefix.data() + k * width;
        const double *before = row - width;
        for (std::size_t v = 0; v < width; ++v)
            row[v] = before[v] + row[v];
    }
}

template<std::size_t Width>
void TrialRates::sumFollowUps(Scratch &scratch) const
{
    // Width: m_width when compiled for it (the engine's tables), so that
    // each side's sums can stay in registers; 0 for any.
    const std::size_t width = Width > 0 ? Width : std::size_t(m_width);
    std::array<double, Width + 1> treatedSums {}, controlSums {};
    double *treated = Width > 0 ? treatedSums.data() : scratch.treated.data();
    double *control = Width > 0 ? controlSums.data() : scratch.control.data();
    const std::int32_t *days = scratch.days.data();
    const std::size_t count = scratch.days.size();
    const double *prefix = scratch.prefix.data();
    // Follow-ups start and end later and later: each bound moves forward
    // from where the last one stopped.
    std::size_t from = 0, to = 0;
    for (const SequentialTrials::FollowUp &row : scratch.rows) {
        while (from != count && days[from] < row.from)
            ++from;
        to = std::max(to, from);
        while (to != count && days[to] <= row.to)
            ++to;
        const double months = monthsOf(row.to - row.from + 1);
        const double *high = prefix + to * width;
        const double *low = prefix + from * width;
        const auto add = [&](double *sums) {
            for (std::size_t v = 0; v < width; ++v)
                sums[v] += row.weight * (high[v] - low[v]);
            sums[width] += row.weight * months;
        };
        if (row.treated)
            add(treated);
        else
            add(control);
    }
    if constexpr (Width > 0) {
        std::copy(treatedSums.begin(), treatedSums.end(), scratch.treated.begin());
        std::copy(controlSums.begin(), controlSums.end(), scratch.control.begin());
    }
}

void TrialRates::sumCluster(std::size_t customer, Scratch &scratch) const
{
    // The sums go by event value, not by ratio: ratios that share a value
    // (or the months) would each add the very same terms in the very same
    // order. Each value's sum on each side adds weight × (its sum over the
    // follow-up) row by row, as the ratios' sums did.
    const auto width = std::size_t(m_width);
    scratch.treated.resize(width + 1);
    scratch.control.resize(width + 1);
    std::fill(scratch.treated.begin(), scratch.treated.end(), 0.0);
    std::fill(scratch.control.begin(), scratch.control.end(), 0.0);
    m_trials.followUps(customer, m_maxDays, scratch.rows);
    const std::vector<SequentialTrials::FollowUp> &rows = scratch.rows;
    if (!rows.empty()) {
        std::int32_t lastDay = rows.front().to;
        for (const SequentialTrials::FollowUp &row : rows)
            lastDay = std::max(lastDay, row.to);
        sumEvents(customer, lastDay, scratch);
        // The widths of the engine's tables: orders, mentions, contacts.
        switch (m_width) {
        case 1:
            sumFollowUps<1>(scratch);
            break;
        case 5:
            sumFollowUps<5>(scratch);
            break;
        case 10:
            sumFollowUps<10>(scratch);
            break;
        default:
            sumFollowUps<0>(scratch);
        }
    }
    scratch.cluster.resize(m_ratios.size());
    for (std::size_t r = 0; r < m_ratios.size(); ++r) {
        const auto numerator = std::size_t(m_ratios[r].numerator);
        const auto denominator = m_ratios[r].denominator == customerMonths
            ? width
            : std::size_t(m_ratios[r].denominator);
        scratch.cluster[r] = {scratch.treated[numerator], scratch.treated[denominator],
                              scratch.control[numerator], scratch.control[denominator]};
    }
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
                sumCluster(i, scratch);
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
