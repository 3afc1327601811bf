// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"
#include "logranktest.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "sequentialtrials.h"
#include "survivalcomparison.h"
#include "valueinfluence.h"

#include <QCoreApplication>

#include <cmath>

namespace {

std::vector<CurvePoint> curvePoints(const SequentialTrials::Curve &curve)
{
    std::vector<CurvePoint> points;
    points.reserve(curve.steps.size());
    for (const SequentialTrials::Curve::Step &step : curve.steps) {
        CurvePoint point;
        point.days = step.day;
        // Weighted controls: the numbers at risk are weights, shown rounded.
        point.atRisk = qint64(std::llround(step.atRisk));
        point.events = qint64(std::llround(step.events));
        point.survival = step.survival;
        if (step.band.valid) {
            point.ciLow = step.band.low;
            point.ciHigh = step.band.high;
        }
        points.push_back(point);
    }
    return points;
}

Stats::SampleWarnings adjustedWarnings(const SequentialTrials &trials, bool defined,
                                       const Stats::Interval &interval, double atRiskTreated,
                                       double atRiskControl)
{
    Stats::SampleWarnings warnings;
    warnings.smallSample = trials.treated < Stats::smallSampleSize
        || trials.controlCustomers < Stats::smallSampleSize;
    warnings.beyondFollowUp = !defined;
    warnings.fewAtRisk = defined && (atRiskTreated < 5 || atRiskControl < 5);
    warnings.intervalSpansZero = !interval.valid || interval.spansZero();
    return warnings;
}

// A survival difference of the trials in the statistics layer's terms, so the
// rows read as every other survival row.
Stats::SurvivalDifference survivalDifference(const SequentialTrials &trials, int timeIndex)
{
    const SequentialTrials::Difference adjusted = trials.survivalAt(timeIndex);
    const double time = SequentialTrials::times[size_t(timeIndex)];
    Stats::SurvivalDifference result;
    result.valid = adjusted.valid;
    result.issue = adjusted.valid ? Stats::StatsIssue::None : Stats::StatsIssue::BeyondFollowUp;
    result.time = time;
    result.socialSurvival = adjusted.treated;
    result.controlSurvival = adjusted.control;
    result.difference = adjusted.difference;
    result.standardError = adjusted.standardError;
    const Stats::NormalInference inference = Stats::normalInference(
        adjusted.difference, adjusted.standardError, Stats::defaultConfidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.liftValid = adjusted.control > 0;
    result.lift = result.liftValid ? adjusted.difference / adjusted.control : 0;
    result.warnings = adjustedWarnings(trials, adjusted.valid, inference.interval,
                                       trials.treatedCurve().atRiskAt(time),
                                       trials.controlCurve().atRiskAt(time));
    return result;
}

Stats::RestrictedMeanDifference restrictedMeanDifference(const SequentialTrials &trials,
                                                         double horizon)
{
    const SequentialTrials::Difference adjusted = trials.restrictedMean();
    Stats::RestrictedMeanDifference result;
    result.valid = adjusted.valid;
    result.issue = adjusted.valid ? Stats::StatsIssue::None : Stats::StatsIssue::EmptyGroup;
    result.horizon = horizon;
    result.social.valid = adjusted.valid;
    result.social.mean = adjusted.treated;
    result.control.valid = adjusted.valid;
    result.control.mean = adjusted.control;
    result.difference = adjusted.difference;
    result.standardError = adjusted.standardError;
    const Stats::NormalInference inference = Stats::normalInference(
        adjusted.difference, adjusted.standardError, Stats::defaultConfidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.liftValid = adjusted.control > 0;
    result.lift = result.liftValid ? adjusted.difference / adjusted.control : 0;
    const bool defined
        = trials.treatedCurve().isDefinedAt(horizon) && trials.controlCurve().isDefinedAt(horizon);
    result.warnings = adjustedWarnings(trials, defined, inference.interval, 5, 5);
    return result;
}

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

// Churned customers per customer-month, by calendar month and cohort.
MonthlySeries churnRateSeries(const Analysis &analysis)
{
    MetricGroups::PerMonth churned = MetricGroups::emptyPerMonth(analysis);
    const CustomerColumns &customers = analysis.data.customers;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        if (cohort < 0 || !analysis.isChurned(i))
            continue;
        const int month = analysis.monthIndex(customers.churnDay[i]);
        if (month >= 0 && month < analysis.monthCount())
            churned[size_t(cohort)][size_t(month)] += 1;
    }
    return MetricGroups::rateSeries(analysis, QStringLiteral("churn_rate"),
                                    QStringLiteral("per customer-month"), churned);
}

} // namespace

namespace MetricGroups {

MetricGroup retention(const Analysis &analysis, ValueInfluence *influence)
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
    // social cohort size (SPEC section 4, metric 1), times the margin.
    const double revenue = analysis.meanMonthlyRevenue[Analysis::social];
    if (rmst.valid && !std::isnan(revenue) && nSocial > 0) {
        const double scale = revenue * double(nSocial) * analysis.assumptions.revenueToValue()
            / Analysis::daysPerMonth;
        MoneyEstimate money {true, rmst.difference * scale, 0};
        // All three factors vary from sample to sample. The RMST difference
        // brings its Kaplan–Meier variance (no per-customer influence: added
        // as independent); the cohort's mean revenue and its size bring each
        // customer's influence, as a customer-level bootstrap redraws both.
        // Without them the interval was 1.5 times too narrow against that
        // bootstrap (tst_roibootstrap).
        const double rmstVariance = std::pow(rmst.standardError * scale, 2);
        const CustomerColumns &customers = analysis.data.customers;
        qint64 withRevenue = 0;
        for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
            if (analysis.cohortOf[i] == Analysis::social
                && !std::isnan(customers.monthlyRevenue[i]))
                ++withRevenue;
        }
        const double analysed = double(nSocial + nControl);
        const double socialShare = double(nSocial) / analysed;
        double squares = 0;
        for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
            const int cohort = analysis.cohortOf[i];
            if (cohort < 0)
                continue;
            const bool isSocial = cohort == Analysis::social;
            // d value / d n × (how customer i moves n), with the sample size fixed.
            double one = money.value / double(nSocial) * ((isSocial ? 1.0 : 0.0) - socialShare);
            if (isSocial && !std::isnan(customers.monthlyRevenue[i]))
                one += money.value / revenue * (customers.monthlyRevenue[i] - revenue)
                    / double(withRevenue);
            squares += one * one;
            if (influence)
                influence->add(i, one);
        }
        money.standardError = std::sqrt(rmstVariance + squares);
        setGroupValue(group, money);
        if (influence)
            influence->addIndependentVariance(rmstVariance);
    }

    group.socialCurve = curvePoints(social);
    group.controlCurve = curvePoints(control);

    group.series.push_back(churnRateSeries(analysis));
    return group;
}

MetricGroup adjustedRetention(const Analysis &analysis, const SequentialTrials &trials,
                              ValueInfluence *influence)
{
    const qint64 nTreated = trials.treated;
    const qint64 nControl = trials.controlCustomers;
    MetricGroup group;
    group.id = QStringLiteral("retention");
    const char *const names[] = {"retention_3m", "retention_6m", "retention_12m"};
    for (int t = 0; t < 3; ++t) {
        const double days = SequentialTrials::times[size_t(t)];
        group.rows.push_back(
            MetricRows::fromSurvival(QLatin1String(names[t]), survivalDifference(trials, t),
                                     trials.treatedCurve().bandAt(days),
                                     trials.controlCurve().bandAt(days), nTreated, nControl));
    }

    if (trials.riskRatioValid) {
        MetricRow &twelveMonths = group.rows[2];
        twelveMonths.eValue = Stats::eValue(trials.riskRatio);
        twelveMonths.eValueLimit
            = Stats::eValueForInterval(trials.riskRatio, trials.riskRatioLow, trials.riskRatioHigh);
    }

    // The log-rank test assumes unweighted, independent subjects; with
    // weighted controls used in several trials the rows above carry the test.
    MetricRow churned = MetricRows::descriptive(
        QStringLiteral("logrank"), QStringLiteral("churned customers"),
        trials.treatedCurve().eventWeight, trials.controlCurve().eventWeight, nTreated, nControl,
        QCoreApplication::translate(
            "MetricWarnings",
            "Customers who left after their first social contact, and among the similar "
            "customers compared (weighted). These two counts are not compared with each other: "
            "the retention rows above say whether the two sides differ."));
    churned.difference.reset();
    churned.lift.reset();
    group.rows.push_back(churned);

    const double horizon = analysis.horizonDays();
    group.rows.push_back(
        MetricRows::fromRestrictedMeans(QStringLiteral("rmst_months"), QStringLiteral("months"),
                                        restrictedMeanDifference(trials, horizon),
                                        1.0 / Analysis::daysPerMonth, nTreated, nControl));
    for (MetricRow &row : group.rows)
        row.estimated = row.name != QLatin1String("logrank");

    // The naive comparison, kept and named, beside the estimate.
    const auto &naiveSocial = analysis.retention[Analysis::social];
    const auto &naiveControl = analysis.retention[Analysis::control];
    MetricRow naive = MetricRows::fromSurvival(
        QStringLiteral("naive_retention_12m"),
        Stats::compareSurvivalAt(naiveSocial, naiveControl, 365.0), naiveSocial.bandAt(365.0),
        naiveControl.bandAt(365.0), analysis.customers[Analysis::social],
        analysis.customers[Analysis::control]);
    naive.warning = QCoreApplication::translate(
        "MetricWarnings",
        "Naive comparison: everyone ever in touch with the social care team against everyone else, "
        "from signup. Customers who left early never had the chance to reach the social care team, "
        "and those who choose it differ from the others, so this is not an effect.");
    group.rows.push_back(naive);

    // Revenue kept inside the ROI window: the customer-months the social
    // team kept there × mean monthly revenue of the customers compared ×
    // the margin. Saves are part of it (a saved customer is a retained one).
    const SequentialTrials::WindowGain gain = trials.windowGain();
    if (gain.valid && !std::isnan(trials.meanTreatedRevenue)) {
        const double scale = trials.meanTreatedRevenue * analysis.assumptions.revenueToValue();
        setGroupValue(group, {true, gain.months * scale, gain.standardError * scale});
        if (influence)
            trials.addWindowGainInfluence(influence->perCustomer(), scale);
    }

    group.socialCurve = curvePoints(trials.treatedCurve());
    group.controlCurve = curvePoints(trials.controlCurve());
    group.naiveSocialCurve = curvePoints(naiveSocial);
    group.naiveControlCurve = curvePoints(naiveControl);
    // Churn by calendar month per cohort is a comparison from signup (the
    // social cohort cannot churn before it reaches the team): named as such.
    MonthlySeries churn = churnRateSeries(analysis);
    churn.name = QStringLiteral("naive_churn_rate");
    group.series.push_back(churn);
    return group;
}

} // namespace MetricGroups
