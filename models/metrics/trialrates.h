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

    // Writes the `width` values (an indicator per channel, a cost...) of
    // each of `count` events into its row of `rows` (`width` apart), whose
    // values start at 0. Made by eachEvent().
    using EventValues = std::function<void(const std::uint32_t *events, std::size_t count,
                                           std::size_t width, double *rows)>;
    // EventValues from perEvent(event, values), which writes one event's
    // values: the loop over a customer's events is compiled with it, so the
    // std::function is called once per customer, not once per event.
    template<typename PerEvent>
    static EventValues eachEvent(PerEvent perEvent)
    {
        return [perEvent](const std::uint32_t *events, std::size_t count, std::size_t width,
                          double *rows) {
            for (std::size_t k = 0; k < count; ++k)
                perEvent(std::size_t(events[k]), rows + k * width);
        };
    }

    // `customer` and `day` give each event's customer (an index into the
    // customers, -1 = none) and day; events may come in any order.
    // `slices`: how many slices of the customers are walked, each on a
    // thread (unless analysis.sliceThreads keeps them on the caller's); 0
    // lets the customer count decide (CustomerSlices::count: the same on any
    // machine).
    TrialRates(const Analysis &analysis, const SequentialTrials &trials,
               const std::vector<std::int32_t> &customer, const std::vector<std::int32_t> &day,
               int width, const EventValues &values, std::vector<Ratio> ratios,
               std::size_t slices = 0);

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
    // One thread's working space while it walks its customers.
    struct Scratch
    {
        std::vector<SequentialTrials::FollowUp> rows;
        std::vector<std::uint32_t> events; // the customer's, in day order
        std::vector<std::int32_t> days; // of those summed, in day order
        std::vector<double> prefix; // running sums of the customer's event values
        // Of one customer, per event value and then their months (the last
        // one): the sums over their follow-ups on each side.
        std::vector<double> treated, control;
        std::vector<Stats::StandardizedRatio::Sums> cluster; // of one customer, per ratio
    };

    void indexEvents(const std::vector<std::int32_t> &customer);
    // The customer's sums of each ratio over all their follow-ups, into
    // scratch.cluster.
    void sumCluster(std::size_t customer, Scratch &scratch) const;
    // Adds each of scratch.rows' weighted sums of the values, then its
    // weighted months, to scratch.treated or scratch.control (both
    // m_width + 1 long), from scratch.prefix and scratch.days.
    template<std::size_t Width>
    void sumFollowUps(Scratch &scratch) const;
    // The running sums of the values of the customer's events up to
    // lastDay into scratch.prefix, their days into scratch.days.
    void sumEvents(std::size_t customer, std::int32_t lastDay, Scratch &scratch) const;
    // Runs work(slice, first, last, scratch) on sliceCount() slices of the
    // customers (CustomerSlices::run); returns when all are done.
    std::size_t sliceCount() const;
    template<typename Work>
    void forCustomerSlices(Work &&work) const;
    void sumGroups();
    void estimate();
    // The months a compared treated customer spent inside the ROI window
    // after their index date; 0 for anyone else (as sumGroups() sums them).
    // Worked out again where needed rather than kept per customer: 8 MB at
    // a million customers, at the engine's peak.
    double windowMonthsOf(std::size_t customer) const;

    // A follow-up's months: days / Analysis::daysPerMonth.
    double monthsOf(std::int32_t days) const
    {
        return days >= 0 && days < std::int32_t(m_monthsByDays.size())
            ? m_monthsByDays[std::size_t(days)]
            : days / Analysis::daysPerMonth;
    }

    const Analysis &m_analysis;
    const SequentialTrials &m_trials;
    const std::vector<std::int32_t> &m_day;
    int m_width = 0;
    EventValues m_values;
    std::vector<Ratio> m_ratios;
    std::int32_t m_maxDays = 0;
    std::vector<double> m_monthsByDays; // monthsOf() for 0 to m_maxDays days
    std::size_t m_slices = 0;

    std::vector<std::uint32_t> m_begin; // per customer: first of their events in m_order
    std::vector<std::uint32_t> m_order; // events by customer (then as they come)

    std::vector<Stats::StandardizedRatio> m_ratioEstimates;
    std::vector<Estimate> m_estimates;
    // Per ratio kept for money, per customer: their sums (treated numerator,
    // denominator, control numerator, denominator), whose influence is
    // known once every customer is summed.
    std::vector<std::vector<std::array<float, 4>>> m_moneySums;
    double m_windowMonths = 0;
    qint64 m_analysed = 0;
};
