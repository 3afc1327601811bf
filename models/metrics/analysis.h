// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"
#include "customerslices.h"
#include "kaplanmeier.h"
#include "metricresult.h"
#include "projectdata.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

// One computation's view of the project: which customers are analysed and in
// which cohort, the as-of date, each customer's observed window, and the
// retention curves several metric groups share. Built once per compute()
// from the loaded ProjectData; read-only afterwards.
class Analysis
{
public:
    static constexpr int social = 0; // cohort indexes of every per-cohort array
    static constexpr int control = 1;
    static constexpr double daysPerMonth = 30.4375;

    Analysis(const ProjectData &data, const MetricFilters &filters);
    // Under other assumptions than the project's (a what-if); `assumptions`
    // must outlive the Analysis.
    Analysis(const ProjectData &data, const MetricFilters &filters, const Assumptions &assumptions);

    const ProjectData &data;
    const Assumptions &assumptions;
    MetricFilters filters; // with the as-of date resolved
    std::int32_t asOfDay = 0;
    // The programme launch: the assumption, else the earliest social contact
    // in the data, else the as-of date.
    std::int32_t launchDay = 0;
    bool launchFound = false; // the assumption or a social contact gave the launch
    // The ROI's analysis window (SPEC section 4a, "money that adds up"): the
    // horizon ending at the as-of date, from the launch at the earliest.
    // Benefits and the programme cost are both counted over these days.
    std::int32_t windowFromDay = 0;
    std::int32_t windowToDay = 0;
    std::int32_t horizonStartDay = 0; // the day after the as-of date, horizon months earlier
    // The whole horizon when the launch does not cut it short (12 months are
    // 12 months of programme cost, whatever the days), else its days.
    double windowMonths() const
    {
        return windowFromDay == horizonStartDay ? double(assumptions.horizonMonths)
                                                : (windowToDay - windowFromDay + 1) / daysPerMonth;
    }
    // Days of [from, to] inside the window.
    double windowOverlapDays(std::int32_t from, std::int32_t to) const
    {
        return std::max(0, std::min(to, windowToDay) - std::max(from, windowFromDay) + 1);
    }

    // -1: not analysed (filtered out, or signed up after the as-of date);
    // else the cohort index.
    std::vector<std::int8_t> cohortOf;
    std::array<qint64, 2> customers {};
    std::array<double, 2> customerMonths {}; // observed exposure by cohort
    std::array<double, 2> meanMonthlyRevenue {}; // NaN when no revenue is known
    // A segment or date filter selects part of the customers.
    bool filtered = false;
    // Where the per-customer passes run their slices of the customers: on
    // threads of their own, or on the calling thread when this computation
    // already runs beside others (a replicate of the ROI's bootstrap). Either
    // way the same slices, merged in the same order: the same numbers.
    CustomerSlices::Threads sliceThreads = CustomerSlices::Threads::Own;
    // The selection's share of the programme under the programme_allocation
    // assumption: its social customers over those of the whole project
    // (signed up by the as-of date; the default), its customers over the
    // project's, or 1 (the whole amount); 1 without a filter. The
    // programme's cost and the figures entered for the whole project
    // (process improvements) are charged by it, so under the first two rules
    // the selections of a partition add up to the whole.
    double programmeShare = 1;
    // Mean monthly revenue of every customer signed up by the as-of date,
    // whatever the filters: what a customer kept is worth in entered figures.
    double projectMeanMonthlyRevenue = 0; // NaN when no revenue is known
    std::array<Stats::KaplanMeier, 2> retention; // survival from signup, in days

    // Calendar months of the analysis: index 0 is the month of the earliest
    // signup analysed; exposure in customer-months per month and cohort.
    std::int32_t firstMonthKey = 0; // year * 12 + month - 1
    std::array<std::vector<double>, 2> monthlyExposure;

    bool isChurned(std::size_t customer) const;
    // Last day the customer was observed as a customer: churn date or as-of date.
    std::int32_t endDay(std::size_t customer) const;
    int monthIndex(std::int32_t day) const; // index into the monthly arrays, may be out of range
    QDate monthStart(int index) const;
    int monthCount() const { return int(monthlyExposure[0].size()); }

    double horizonDays() const { return assumptions.horizonMonths * daysPerMonth; }

private:
    // monthIndex() of each day from m_monthTableFirstDay to the as-of date:
    // it is asked for once per contact, order and mention, and once per
    // trial and customer by the sequential trials.
    std::int32_t m_monthTableFirstDay = 0;
    std::vector<std::int32_t> m_monthOfDay;

    void findLaunchAndWindow();
    void selectCustomers();
    void measureExposure();
    void estimateRetention();
};

std::int32_t monthKey(std::int32_t julianDay);

// Asked for once per customer, contact or order by most metric groups:
// inline here, as the libraries' position-independent code keeps calls to
// other functions out of line.
inline bool Analysis::isChurned(std::size_t customer) const
{
    const std::int32_t churn = data.customers.churnDay[customer];
    return churn >= 0 && churn <= asOfDay;
}

inline std::int32_t Analysis::endDay(std::size_t customer) const
{
    // A churn date before the signup date (bad data) ends the relationship at signup.
    const std::int32_t end = isChurned(customer) ? data.customers.churnDay[customer] : asOfDay;
    return std::max(end, data.customers.signupDay[customer]);
}

inline int Analysis::monthIndex(std::int32_t day) const
{
    const auto offset = std::int64_t(day) - m_monthTableFirstDay;
    if (offset >= 0 && offset < std::int64_t(m_monthOfDay.size()))
        return m_monthOfDay[size_t(offset)];
    return monthKey(day) - firstMonthKey;
}
