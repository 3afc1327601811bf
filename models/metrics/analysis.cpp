// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

std::int32_t monthKey(std::int32_t julianDay)
{
    // The civil calendar from a day count (the inverse of parseIsoDay), in
    // integer arithmetic: this runs once per event, QDate would cost 5x more.
    const int days = julianDay - 2440588 + 719468; // days since 0000-03-01
    const int era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = days - era * 146097;
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
    const int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const int year = yearOfEra + era * 400 + (month <= 2);
    return year * 12 + month - 1;
}

Analysis::Analysis(const ProjectData &projectData, const MetricFilters &requested)
    : Analysis(projectData, requested, projectData.assumptions)
{ }

Analysis::Analysis(const ProjectData &projectData, const MetricFilters &requested,
                   const Assumptions &used)
    : data(projectData)
    , assumptions(used)
    , filters(requested)
{
    if (!filters.asOf.isValid())
        filters.asOf = assumptions.asOfDate.isValid() ? assumptions.asOfDate
                                                      : QDate::fromJulianDay(data.latestDay);
    asOfDay = std::int32_t(filters.asOf.toJulianDay());
    findLaunchAndWindow();
    selectCustomers();
    measureExposure();
    estimateRetention();
}

QDate Analysis::monthStart(int index) const
{
    const int key = firstMonthKey + index;
    return QDate(key / 12, key % 12 + 1, 1);
}

void Analysis::findLaunchAndWindow()
{
    std::int32_t launch = std::numeric_limits<std::int32_t>::max();
    if (assumptions.programmeLaunchDate.isValid()) {
        launch = std::int32_t(assumptions.programmeLaunchDate.toJulianDay());
    } else {
        for (std::int32_t day : data.customers.firstSocialDay) {
            if (day >= 0)
                launch = std::min(launch, day);
        }
        const auto social = std::int8_t(Channel::Social);
        for (std::size_t c = 0; c < data.contacts.day.size(); ++c) {
            if (data.contacts.channel[c] == social)
                launch = std::min(launch, data.contacts.day[c]);
        }
    }
    const bool launchKnown = launch != std::numeric_limits<std::int32_t>::max();
    launchDay = launchKnown ? launch : asOfDay;
    launchFound = launchKnown;

    windowToDay = asOfDay;
    const QDate horizonStart = filters.asOf.addMonths(-assumptions.horizonMonths).addDays(1);
    horizonStartDay = std::int32_t(horizonStart.toJulianDay());
    windowFromDay = horizonStartDay;
    if (launchKnown)
        windowFromDay = std::min(asOfDay, std::max(launchDay, windowFromDay));
}

void Analysis::selectCustomers()
{
    const CustomerColumns &columns = data.customers;
    const std::size_t count = columns.size();
    cohortOf.assign(count, -1);

    // The segment is a value of the segment column, or "name=value" of an
    // extra attribute kept from the user's file.
    int segmentCode = -2; // -2: no segment filter
    std::unordered_set<std::int32_t> attributeMatches;
    bool byAttribute = false;
    if (!filters.segment.isEmpty()) {
        const int equals = filters.segment.indexOf(QLatin1Char('='));
        if (equals > 0) {
            byAttribute = true;
            const auto matches = data.customersWithAttribute(
                filters.segment.left(equals).trimmed(), filters.segment.mid(equals + 1).trimmed());
            attributeMatches.insert(matches.begin(), matches.end());
        } else {
            segmentCode = int(columns.segmentNames.indexOf(filters.segment));
            if (segmentCode < 0)
                segmentCode = -3; // an unknown segment matches nobody
        }
    }
    const std::int32_t fromDay = filters.from.isValid() ? std::int32_t(filters.from.toJulianDay())
                                                        : std::numeric_limits<std::int32_t>::min();
    const std::int32_t toDay = filters.to.isValid() ? std::int32_t(filters.to.toJulianDay())
                                                    : std::numeric_limits<std::int32_t>::max();

    filtered = segmentCode != -2 || byAttribute || filters.from.isValid() || filters.to.isValid();
    qint64 projectSocial = 0;
    qint64 projectCustomers = 0;
    double projectRevenue = 0;
    qint64 projectRevenueCount = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::int32_t signup = columns.signupDay[i];
        if (signup <= asOfDay) {
            ++projectCustomers;
            projectSocial += columns.social[i] ? 1 : 0;
            if (!std::isnan(columns.monthlyRevenue[i])) {
                projectRevenue += columns.monthlyRevenue[i];
                ++projectRevenueCount;
            }
        }
        if (signup > asOfDay || signup < fromDay || signup > toDay)
            continue;
        if (segmentCode != -2 && columns.segment[i] != segmentCode)
            continue;
        if (byAttribute && !attributeMatches.count(std::int32_t(i)))
            continue;
        const int cohort = columns.social[i] ? social : control;
        cohortOf[i] = std::int8_t(cohort);
        ++customers[size_t(cohort)];
    }
    if (filtered) {
        switch (assumptions.programmeAllocation) {
        case Assumptions::ProgrammeAllocation::SocialCustomers:
            programmeShare
                = projectSocial > 0 ? double(customers[social]) / double(projectSocial) : 0.0;
            break;
        case Assumptions::ProgrammeAllocation::AllCustomers:
            programmeShare = projectCustomers > 0
                ? double(customers[social] + customers[control]) / double(projectCustomers)
                : 0.0;
            break;
        case Assumptions::ProgrammeAllocation::Whole:
            programmeShare = 1;
            break;
        }
    }
    projectMeanMonthlyRevenue = projectRevenueCount > 0
        ? projectRevenue / double(projectRevenueCount)
        : std::numeric_limits<double>::quiet_NaN();
}

void Analysis::measureExposure()
{
    const CustomerColumns &columns = data.customers;
    std::int32_t firstSignup = asOfDay;
    std::array<double, 2> revenueSum {};
    std::array<qint64, 2> revenueCount {};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const int cohort = cohortOf[i];
        if (cohort < 0)
            continue;
        firstSignup = std::min(firstSignup, columns.signupDay[i]);
        customerMonths[size_t(cohort)] += (endDay(i) - columns.signupDay[i] + 1) / daysPerMonth;
        if (!std::isnan(columns.monthlyRevenue[i])) {
            revenueSum[size_t(cohort)] += columns.monthlyRevenue[i];
            ++revenueCount[size_t(cohort)];
        }
    }
    for (int cohort : {social, control}) {
        meanMonthlyRevenue[size_t(cohort)] = revenueCount[size_t(cohort)] > 0
            ? revenueSum[size_t(cohort)] / double(revenueCount[size_t(cohort)])
            : std::numeric_limits<double>::quiet_NaN();
    }

    firstMonthKey = monthKey(firstSignup);
    // The days' months, from the first signup (at most a century back, as
    // a signup date far in the past would make a large table) to the as-of
    // date; days outside work theirs out.
    m_monthTableFirstDay = std::max(firstSignup, asOfDay - 36'525);
    m_monthOfDay.resize(size_t(std::max(0, asOfDay - m_monthTableFirstDay + 1)));
    for (std::size_t offset = 0; offset < m_monthOfDay.size(); ++offset)
        m_monthOfDay[offset]
            = monthKey(m_monthTableFirstDay + std::int32_t(offset)) - firstMonthKey;

    // Customers active per day, by difference array, then summed per month.
    const int months = monthKey(asOfDay) - firstMonthKey + 1;
    const std::int32_t firstDay = firstSignup;
    const std::size_t days = size_t(asOfDay - firstDay + 2);
    for (int cohort : {social, control}) {
        std::vector<std::int64_t> change(days, 0);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (cohortOf[i] != cohort)
                continue;
            ++change[size_t(columns.signupDay[i] - firstDay)];
            --change[size_t(endDay(i) - firstDay + 1)];
        }
        std::vector<double> &exposure = monthlyExposure[size_t(cohort)];
        exposure.assign(size_t(std::max(months, 0)), 0.0);
        std::int64_t active = 0;
        for (std::size_t offset = 0; offset + 1 < days; ++offset) {
            active += change[offset];
            const int index = monthIndex(firstDay + std::int32_t(offset));
            if (index >= 0 && index < months)
                exposure[size_t(index)] += double(active) / daysPerMonth;
        }
    }
}

void Analysis::estimateRetention()
{
    // Tallies by day of relationship, per cohort: the curve is built from
    // (time, events, censored) counts, not from a million observations.
    std::array<std::vector<Stats::SurvivalTally>, 2> tallies;
    std::array<std::vector<std::int64_t>, 2> events;
    std::array<std::vector<std::int64_t>, 2> censored;
    const CustomerColumns &columns = data.customers;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const int cohort = cohortOf[i];
        if (cohort < 0)
            continue;
        const auto time = size_t(std::max(0, endDay(i) - columns.signupDay[i]));
        auto &eventCounts = events[size_t(cohort)];
        auto &censorCounts = censored[size_t(cohort)];
        if (eventCounts.size() <= time) {
            eventCounts.resize(time + 1, 0);
            censorCounts.resize(time + 1, 0);
        }
        if (isChurned(i))
            ++eventCounts[time];
        else
            ++censorCounts[time];
    }
    for (int cohort : {social, control}) {
        for (std::size_t time = 0; time < events[size_t(cohort)].size(); ++time) {
            const std::int64_t eventCount = events[size_t(cohort)][time];
            const std::int64_t censorCount = censored[size_t(cohort)][time];
            if (eventCount > 0 || censorCount > 0)
                tallies[size_t(cohort)].push_back({double(time), eventCount, censorCount});
        }
        retention[size_t(cohort)] = Stats::KaplanMeier::fromTallies(tallies[size_t(cohort)]);
    }
}
