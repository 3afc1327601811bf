// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

#include <cstdint>

namespace Stats {

// Events over an exposure, e.g. phone contacts over customer-months.
struct PoissonCounts
{
    std::int64_t events = 0;
    double exposure = 0; // in the unit the rates are quoted in (customer-months)
};

// Two Poisson rates, social vs control (SPEC section 4, metrics 2 and 3).
//
// - difference = rate_social − rate_control with the Wald interval
//   d ± z·sqrt(y1/E1² + y2/E2²);
// - test: the Wald z of that difference, d / sqrt(y1/E1² + y2/E2²) (statsmodels
//   test_poisson_2indep(method="wald"), Gu et al. 2008 W1A), so the test and the
//   difference interval always agree;
// - ratio = rate_social / rate_control with the Wald interval on the log scale,
//   exp(log ratio ± z·sqrt(1/y1 + 1/y2)). Zero events in one cohort: 0.5 is added
//   to both counts for the ratio and its interval only (ratioCorrected is set, and
//   ratio is the corrected one). Zero events in both: the ratio is invalid.
//
// valid: both exposures positive and finite, counts not negative; then the rates
// and their difference are meaningful. Interval and test are invalid (NoEvents) when
// neither cohort has an event. Warnings set: smallExpectedCount (expected events under
// equal rates, (y1 + y2)·E_i / (E1 + E2), under 5), intervalSpansZero. smallSample is
// left false: only the caller knows how many customers the exposure covers.
struct RateComparison
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    PoissonCounts social;
    PoissonCounts control;
    double socialRate = 0;
    double controlRate = 0;
    double difference = 0;
    double standardError = 0; // of the difference
    Interval differenceInterval;
    bool liftValid = false; // control rate above 0
    double lift = 0; // difference / control rate (uncorrected ratio − 1)
    bool ratioValid = false;
    bool ratioCorrected = false;
    double ratio = 0;
    Interval ratioInterval;
    TestResult test; // Wald z of the difference
    SampleWarnings warnings;
};

RateComparison comparePoissonRates(PoissonCounts social, PoissonCounts control,
                                   double confidenceLevel = defaultConfidenceLevel);

} // namespace Stats
