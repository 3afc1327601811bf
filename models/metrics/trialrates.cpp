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
    const std::size_t groups = m_trials.groupCount();
    m_groupSums.assign(groups, {});
    for (auto &sides : m_groupSums) {
        for (Sums &side : sides) {
            side.numerator.assign(m_ratios.size(), 0.0);
            side.denominator.assign(m_ratios.size(), 0.0);
        }
    }
    m_treatedInGroup.assign(groups, 0.0);
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
        std::array<Sums, 2> &sides = m_groupSums[size_t(group)];
        forEachFollowUp(i, [&](bool treatedSide, double weight) {
            Sums &side = sides[treatedSide ? 0 : 1];
            for (std::size_t r = 0; r < m_ratios.size(); ++r) {
                side.numerator[r] += weight * m_numerators[r];
                side.denominator[r] += weight * m_denominators[r];
            }
        });
        if (m_trials.isCompared(i)) {
            m_treatedInGroup[size_t(group)] += 1;
            m_windowMonthsOf[i]
                = m_analysis.windowOverlapDays(m_trials.indexDay(i), m_analysis.endDay(i))
                / Analysis::daysPerMonth;
            m_windowMonths += m_windowMonthsOf[i];
        }
    }
}

void TrialRates::estimate()
{
    const std::size_t groups = m_groupSums.size();
    const std::size_t ratios = m_ratios.size();
    m_estimates.assign(ratios, {});
    m_groupUsed.assign(ratios * groups, 0);

    // Per ratio: each group's two rates, and the treated's denominator (their
    // months, or contacts...) in the groups where both rates are defined.
    std::vector<double> treatedRate(ratios * groups, 0.0), controlRate(ratios * groups, 0.0);
    std::vector<double> usedTreated(ratios, 0.0);
    for (std::size_t r = 0; r < ratios; ++r) {
        for (std::size_t g = 0; g < groups; ++g) {
            const Sums &treated = m_groupSums[g][0];
            const Sums &control = m_groupSums[g][1];
            if (m_treatedInGroup[g] <= 0 || !(treated.denominator[r] > 0)
                || !(control.denominator[r] > 0))
                continue;
            m_groupUsed[r * groups + g] = 1;
            treatedRate[r * groups + g] = treated.numerator[r] / treated.denominator[r];
            controlRate[r * groups + g] = control.numerator[r] / control.denominator[r];
            usedTreated[r] += treated.denominator[r];
        }
        Estimate &estimate = m_estimates[r];
        if (usedTreated[r] <= 0)
            continue;
        estimate.valid = true;
        for (std::size_t g = 0; g < groups; ++g) {
            if (!m_groupUsed[r * groups + g])
                continue;
            const double share = m_groupSums[g][0].denominator[r] / usedTreated[r];
            estimate.treated += share * treatedRate[r * groups + g];
            estimate.control += share * controlRate[r * groups + g];
        }
        estimate.difference = estimate.treated - estimate.control;
    }

    // Each customer's influence on each side's standardized rate: through
    // their group's two ratios (their follow-ups' sums), and, for a
    // compared treated customer, through the group's share of the treated's
    // denominator.
    m_influence.assign(ratios, {});
    for (std::size_t r = 0; r < ratios; ++r) {
        if (m_ratios[r].forMoney)
            m_influence[r].assign(m_analysis.data.customers.size(), 0.0f);
    }
    std::vector<double> treatedSquares(ratios, 0.0), controlSquares(ratios, 0.0),
        differenceSquares(ratios, 0.0);
    std::vector<double> treatedSum(ratios), treatedWeight(ratios), controlSum(ratios),
        controlWeight(ratios);
    for (std::size_t i = 0; i < m_analysis.data.customers.size(); ++i) {
        const int group = m_trials.groupOf(i);
        if (group < 0)
            continue;
        const auto g = size_t(group);
        std::fill(treatedSum.begin(), treatedSum.end(), 0.0);
        std::fill(treatedWeight.begin(), treatedWeight.end(), 0.0);
        std::fill(controlSum.begin(), controlSum.end(), 0.0);
        std::fill(controlWeight.begin(), controlWeight.end(), 0.0);
        forEachFollowUp(i, [&](bool treatedSide, double weight) {
            for (std::size_t r = 0; r < ratios; ++r) {
                (treatedSide ? treatedSum : controlSum)[r] += weight * m_numerators[r];
                (treatedSide ? treatedWeight : controlWeight)[r] += weight * m_denominators[r];
            }
        });
        for (std::size_t r = 0; r < ratios; ++r) {
            if (!m_groupUsed[r * groups + g])
                continue;
            const Estimate &estimate = m_estimates[r];
            const double share = m_groupSums[g][0].denominator[r] / usedTreated[r];
            const double groupTreated = treatedRate[r * groups + g];
            const double groupControl = controlRate[r * groups + g];
            double onTreated = share * (treatedSum[r] - groupTreated * treatedWeight[r])
                / m_groupSums[g][0].denominator[r];
            double onControl = share * (controlSum[r] - groupControl * controlWeight[r])
                / m_groupSums[g][1].denominator[r];
            onTreated += treatedWeight[r] * (groupTreated - estimate.treated) / usedTreated[r];
            onControl += treatedWeight[r] * (groupControl - estimate.control) / usedTreated[r];
            const double onDifference = onTreated - onControl;
            treatedSquares[r] += onTreated * onTreated;
            controlSquares[r] += onControl * onControl;
            differenceSquares[r] += onDifference * onDifference;
            if (m_ratios[r].forMoney)
                m_influence[r][i] = float(onDifference);
        }
    }
    for (std::size_t r = 0; r < ratios; ++r) {
        Estimate &estimate = m_estimates[r];
        estimate.treatedStandardError = std::sqrt(treatedSquares[r]);
        estimate.controlStandardError = std::sqrt(controlSquares[r]);
        estimate.standardError = std::sqrt(differenceSquares[r]);
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
