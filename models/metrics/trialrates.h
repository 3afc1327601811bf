// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "sequentialtrials.h"
#include "standardizedratio.h"

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

class ValueInfluence;

// Rates from the index date (SPEC section 4a): contacts, support cost,
// orders or mentions per customer-month (or per contact) of the social
// customers from their first social contact, against the similar customers
// still with us that day, over the same follow-up on both sides: the
// horizon, cut short by churn, the as-of date, or, for a control, their own
// first social contact. A customer who stays longer is not counted as using
// more; a customer who left before reaching the team is not counted at all.
//
// The treated's rate is their events over their months (or contacts...);
// the controls' is a ratio of weighted sums per group of the trials
// (segment, revenue fifth, picked attributes), averaged over the groups by
// the treated's months in each, so that the difference times the treated's
// months is the whole effect, whichever groups use social care more. The
// standard errors are robust and clustered on
// the customer (a control is followed in several trials and may be treated
// later): each customer's influence on the ratios (the linear term of a
// customer-level bootstrap), including how the groups' shares move with who
// was treated.
class TrialRates
{
public:
    // The denominator that divides by each follow-up's months.
    static constexpr int customerMonths = -1;

    // A ratio of two sums over each follow-up: `numerator` and
    // `denominator` index the events' values. `forMoney` keeps each
    // customer's influence, for money().
    struct Ratio
    {
        int numerator = 0;
        int denominator = customerMonths;
        bool forMoney = false;
    };

    using Estimate = MetricRows::EffectEstimate;

    // Writes one event's `width` values (an indicator per channel, a cost...).
    using EventValues = std::function<void(std::size_t event, double *values)>;

    // `customer` and `day` give each event's customer (an index into the
    // customers, -1 = none) and day; events may come in any order.
    TrialRates(const Analysis &analysis, const SequentialTrials &trials,
               const std::vector<std::int32_t> &customer, const std::vector<std::int32_t> &day,
               int width, const EventValues &values, std::vector<Ratio> ratios);

    const Estimate &estimate(std::size_t ratio) const { return m_estimates[ratio]; }

    // The months the compared social customers spent inside the ROI window
    // after their index date: what a difference per customer-month is worth
    // over the window.
    double treatedWindowMonths() const { return m_windowMonths; }

    // scale × the ratio's difference × treatedWindowMonths(), with its
    // standard error; each customer's influence (which includes how the
    // window's months move with who was treated and when) goes to
    // `influence` when given. The ratio must have been made forMoney.
    MetricGroups::MoneyEstimate money(std::size_t ratio, double scale,
                                      ValueInfluence *influence) const;

private:
    void indexEvents(const std::vector<std::int32_t> &customer,
                     const std::vector<std::int32_t> &day);
    // Calls visit(treatedSide, weight, sums) for each of the customer's
    // follow-ups, where sums[r] = {numerator, denominator} of ratio r.
    template<typename Visit>
    void forEachFollowUp(std::size_t customer, Visit &&visit);
    void sumGroups();
    void estimate();
    // One follow-up's sums of a ratio, on its side.
    Stats::StandardizedRatio::Sums sidesOf(bool treatedSide, double weight,
                                           std::size_t ratio) const;

    const Analysis &m_analysis;
    const SequentialTrials &m_trials;
    const std::vector<std::int32_t> &m_day;
    int m_width = 0;
    EventValues m_values;
    std::vector<Ratio> m_ratios;
    std::int32_t m_maxDays = 0;

    std::vector<std::uint32_t> m_begin; // per customer: first of their events in m_order
    std::vector<std::uint32_t> m_order; // events by customer, then day

    std::vector<Stats::StandardizedRatio> m_ratioEstimates;
    std::vector<Estimate> m_estimates;
    std::vector<std::vector<float>> m_influence; // per ratio kept for money, per customer
    std::vector<double> m_windowMonthsOf; // per customer (compared treated only)
    double m_windowMonths = 0;
    qint64 m_analysed = 0;

    // Scratch for forEachFollowUp.
    std::vector<SequentialTrials::FollowUp> m_rows;
    std::vector<double> m_prefix;
    std::vector<double> m_numerators, m_denominators;
};
