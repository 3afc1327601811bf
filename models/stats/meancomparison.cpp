// SPDX-License-Identifier: GPL-3.0-or-later
#include "meancomparison.h"

#include "distributions.h"

#include <cmath>

namespace Stats {

namespace {

StatsIssue summaryIssue(const SummaryStatistics &summary)
{
    if (summary.count < 0 || !std::isfinite(summary.mean) || !std::isfinite(summary.variance)
        || summary.variance < 0)
        return StatsIssue::InvalidInput;
    if (summary.count == 0)
        return StatsIssue::EmptyGroup;
    if (summary.count < 2)
        return StatsIssue::TooFewObservations;
    return StatsIssue::None;
}

} // namespace

MeanComparison welchTTest(const SummaryStatistics &social, const SummaryStatistics &control,
                          double confidenceLevel)
{
    MeanComparison result;
    result.confidenceLevel = confidenceLevel;
    result.social = social;
    result.control = control;
    result.warnings.intervalSpansZero = true; // until an interval exists
    result.warnings.smallSample = social.count < smallSampleSize || control.count < smallSampleSize;
    result.issue = summaryIssue(social);
    if (result.issue == StatsIssue::None)
        result.issue = summaryIssue(control);
    if (result.issue == StatsIssue::None && !isValidConfidenceLevel(confidenceLevel))
        result.issue = StatsIssue::InvalidInput;
    if (result.issue != StatsIssue::None)
        return result;

    result.valid = true;
    result.difference = social.mean - control.mean;
    result.liftValid = control.mean != 0;
    result.lift = result.liftValid ? result.difference / control.mean : 0;

    const double socialShare = social.variance / double(social.count);
    const double controlShare = control.variance / double(control.count);
    result.standardError = std::sqrt(socialShare + controlShare);
    result.differenceInterval = {false, result.difference, result.difference};
    if (!(result.standardError > 0) || !std::isfinite(result.standardError)) {
        result.standardError = std::isfinite(result.standardError) ? result.standardError : 0;
        result.issue = StatsIssue::ZeroVariance;
        return result;
    }
    const double degreesOfFreedom = (socialShare + controlShare) * (socialShare + controlShare)
        / (socialShare * socialShare / double(social.count - 1)
           + controlShare * controlShare / double(control.count - 1));
    const double t = result.difference / result.standardError;
    result.test = {true, t, degreesOfFreedom, twoSidedStudentPValue(t, degreesOfFreedom)};
    const double margin
        = studentCriticalValue(confidenceLevel, degreesOfFreedom) * result.standardError;
    result.differenceInterval = {true, result.difference - margin, result.difference + margin};
    result.warnings.intervalSpansZero = result.differenceInterval.spansZero();
    return result;
}

MeanComparison welchTTest(const std::vector<double> &social, const std::vector<double> &control,
                          double confidenceLevel)
{
    SummaryAccumulator socialValues;
    SummaryAccumulator controlValues;
    socialValues.add(social);
    controlValues.add(control);
    MeanComparison result
        = welchTTest(socialValues.summary(), controlValues.summary(), confidenceLevel);
    if (socialValues.rejectedCount() > 0 || controlValues.rejectedCount() > 0) {
        MeanComparison rejected;
        rejected.confidenceLevel = confidenceLevel;
        rejected.social = result.social;
        rejected.control = result.control;
        rejected.issue = StatsIssue::InvalidInput;
        rejected.warnings.smallSample = result.warnings.smallSample;
        rejected.warnings.intervalSpansZero = true;
        return rejected;
    }
    return result;
}

} // namespace Stats
