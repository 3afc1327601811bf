// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "proportioncomparison.h"

#include <cmath>

namespace MetricGroups {

PerMonth emptyPerMonth(const Analysis &analysis)
{
    const auto months = size_t(analysis.monthCount());
    return {std::vector<double>(months, 0.0), std::vector<double>(months, 0.0)};
}

MonthlySeries rateSeries(const Analysis &analysis, const QString &name, const QString &unit,
                         const PerMonth &events)
{
    // Events per customer-month of the month, with a Wald interval
    // (rate ± z·sqrt(events)/exposure, not below 0).
    const double z = Stats::normalCriticalValue(Stats::defaultConfidenceLevel);
    MonthlySeries series {name, unit, {}};
    for (int month = 0; month < analysis.monthCount(); ++month) {
        MonthlyPoint point;
        point.month = analysis.monthStart(month);
        for (int cohort : {Analysis::social, Analysis::control}) {
            const double exposure = analysis.monthlyExposure[size_t(cohort)][size_t(month)];
            if (exposure <= 0)
                continue;
            const double count = events[size_t(cohort)][size_t(month)];
            const double rate = count / exposure;
            const double margin = z * std::sqrt(count) / exposure;
            auto &value = cohort == Analysis::social ? point.social : point.control;
            auto &low = cohort == Analysis::social ? point.socialLow : point.controlLow;
            auto &high = cohort == Analysis::social ? point.socialHigh : point.controlHigh;
            value = rate;
            low = std::max(0.0, rate - margin);
            high = rate + margin;
        }
        series.points.push_back(point);
    }
    return series;
}

MonthlySeries shareSeries(const Analysis &analysis, const QString &name, const PerMonth &successes,
                          const PerMonth &trials)
{
    MonthlySeries series {name, QStringLiteral("share"), {}};
    for (int month = 0; month < analysis.monthCount(); ++month) {
        MonthlyPoint point;
        point.month = analysis.monthStart(month);
        for (int cohort : {Analysis::social, Analysis::control}) {
            const auto total = std::int64_t(trials[size_t(cohort)][size_t(month)]);
            if (total <= 0)
                continue;
            const Stats::ProportionEstimate estimate = Stats::estimateProportion(
                {std::int64_t(successes[size_t(cohort)][size_t(month)]), total});
            if (!estimate.valid)
                continue;
            auto &value = cohort == Analysis::social ? point.social : point.control;
            auto &low = cohort == Analysis::social ? point.socialLow : point.controlLow;
            auto &high = cohort == Analysis::social ? point.socialHigh : point.controlHigh;
            value = estimate.proportion;
            low = estimate.interval.low;
            high = estimate.interval.high;
        }
        series.points.push_back(point);
    }
    return series;
}

double customerValueOverHorizon(const Analysis &analysis)
{
    const Stats::RestrictedMean months
        = analysis.retention[Analysis::social].restrictedMean(analysis.horizonDays());
    const double revenue = analysis.meanMonthlyRevenue[Analysis::social];
    if (!months.valid || std::isnan(revenue))
        return 0;
    return revenue * months.mean / Analysis::daysPerMonth;
}

void replaceRow(MetricGroup &group, MetricRow row)
{
    for (MetricRow &existing : group.rows) {
        if (existing.name == row.name) {
            existing = std::move(row);
            return;
        }
    }
    group.rows.push_back(std::move(row));
}

void labelComparisons(MetricGroup &group)
{
    for (MetricRow &row : group.rows) {
        // Totals kept as context show no difference and need no label.
        if (!row.estimated && row.difference)
            MetricRows::labelAsComparison(row);
    }
    // The monthly series set the cohorts as they are side by side, month by
    // month since signup: named so on their charts.
    for (MonthlySeries &series : group.series) {
        if (!series.name.startsWith(QLatin1String("naive_")))
            series.name.prepend(QLatin1String("naive_"));
    }
}

} // namespace MetricGroups
