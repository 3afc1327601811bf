// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalcomparison.h"

#include "distributions.h"

#include <cmath>

namespace Stats {

namespace {

constexpr std::int64_t fewAtRiskThreshold = 5;

StatsIssue curvesIssue(const KaplanMeier &social, const KaplanMeier &control)
{
    if (!social.isValid())
        return social.issue();
    if (!control.isValid())
        return control.issue();
    return StatsIssue::None;
}

} // namespace

SurvivalDifference compareSurvivalAt(const KaplanMeier &social, const KaplanMeier &control,
                                     double time, double confidenceLevel)
{
    SurvivalDifference result;
    result.confidenceLevel = confidenceLevel;
    result.time = std::isfinite(time) ? time : 0;
    result.warnings.intervalSpansZero = true; // until an interval exists
    result.warnings.smallSample
        = social.subjectCount() < smallSampleSize || control.subjectCount() < smallSampleSize;
    result.issue = curvesIssue(social, control);
    if (result.issue == StatsIssue::None
        && (!std::isfinite(time) || !isValidConfidenceLevel(confidenceLevel)))
        result.issue = StatsIssue::InvalidInput;
    if (result.issue != StatsIssue::None)
        return result;

    result.socialSurvival = social.survivalAt(time);
    result.controlSurvival = control.survivalAt(time);
    result.socialVariance = social.varianceAt(time);
    result.controlVariance = control.varianceAt(time);
    result.socialAtRisk = social.atRiskAt(time);
    result.controlAtRisk = control.atRiskAt(time);
    result.warnings.beyondFollowUp = !social.isDefinedAt(time) || !control.isDefinedAt(time);
    result.warnings.fewAtRisk
        = (result.socialAtRisk < fewAtRiskThreshold && result.socialSurvival > 0)
        || (result.controlAtRisk < fewAtRiskThreshold && result.controlSurvival > 0);
    if (result.warnings.beyondFollowUp) {
        result.issue = StatsIssue::BeyondFollowUp;
        return result;
    }

    result.valid = true;
    result.difference = result.socialSurvival - result.controlSurvival;
    result.standardError = std::sqrt(result.socialVariance + result.controlVariance);
    const NormalInference inference
        = normalInference(result.difference, result.standardError, confidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.issue = result.test.valid ? StatsIssue::None : StatsIssue::ZeroVariance;
    result.liftValid = result.controlSurvival > 0;
    result.lift = result.liftValid ? result.difference / result.controlSurvival : 0;
    result.warnings.intervalSpansZero
        = !result.differenceInterval.valid || result.differenceInterval.spansZero();
    return result;
}

RestrictedMeanDifference compareRestrictedMeans(const KaplanMeier &social,
                                                const KaplanMeier &control, double horizon,
                                                double confidenceLevel)
{
    RestrictedMeanDifference result;
    result.confidenceLevel = confidenceLevel;
    result.horizon = std::isfinite(horizon) ? horizon : 0;
    result.warnings.intervalSpansZero = true; // until an interval exists
    result.warnings.smallSample
        = social.subjectCount() < smallSampleSize || control.subjectCount() < smallSampleSize;
    result.issue = curvesIssue(social, control);
    if (result.issue == StatsIssue::None
        && (!std::isfinite(horizon) || horizon < 0 || !isValidConfidenceLevel(confidenceLevel)))
        result.issue = StatsIssue::InvalidInput;
    if (result.issue != StatsIssue::None)
        return result;

    result.social = social.restrictedMean(horizon);
    result.control = control.restrictedMean(horizon);
    result.valid = true;
    result.difference = result.social.mean - result.control.mean;
    result.standardError = std::sqrt(result.social.variance + result.control.variance);
    const NormalInference inference
        = normalInference(result.difference, result.standardError, confidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.issue = result.test.valid ? StatsIssue::None : StatsIssue::ZeroVariance;
    result.liftValid = result.control.mean > 0;
    result.lift = result.liftValid ? result.difference / result.control.mean : 0;
    result.warnings.beyondFollowUp = result.social.extrapolated || result.control.extrapolated;
    result.warnings.intervalSpansZero
        = !result.differenceInterval.valid || result.differenceInterval.spansZero();
    return result;
}

} // namespace Stats
