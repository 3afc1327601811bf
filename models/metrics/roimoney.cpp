// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgroups.h"
#include "valueinfluence.h"

#include <algorithm>
#include <cmath>

namespace MetricGroups {

namespace {

constexpr double z95 = 1.959963984540054;

double exposureMonths(const Analysis &analysis, std::size_t customer)
{
    return (analysis.endDay(customer) - analysis.data.customers.signupDay[customer] + 1)
        / Analysis::daysPerMonth;
}

// The ROI and its interval from the value's (the cost is known).
void setRoiFromValue(RoiSummary &roi)
{
    if (!(roi.cost > 0))
        return;
    roi.roi = roi.net / roi.cost;
    roi.roiLow = (roi.valueLow - roi.cost) / roi.cost;
    roi.roiHigh = (roi.valueHigh - roi.cost) / roi.cost;
}

} // namespace

void setGroupValue(MetricGroup &group, const MoneyEstimate &money)
{
    if (!money.valid || !std::isfinite(money.value))
        return;
    group.value = money.value;
    group.valueLow = money.value - z95 * money.standardError;
    group.valueHigh = money.value + z95 * money.standardError;
}

double socialMonthsInWindow(const Analysis &analysis)
{
    double days = 0;
    for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
        if (analysis.cohortOf[i] == Analysis::social)
            days += analysis.windowOverlapDays(analysis.data.customers.signupDay[i],
                                               analysis.endDay(i));
    }
    return days / Analysis::daysPerMonth;
}

MoneyEstimate exposureMoney(const Analysis &analysis, const std::vector<double> &amount,
                            double scale, ValueInfluence *influence)
{
    std::array<double, 2> amounts {}, months {};
    for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        if (cohort < 0)
            continue;
        amounts[size_t(cohort)] += amount[i];
        months[size_t(cohort)] += exposureMonths(analysis, i);
    }
    MoneyEstimate money;
    if (!(months[Analysis::social] > 0) || !(months[Analysis::control] > 0))
        return money;
    const double socialRate = amounts[Analysis::social] / months[Analysis::social];
    const double controlRate = amounts[Analysis::control] / months[Analysis::control];
    const double windowMonths = socialMonthsInWindow(analysis);
    money.valid = true;
    money.value = scale * (socialRate - controlRate) * windowMonths;
    money.socialRate = socialRate;
    money.controlRate = controlRate;

    // d(total)/d(weight of i): a ratio estimator's influence is
    // (amount - rate × months) / total months.
    double squares = 0, rateSquares = 0;
    for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        if (cohort < 0)
            continue;
        const bool social = cohort == Analysis::social;
        const double rate = social ? socialRate : controlRate;
        const double total = months[size_t(cohort)];
        const double one = (social ? 1.0 : -1.0) * scale * windowMonths
            * (amount[i] - rate * exposureMonths(analysis, i)) / total;
        squares += one * one;
        const double onRate = (amount[i] - rate * exposureMonths(analysis, i)) / total;
        rateSquares += onRate * onRate;
        if (influence)
            influence->add(i, one);
    }
    money.standardError = std::sqrt(squares);
    money.rateStandardError = std::sqrt(rateSquares);
    return money;
}

RoiSummary roiSummary(const Analysis &analysis, const std::vector<MetricGroup> &groups,
                      const ValueInfluence &influence)
{
    RoiSummary roi;
    roi.horizonMonths = analysis.assumptions.horizonMonths;
    roi.currency = analysis.assumptions.currency;
    roi.margin = analysis.assumptions.contributionMargin;
    roi.annualDiscountRate = analysis.assumptions.annualDiscountRate;
    roi.method = analysis.filters.method;
    roi.windowFrom = QDate::fromJulianDay(analysis.windowFromDay);
    roi.windowTo = QDate::fromJulianDay(analysis.windowToDay);
    roi.windowMonths = analysis.windowMonths();
    for (const MetricGroup &group : groups) {
        // Saves sit inside retention and self-service inside operational
        // cost; relationship describes customers and claims no money.
        if (!group.includedIn.isEmpty() || group.id == QLatin1String("relationship"))
            continue;
        RoiComponent component;
        component.id = group.id;
        component.value = group.value.value_or(0.0);
        component.low = group.valueLow.value_or(component.value);
        component.high = group.valueHigh.value_or(component.value);
        component.entered = group.id == QLatin1String("process_innovation");
        roi.components.push_back(component);
        roi.value += component.value;
    }
    const double spread = z95 * std::sqrt(influence.variance());
    roi.valueLow = roi.value - spread;
    roi.valueHigh = roi.value + spread;
    roi.costShare = analysis.programmeShare;
    roi.filtered = analysis.filtered;
    roi.costAllocation = analysis.assumptions.programmeAllocation;
    roi.cost = analysis.assumptions.programmeCostPerMonth * roi.windowMonths * roi.costShare;
    roi.net = roi.value - roi.cost;
    setRoiFromValue(roi);
    return roi;
}

void keepPartsInsideTheirWhole(std::vector<MetricGroup> &groups)
{
    for (MetricGroup &part : groups) {
        // Saves are valued over the saved customers' remaining lifetime,
        // retention over the window: not a share of the same amount, so
        // "inside" means only "never added twice" there.
        if (part.includedIn.isEmpty() || !part.value || part.id == QLatin1String("saves"))
            continue;
        const auto whole = std::find_if(groups.begin(), groups.end(), [&part](const auto &group) {
            return group.id == part.includedIn;
        });
        if (whole == groups.end())
            continue;
        // The part's estimate on its own (e.g. the phone contacts deflected
        // at the phone's cost) can exceed the whole's (the net difference of
        // every channel's cost, where the social team's own replies cost
        // more): the part shown inside is then what the whole holds.
        const double total = whole->value.value_or(0.0);
        const double low = std::min(0.0, total);
        const double high = std::max(0.0, total);
        const double value = *part.value;
        if (value >= low && value <= high)
            continue;
        part.valueAlone = value;
        part.value = std::clamp(value, low, high);
        if (part.valueLow)
            part.valueLow = std::clamp(*part.valueLow, low, high);
        if (part.valueHigh)
            part.valueHigh = std::clamp(*part.valueHigh, low, high);
        Q_ASSERT(std::abs(*part.value) <= std::abs(total));
    }
}

void applyBootstrap(RoiSummary &roi, const RoiBootstrap::Result &bootstrap)
{
    if (!bootstrap.isUsable())
        return;
    double entered = 0;
    for (const RoiComponent &component : roi.components) {
        if (component.entered)
            entered += component.value;
    }
    // The replicates value what the data says; the entered figures are
    // added as they are.
    const double measured = roi.value - entered;
    roi.valueLow = bootstrap.lowAround(measured) + entered;
    roi.valueHigh = bootstrap.highAround(measured) + entered;
    roi.interval = RoiInterval::Bootstrap;
    roi.bootstrapReplicates = bootstrap.replicates;
    roi.bootstrapCustomers = qint64(bootstrap.population);
    roi.bootstrapDrawn = qint64(bootstrap.drawn);
    if (roi.roi)
        setRoiFromValue(roi);
}

} // namespace MetricGroups
