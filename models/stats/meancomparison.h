// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"
#include "summaryaccumulator.h"

#include <vector>

namespace Stats {

// Difference of two means, social − control, by Welch's t-test (unequal variances):
// t = d / se with se = sqrt(v1/n1 + v2/n2), Welch–Satterthwaite degrees of freedom,
// interval d ± t(df)·se (as scipy's ttest_ind(equal_var=False) and statsmodels'
// CompareMeans.tconfint_diff(usevar="unequal")).
//
// valid: both groups have at least 2 values and finite summaries; then the means and
// their difference are meaningful. Interval and test are invalid (ZeroVariance) when
// both sample variances are 0. Warnings set: smallSample, intervalSpansZero.
struct MeanComparison
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    SummaryStatistics social;
    SummaryStatistics control;
    double difference = 0;
    double standardError = 0;
    Interval differenceInterval;
    bool liftValid = false; // control mean not 0
    double lift = 0; // difference / control mean
    TestResult test; // Welch t with Welch–Satterthwaite degrees of freedom
    SampleWarnings warnings;
};

MeanComparison welchTTest(const SummaryStatistics &social, const SummaryStatistics &control,
                          double confidenceLevel = defaultConfidenceLevel);
// Raw values; any non-finite value makes the result invalid (InvalidInput).
MeanComparison welchTTest(const std::vector<double> &social, const std::vector<double> &control,
                          double confidenceLevel = defaultConfidenceLevel);

} // namespace Stats
