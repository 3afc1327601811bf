// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kaplanmeier.h"
#include "statstypes.h"

namespace Stats {

// Retention at one time, social − control (SPEC section 4, metric 1: retention_3m …).
//
// valid: both curves are valid and defined at the time; then the survivals and
// their difference are meaningful. The interval and the z test use the normal
// approximation with the two Greenwood variances, difference ± z·sqrt(v1 + v2);
// they are invalid when both variances are 0 (no event yet in either cohort, or
// both curves at 0). A curve that has reached 0 has variance 0 (R gives NA).
// A time after a cohort's last observation (while its curve is above 0) gives
// valid = false and issue BeyondFollowUp; the carried-forward survivals are still
// filled in (R's summary(extend = TRUE) values) but nothing else.
// Warnings set: smallSample, fewAtRisk (fewer than 5 at risk at the time in a
// cohort), beyondFollowUp, intervalSpansZero.
struct SurvivalDifference
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    double time = 0;
    double socialSurvival = 0;
    double controlSurvival = 0;
    double socialVariance = 0;
    double controlVariance = 0;
    std::int64_t socialAtRisk = 0; // subjects still observed at the time
    std::int64_t controlAtRisk = 0;
    double difference = 0;
    double standardError = 0;
    Interval differenceInterval;
    bool liftValid = false; // control survival above 0
    double lift = 0; // difference / control survival
    TestResult test; // z
    SampleWarnings warnings;
};

SurvivalDifference compareSurvivalAt(const KaplanMeier &social, const KaplanMeier &control,
                                     double time, double confidenceLevel = defaultConfidenceLevel);

// Difference of restricted mean survival times up to a horizon, social − control, in the
// curves' time unit, with the interval difference ± z·sqrt(se1² + se2²) from R's
// se(rmean) of each curve. Warnings set: smallSample, beyondFollowUp (a horizon after a
// cohort's last observation: the curve was carried forward), intervalSpansZero.
struct RestrictedMeanDifference
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    double horizon = 0;
    RestrictedMean social;
    RestrictedMean control;
    double difference = 0;
    double standardError = 0;
    Interval differenceInterval;
    bool liftValid = false;
    double lift = 0; // difference / control RMST
    TestResult test; // z
    SampleWarnings warnings;
};

RestrictedMeanDifference compareRestrictedMeans(const KaplanMeier &social,
                                                const KaplanMeier &control, double horizon,
                                                double confidenceLevel = defaultConfidenceLevel);

} // namespace Stats
