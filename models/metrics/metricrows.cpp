// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrows.h"

#include "distributions.h"

#include <QCoreApplication>

#include <cmath>

namespace {

std::optional<double> finiteOrNull(double value)
{
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// A relative lift a manager can repeat: over a positive baseline and at
// most ten-fold. Over a baseline near zero "+1,956 %" says only that the
// baseline was small; the difference says what happened.
constexpr double largestLift = 10;

std::optional<double> readableLift(std::optional<double> control, double lift)
{
    if (!control || !(*control > 0) || !std::isfinite(lift) || std::abs(lift) > largestLift)
        return std::nullopt;
    return lift;
}

void setDifference(MetricRow &row, double difference, bool liftValid, double lift,
                   const Stats::Interval &interval, const Stats::TestResult &test,
                   const char *statisticName)
{
    row.difference = finiteOrNull(difference);
    if (liftValid)
        row.lift = readableLift(row.control, lift);
    if (interval.valid) {
        row.ciLow = finiteOrNull(interval.low);
        row.ciHigh = finiteOrNull(interval.high);
    }
    if (test.valid) {
        row.statistic = finiteOrNull(test.statistic);
        row.pValue = finiteOrNull(test.pValue);
        row.statisticName = QLatin1String(statisticName);
    }
}

void setCohortInterval(MetricRow &row, int cohort, const Stats::Interval &interval)
{
    if (!interval.valid)
        return;
    (cohort == 0 ? row.socialLow : row.controlLow) = finiteOrNull(interval.low);
    (cohort == 0 ? row.socialHigh : row.controlHigh) = finiteOrNull(interval.high);
}

// Wald interval of one Poisson rate, not below 0.
Stats::Interval rateInterval(const Stats::PoissonCounts &counts, double rate)
{
    if (counts.exposure <= 0)
        return {};
    const double margin = Stats::normalCriticalValue(Stats::defaultConfidenceLevel)
        * std::sqrt(double(counts.events)) / counts.exposure;
    return {counts.events > 0, std::max(0.0, rate - margin), rate + margin};
}

// t interval of one mean.
Stats::Interval meanInterval(const Stats::SummaryStatistics &summary)
{
    if (summary.count < 2)
        return {};
    const double margin
        = Stats::studentCriticalValue(Stats::defaultConfidenceLevel, double(summary.count - 1))
        * std::sqrt(summary.variance / double(summary.count));
    return {margin > 0, summary.mean - margin, summary.mean + margin};
}

} // namespace

namespace MetricRows {

QString warningText(const Stats::SampleWarnings &warnings, bool valid, qint64 socialCount,
                    qint64 controlCount)
{
    QStringList sentences;
    if (!valid || socialCount == 0 || controlCount == 0) {
        sentences << QCoreApplication::translate(
            "MetricWarnings", "Not enough data in one of the cohorts to estimate this.");
    } else {
        if (warnings.smallSample)
            sentences << QCoreApplication::translate(
                "MetricWarnings", "Fewer than 30 in a cohort: too few to draw a conclusion.");
        if (warnings.smallExpectedCount)
            sentences << QCoreApplication::translate(
                "MetricWarnings",
                "Some of the groups compared hold too few customers for a reliable comparison.");
        if (warnings.fewAtRisk)
            sentences << QCoreApplication::translate(
                "MetricWarnings", "Fewer than 5 customers are still observed at this point.");
        if (warnings.beyondFollowUp)
            sentences << QCoreApplication::translate(
                "MetricWarnings",
                "The data do not reach this far; the last observed value is carried forward.");
        if (warnings.intervalSpansZero)
            sentences << QCoreApplication::translate(
                "MetricWarnings",
                "The interval includes zero: the data cannot tell the cohorts apart.");
    }
    return sentences.join(QLatin1Char(' '));
}

MetricRow fromSurvival(const QString &name, const Stats::SurvivalDifference &result,
                       const Stats::Interval &socialBand, const Stats::Interval &controlBand,
                       qint64 socialCustomers, qint64 controlCustomers)
{
    MetricRow row;
    row.name = name;
    row.unit = QStringLiteral("share");
    row.nSocial = socialCustomers;
    row.nControl = controlCustomers;
    if (result.valid) {
        row.social = finiteOrNull(result.socialSurvival);
        row.control = finiteOrNull(result.controlSurvival);
        setCohortInterval(row, 0, socialBand);
        setCohortInterval(row, 1, controlBand);
        setDifference(row, result.difference, result.liftValid, result.lift,
                      result.differenceInterval, result.test, "z");
    }
    row.warning = warningText(result.warnings, result.valid, socialCustomers, controlCustomers);
    return row;
}

MetricRow fromRestrictedMeans(const QString &name, const QString &unit,
                              const Stats::RestrictedMeanDifference &result, double scale,
                              qint64 socialCustomers, qint64 controlCustomers)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.nSocial = socialCustomers;
    row.nControl = controlCustomers;
    if (result.valid) {
        row.social = finiteOrNull(result.social.mean * scale);
        row.control = finiteOrNull(result.control.mean * scale);
        Stats::Interval interval = result.differenceInterval;
        interval.low *= scale;
        interval.high *= scale;
        setDifference(row, result.difference * scale, result.liftValid, result.lift, interval,
                      result.test, "z");
    }
    row.warning = warningText(result.warnings, result.valid, socialCustomers, controlCustomers);
    return row;
}

MetricRow fromProportions(const QString &name, const Stats::ProportionComparison &result)
{
    MetricRow row;
    row.name = name;
    row.unit = QStringLiteral("share");
    row.nSocial = result.social.counts.total;
    row.nControl = result.control.counts.total;
    if (result.valid) {
        row.social = finiteOrNull(result.social.proportion);
        row.control = finiteOrNull(result.control.proportion);
        setCohortInterval(row, 0, result.social.interval);
        setCohortInterval(row, 1, result.control.interval);
        setDifference(row, result.difference, result.liftValid, result.lift,
                      result.differenceInterval, result.test, "z");
    }
    row.warning = warningText(result.warnings, result.valid, row.nSocial, row.nControl);
    return row;
}

MetricRow fromRates(const QString &name, const QString &unit, const Stats::RateComparison &result,
                    qint64 socialCustomers, qint64 controlCustomers)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.nSocial = socialCustomers;
    row.nControl = controlCustomers;
    if (result.valid) {
        row.social = finiteOrNull(result.socialRate);
        row.control = finiteOrNull(result.controlRate);
        setCohortInterval(row, 0, rateInterval(result.social, result.socialRate));
        setCohortInterval(row, 1, rateInterval(result.control, result.controlRate));
        setDifference(row, result.difference, result.liftValid, result.lift,
                      result.differenceInterval, result.test, "z");
        if (result.ratioValid) {
            row.ratio = finiteOrNull(result.ratio);
            if (result.ratioInterval.valid) {
                row.ratioCiLow = finiteOrNull(result.ratioInterval.low);
                row.ratioCiHigh = finiteOrNull(result.ratioInterval.high);
            }
        }
    }
    Stats::SampleWarnings warnings = result.warnings;
    warnings.smallSample = socialCustomers < 30 || controlCustomers < 30;
    row.warning = warningText(warnings, result.valid, socialCustomers, controlCustomers);
    return row;
}

MetricRow fromMeans(const QString &name, const QString &unit, const Stats::MeanComparison &result)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.nSocial = result.social.count;
    row.nControl = result.control.count;
    if (result.valid) {
        row.social = finiteOrNull(result.social.mean);
        row.control = finiteOrNull(result.control.mean);
        setCohortInterval(row, 0, meanInterval(result.social));
        setCohortInterval(row, 1, meanInterval(result.control));
        setDifference(row, result.difference, result.liftValid, result.lift,
                      result.differenceInterval, result.test, "t");
    }
    row.warning = warningText(result.warnings, result.valid, row.nSocial, row.nControl);
    return row;
}

MetricRow fromNps(const QString &name, const Stats::NpsComparison &result)
{
    MetricRow row;
    row.name = name;
    row.unit = QStringLiteral("points");
    row.nSocial = result.social.counts.total();
    row.nControl = result.control.counts.total();
    if (result.valid) {
        row.social = finiteOrNull(result.social.nps);
        row.control = finiteOrNull(result.control.nps);
        setCohortInterval(row, 0, result.social.interval);
        setCohortInterval(row, 1, result.control.interval);
        setDifference(row, result.difference, false, 0.0, result.differenceInterval, result.test,
                      "z");
    }
    row.warning = warningText(result.warnings, result.valid, row.nSocial, row.nControl);
    return row;
}

MetricRow total(const QString &name, const QString &unit, double social, double control,
                qint64 socialCustomers, qint64 controlCustomers)
{
    MetricRow row = descriptive(name, unit, social, control, socialCustomers, controlCustomers);
    row.difference.reset();
    row.lift.reset();
    return row;
}

MetricRow fromEstimate(const QString &name, const QString &unit, const EffectEstimate &estimate,
                       qint64 treatedCustomers, qint64 controlCustomers, bool withLift)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.nSocial = treatedCustomers;
    row.nControl = controlCustomers;
    row.estimated = true;
    Stats::SampleWarnings warnings;
    if (estimate.valid) {
        row.social = finiteOrNull(estimate.treated);
        row.control = finiteOrNull(estimate.control);
        const double z = Stats::normalCriticalValue(Stats::defaultConfidenceLevel);
        setCohortInterval(row, 0,
                          {estimate.treatedStandardError > 0,
                           estimate.treated - z * estimate.treatedStandardError,
                           estimate.treated + z * estimate.treatedStandardError});
        setCohortInterval(row, 1,
                          {estimate.controlStandardError > 0,
                           estimate.control - z * estimate.controlStandardError,
                           estimate.control + z * estimate.controlStandardError});
        const Stats::NormalInference inference = Stats::normalInference(
            estimate.difference, estimate.standardError, Stats::defaultConfidenceLevel);
        const bool liftValid = withLift && estimate.control != 0;
        setDifference(row, estimate.difference, liftValid,
                      liftValid ? estimate.difference / estimate.control : 0.0, inference.interval,
                      inference.test, "z");
        if (liftValid && estimate.treated >= 0 && estimate.control > 0)
            row.ratio = finiteOrNull(estimate.treated / estimate.control);
        warnings.intervalSpansZero = !inference.interval.valid || inference.interval.spansZero();
    }
    warnings.smallSample = treatedCustomers < 30 || controlCustomers < 30;
    row.warning = warningText(warnings, estimate.valid, treatedCustomers, controlCustomers);
    return row;
}

void labelAsComparison(MetricRow &row)
{
    const QString text = QCoreApplication::translate(
        "MetricWarnings",
        "Compared from signup, everyone ever in touch with the social care team against everyone "
        "else: not estimated from the first social contact, so not an effect.");
    row.warning = row.warning.isEmpty() ? text : row.warning + QLatin1Char(' ') + text;
}

MetricRow descriptive(const QString &name, const QString &unit, std::optional<double> social,
                      std::optional<double> control, qint64 socialCustomers,
                      qint64 controlCustomers, const QString &warning)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.social = social && std::isfinite(*social) ? social : std::nullopt;
    row.control = control && std::isfinite(*control) ? control : std::nullopt;
    if (row.social && row.control) {
        row.difference = *row.social - *row.control;
        if (*row.control != 0)
            row.lift = readableLift(row.control, *row.difference / *row.control);
    }
    row.nSocial = socialCustomers;
    row.nControl = controlCustomers;
    row.warning = warning;
    return row;
}

} // namespace MetricRows
