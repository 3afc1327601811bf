// SPDX-License-Identifier: GPL-3.0-or-later
#include "roisensitivity.h"

#include <algorithm>
#include <limits>

namespace {

using L = QLatin1String;

// Reads and writes one varied assumption as a number. Months and days are
// whole numbers in the project, so their tried values are rounded (a 12-month
// horizon is tried at 10 and 14 months) and reported as tried.
struct Knob
{
    QLatin1String key;
    bool whole;
    double (*get)(const Assumptions &);
    void (*set)(Assumptions &, double);
};

template<int channel>
Knob contactCost(QLatin1String key)
{
    return {key, false, [](const Assumptions &a) { return a.costPerContact[size_t(channel)]; },
            [](Assumptions &a, double value) { a.costPerContact[size_t(channel)] = value; }};
}

const std::vector<Knob> &knobs()
{
    static const std::vector<Knob> list = {
        contactCost<int(Channel::Phone)>(L("cost_per_contact_phone")),
        contactCost<int(Channel::Social)>(L("cost_per_contact_social")),
        contactCost<int(Channel::SelfService)>(L("cost_per_contact_self_service")),
        contactCost<int(Channel::Email)>(L("cost_per_contact_email")),
        contactCost<int(Channel::Chat)>(L("cost_per_contact_chat")),
        {L("staff_hourly_cost"), false, [](const Assumptions &a) { return a.staffHourlyCost; },
         [](Assumptions &a, double value) { a.staffHourlyCost = value; }},
        {L("programme_cost_per_month"), false,
         [](const Assumptions &a) { return a.programmeCostPerMonth; },
         [](Assumptions &a, double value) { a.programmeCostPerMonth = value; }},
        {L("horizon_months"), true, [](const Assumptions &a) { return double(a.horizonMonths); },
         [](Assumptions &a, double value) { a.horizonMonths = int(value); }},
        {L("save_window_days"), true, [](const Assumptions &a) { return double(a.saveWindowDays); },
         [](Assumptions &a, double value) { a.saveWindowDays = int(value); }},
        {L("annual_discount_rate"), false,
         [](const Assumptions &a) { return a.annualDiscountRate; },
         [](Assumptions &a, double value) { a.annualDiscountRate = value; }},
        {L("value_of_promoter"), false, [](const Assumptions &a) { return a.valueOfPromoter; },
         [](Assumptions &a, double value) { a.valueOfPromoter = value; }},
        // Unset, revenue counts in full: varied around 100 %, capped there.
        {L("contribution_margin"), false, [](const Assumptions &a) { return a.revenueToValue(); },
         [](Assumptions &a, double value) { a.contributionMargin = std::min(value, 1.0); }},
    };
    return list;
}

double tried(const Knob &knob, double base, double factor)
{
    const double value = base * factor;
    // At least one month or day: the engine divides by neither, but a zero
    // horizon is not an assumption anyone could hold.
    return knob.whole ? std::max(1.0, std::round(value)) : value;
}

double measured(const RoiSummary &roi, RoiSensitivity::Measure measure)
{
    if (measure == RoiSensitivity::Measure::NetValue)
        return roi.net;
    return roi.roi ? *roi.roi : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::vector<QLatin1String> RoiSensitivityAnalysis::variedKeys()
{
    std::vector<QLatin1String> keys;
    for (const Knob &knob : knobs())
        keys.push_back(knob.key);
    return keys;
}

RoiSensitivityAnalysis::Outcome
RoiSensitivityAnalysis::compute(MetricEngine &engine, const MetricFilters &filters, double step,
                                const MetricEngine::CancelCheck &isCancelled)
{
    Outcome outcome;
    Assumptions project;
    MetricEngine::Outcome base = engine.computeWith(
        filters, [&project](Assumptions &a) { project = a; }, isCancelled);
    if (!base.ok) {
        outcome.cancelled = base.cancelled;
        outcome.error = base.error;
        return outcome;
    }
    RoiSensitivity &result = outcome.sensitivity;
    result.step = step;
    result.currency = base.result.roi.currency;
    result.filters = base.result.filters;
    // With no programme cost there is no ROI; the net value (= value) still
    // answers to every assumption but the cost.
    result.measure
        = base.result.roi.roi ? RoiSensitivity::Measure::Roi : RoiSensitivity::Measure::NetValue;
    result.base = measured(base.result.roi, result.measure);

    // The resolved filters pin the as-of date, so every variant analyses the
    // same customers even if the data's latest date were to move.
    const MetricFilters resolved = base.result.filters;
    for (const Knob &knob : knobs()) {
        SensitivityRow row;
        row.assumption = knob.key;
        row.base = knob.get(project);
        row.low = tried(knob, row.base, 1.0 - step);
        row.high = tried(knob, row.base, 1.0 + step);
        for (const bool high : {false, true}) {
            const double value = high ? row.high : row.low;
            MetricEngine::Outcome variant = engine.computeWith(
                resolved, [&knob, value](Assumptions &a) { knob.set(a, value); }, isCancelled);
            if (!variant.ok) {
                outcome.cancelled = variant.cancelled;
                outcome.error = variant.error;
                return outcome;
            }
            (high ? row.outcomeHigh : row.outcomeLow)
                = measured(variant.result.roi, result.measure);
        }
        result.rows.push_back(row);
    }
    std::stable_sort(
        result.rows.begin(), result.rows.end(),
        [](const SensitivityRow &a, const SensitivityRow &b) { return a.swing() > b.swing(); });
    outcome.ok = true;
    return outcome;
}
