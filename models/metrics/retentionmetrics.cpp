#include "logranktest.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "survivalcomparison.h"

#include <cmath>

namespace {

std::vector<CurvePoint> curvePoints(const Stats::KaplanMeier &curve)
{
    std::vector<CurvePoint> points;
    points.reserve(curve.steps().size());
    for (const Stats::SurvivalStep &step : curve.steps()) {
        CurvePoint point;
        point.days = step.time;
        point.atRisk = step.atRisk;
        point.events = step.events;
        point.survival = step.survival;
        if (step.band.valid) {
            point.ciLow = step.band.low;
            point.ciHigh = step.band.high;
        }
        points.push_back(point);
    }
    return points;
}

} // namespace

namespace MetricGroups {

MetricGroup retention(const Analysis &analysis)
{
    const auto &social = analysis.retention[Analysis::social];
    const auto &control = analysis.retention[Analysis::control];
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];

    MetricGroup group;
    group.id = QStringLiteral("retention");
    // 3, 6 and 12 months as whole days (91, 183, 365).
    for (const auto &[name, days] :
         {std::pair {"retention_3m", 91.0}, std::pair {"retention_6m", 183.0},
          std::pair {"retention_12m", 365.0}}) {
        group.rows.push_back(MetricRows::fromSurvival(
            QLatin1String(name), Stats::compareSurvivalAt(social, control, days),
            social.bandAt(days), control.bandAt(days), nSocial, nControl));
    }

    const Stats::LogRankResult logRank = Stats::logRankTest(social, control);
    MetricRow logRankRow = MetricRows::descriptive(
        QStringLiteral("logrank"), QStringLiteral("churned customers"),
        logRank.valid ? std::optional<double>(double(logRank.socialObserved)) : std::nullopt,
        logRank.valid ? std::optional<double>(double(logRank.controlObserved)) : std::nullopt,
        nSocial, nControl);
    logRankRow.difference.reset();
    logRankRow.lift.reset();
    if (logRank.test.valid) {
        logRankRow.statistic = logRank.test.statistic;
        logRankRow.statisticName = QStringLiteral("chi-square");
        logRankRow.pValue = logRank.test.pValue;
    }
    logRankRow.warning
        = MetricRows::warningText(logRank.warnings, logRank.test.valid, nSocial, nControl);
    group.rows.push_back(logRankRow);

    const Stats::RestrictedMeanDifference rmst
        = Stats::compareRestrictedMeans(social, control, analysis.horizonDays());
    group.rows.push_back(
        MetricRows::fromRestrictedMeans(QStringLiteral("rmst_months"), QStringLiteral("months"),
                                        rmst, 1.0 / Analysis::daysPerMonth, nSocial, nControl));

    // Revenue retained = RMST difference (months) × mean monthly revenue ×
    // social cohort size (SPEC section 4, metric 1).
    const double revenue = analysis.meanMonthlyRevenue[Analysis::social];
    const MetricRow &rmstRow = group.rows.back();
    if (rmstRow.difference && !std::isnan(revenue)) {
        const double scale = revenue * double(nSocial);
        group.value = *rmstRow.difference * scale;
        group.valueLow
            = rmstRow.ciLow ? std::optional<double>(*rmstRow.ciLow * scale) : group.value;
        group.valueHigh
            = rmstRow.ciHigh ? std::optional<double>(*rmstRow.ciHigh * scale) : group.value;
    }

    group.socialCurve = curvePoints(social);
    group.controlCurve = curvePoints(control);

    PerMonth churned = emptyPerMonth(analysis);
    const CustomerColumns &customers = analysis.data.customers;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        if (cohort < 0 || !analysis.isChurned(i))
            continue;
        const int month = analysis.monthIndex(customers.churnDay[i]);
        if (month >= 0 && month < analysis.monthCount())
            churned[size_t(cohort)][size_t(month)] += 1;
    }
    group.series.push_back(rateSeries(analysis, QStringLiteral("churn_rate"),
                                      QStringLiteral("per customer-month"), churned));
    return group;
}

} // namespace MetricGroups
