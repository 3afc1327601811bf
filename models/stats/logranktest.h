// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kaplanmeier.h"
#include "statstypes.h"

#include <cstdint>

namespace Stats {

// The log-rank test of equal survival in two cohorts, as R's survdiff(rho = 0):
// at every distinct event time, expected events follow the share at risk, and the
// statistic (O_social − E_social)² / V has a chi-square distribution with 1 df,
// V being the hypergeometric variance summed over event times.
//
// valid: both curves are valid; then observed and expected counts are meaningful.
// The test is invalid when there is no event in either cohort (NoEvents) or V is 0.
// Warnings set: smallSample, smallExpectedCount (an expected count under 5).
struct LogRankResult
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    std::int64_t socialObserved = 0;
    std::int64_t controlObserved = 0;
    double socialExpected = 0;
    double controlExpected = 0;
    double variance = 0; // V, the variance of O_social − E_social
    TestResult test; // chi-square, 1 degree of freedom
    SampleWarnings warnings;
};

LogRankResult logRankTest(const KaplanMeier &social, const KaplanMeier &control);

} // namespace Stats
