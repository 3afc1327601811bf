// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meancomparison.h"
#include "metricresult.h"
#include "netpromoterscore.h"
#include "proportioncomparison.h"
#include "ratecomparison.h"
#include "standardizedratio.h"
#include "survivalcomparison.h"

// Turn the statistics layer's results into MetricRows: numbers where they are
// valid, null where they are not, and the warnings as plain sentences.
namespace MetricRows {

MetricRow fromSurvival(const QString &name, const Stats::SurvivalDifference &result,
                       const Stats::Interval &socialBand, const Stats::Interval &controlBand,
                       qint64 socialCustomers, qint64 controlCustomers);
// RMST in the unit given; `scale` converts the days of the curves (1/30.4375 for months).
MetricRow fromRestrictedMeans(const QString &name, const QString &unit,
                              const Stats::RestrictedMeanDifference &result, double scale,
                              qint64 socialCustomers, qint64 controlCustomers);
MetricRow fromProportions(const QString &name, const Stats::ProportionComparison &result);
MetricRow fromRates(const QString &name, const QString &unit, const Stats::RateComparison &result,
                    qint64 socialCustomers, qint64 controlCustomers);
MetricRow fromMeans(const QString &name, const QString &unit, const Stats::MeanComparison &result);
// The NPS difference in points: no relative lift, which a score near zero
// would blow up (+18.8 points is not "+1,936 %").
MetricRow fromNps(const QString &name, const Stats::NpsComparison &result);
// A row of two figures without a test (sums, counts entered by users).
// A cohort total of cohorts of unequal size, kept as context: the values
// without a difference or lift, which would compare the cohorts' sizes.
MetricRow total(const QString &name, const QString &unit, double social, double control,
                qint64 socialCustomers, qint64 controlCustomers);
MetricRow descriptive(const QString &name, const QString &unit, std::optional<double> social,
                      std::optional<double> control, qint64 socialCustomers,
                      qint64 controlCustomers, const QString &warning = QString());

// An effect estimated from the index date (SPEC section 4a): each side's
// value, their difference, and robust standard errors.
using EffectEstimate = Stats::StandardizedRatio::Result;
// A row of an estimate: normal (Wald) intervals and test; `withLift` gives
// the relative lift too (not for shares of a whole or scores near zero).
MetricRow fromEstimate(const QString &name, const QString &unit, const EffectEstimate &estimate,
                       qint64 treatedCustomers, qint64 controlCustomers, bool withLift = true);
// Marks a row as a comparison of the cohorts from signup, not an estimate,
// in its warning: under the adjusted method no one should read it as an
// effect of the social team.
void labelAsComparison(MetricRow &row);

QString warningText(const Stats::SampleWarnings &warnings, bool valid, qint64 socialCount,
                    qint64 controlCount);

} // namespace MetricRows
