// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

#include <cstdint>

namespace Stats {

// Answers to "how likely are you to recommend us" (0–10) in three bands.
struct NpsCounts
{
    std::int64_t promoters = 0; // 9–10
    std::int64_t passives = 0; // 7–8
    std::int64_t detractors = 0; // 0–6

    std::int64_t total() const { return promoters + passives + detractors; }
};

// Net Promoter Score in points (−100 … 100): 100·(p_promoters − p_detractors), with
// the multinomial variance 100²·(p_prom + p_det − (p_prom − p_det)²)/n and the
// normal interval NPS ± z·se, clipped to [−100, 100].
// valid: n > 0 and no negative count; the interval is invalid when the variance is 0
// (every answer in the same band).
struct NpsEstimate
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    NpsCounts counts;
    double promoterShare = 0;
    double detractorShare = 0;
    double nps = 0;
    double variance = 0; // points²
    double standardError = 0;
    Interval interval;
};

NpsEstimate netPromoterScore(const NpsCounts &counts,
                             double confidenceLevel = defaultConfidenceLevel);

// Two independent NPS values, social − control, in points: difference ± z·sqrt(v1 + v2)
// and its z test (SPEC section 4, metric 5).
// valid: both estimates valid. Interval and test invalid when both variances are 0.
// Warnings set: smallSample, smallExpectedCount (pooled promoter or detractor share × n
// under 5 in a group), intervalSpansZero.
struct NpsComparison
{
    bool valid = false;
    StatsIssue issue = StatsIssue::InvalidInput;
    double confidenceLevel = defaultConfidenceLevel;
    NpsEstimate social;
    NpsEstimate control;
    double difference = 0;
    double standardError = 0;
    Interval differenceInterval;
    bool liftValid = false; // control NPS not 0
    double lift = 0; // difference / control NPS (SPEC's lift; its sign follows the control's)
    TestResult test; // z
    SampleWarnings warnings;
};

NpsComparison compareNetPromoterScores(const NpsCounts &social, const NpsCounts &control,
                                       double confidenceLevel = defaultConfidenceLevel);

} // namespace Stats
