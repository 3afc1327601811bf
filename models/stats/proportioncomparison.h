// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

#include <cstdint>

namespace Stats {

// count successes out of total trials (customers with a cross-sell, saved at-risk customers…).
struct BinomialCounts
{
    std::int64_t count = 0;
    std::int64_t total = 0;
};

// One proportion with its Wilson score interval (clipped to [0, 1]).
// valid: total > 0 and 0 <= count <= total; otherwise every number is 0.
struct ProportionEstimate
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    BinomialCounts counts;
    double proportion = 0;
    Interval interval;
};

ProportionEstimate estimateProportion(BinomialCounts counts,
                                      double confidenceLevel = defaultConfidenceLevel);

// Two independent proportions, social − control (SPEC section 4, metrics 3, 4, 6):
// the Newcombe hybrid score interval of the difference (Newcombe 1998, method 10,
// built from the two Wilson intervals) and the pooled two-proportion z-test.
//
// valid: both groups are valid; then proportions, difference and interval are
// meaningful (the Newcombe interval exists even with 0 or 100 % in both groups).
// The test is invalid (ZeroVariance) when the pooled proportion is 0 or 1.
// Warnings set: smallSample, smallExpectedCount (pooled p·n or (1 − p)·n under 5 in a
// group), intervalSpansZero.
struct ProportionComparison
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    ProportionEstimate social;
    ProportionEstimate control;
    double pooledProportion = 0;
    double difference = 0;
    Interval differenceInterval; // Newcombe hybrid score
    bool liftValid = false; // control proportion above 0
    double lift = 0; // difference / control proportion
    TestResult test; // pooled z
    SampleWarnings warnings;
};

ProportionComparison compareProportions(BinomialCounts social, BinomialCounts control,
                                        double confidenceLevel = defaultConfidenceLevel);

} // namespace Stats
