// SPDX-License-Identifier: GPL-3.0-or-later
#include "netpromoterscore.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>

namespace Stats {

namespace {

constexpr double points = 100.0;

} // namespace

NpsEstimate netPromoterScore(const NpsCounts &counts, double confidenceLevel)
{
    NpsEstimate result;
    result.counts = counts;
    if (counts.promoters < 0 || counts.passives < 0 || counts.detractors < 0
        || !isValidConfidenceLevel(confidenceLevel))
        return result;
    if (counts.total() == 0) {
        result.issue = StatsIssue::EmptyGroup;
        return result;
    }
    const double n = double(counts.total());
    const double promoters = double(counts.promoters) / n;
    const double detractors = double(counts.detractors) / n;
    const double net = promoters - detractors;
    result.valid = true;
    result.issue = StatsIssue::None;
    result.promoterShare = promoters;
    result.detractorShare = detractors;
    result.nps = points * net;
    // Rounding can leave a tiny negative value when every answer is in one band.
    result.variance = std::max(0.0, points * points * (promoters + detractors - net * net) / n);
    result.standardError = std::sqrt(result.variance);
    result.interval = normalInference(result.nps, result.standardError, confidenceLevel).interval;
    if (result.interval.valid) {
        result.interval.low = std::max(-points, result.interval.low);
        result.interval.high = std::min(points, result.interval.high);
    } else {
        result.issue = StatsIssue::ZeroVariance;
    }
    return result;
}

NpsComparison compareNetPromoterScores(const NpsCounts &social, const NpsCounts &control,
                                       double confidenceLevel)
{
    NpsComparison result;
    result.confidenceLevel = confidenceLevel;
    result.social = netPromoterScore(social, confidenceLevel);
    result.control = netPromoterScore(control, confidenceLevel);
    result.warnings.intervalSpansZero = true; // until an interval exists
    result.warnings.smallSample
        = social.total() < smallSampleSize || control.total() < smallSampleSize;
    if (!result.social.valid || !result.control.valid) {
        result.issue = !result.social.valid ? result.social.issue : result.control.issue;
        return result;
    }
    result.valid = true;
    result.difference = result.social.nps - result.control.nps;
    result.liftValid = result.control.nps != 0;
    result.lift = result.liftValid ? result.difference / result.control.nps : 0;
    result.standardError = std::sqrt(result.social.variance + result.control.variance);
    const NormalInference inference
        = normalInference(result.difference, result.standardError, confidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.issue = result.test.valid ? StatsIssue::None : StatsIssue::ZeroVariance;

    const double n1 = double(social.total());
    const double n2 = double(control.total());
    const double pooledPromoters = double(social.promoters + control.promoters) / (n1 + n2);
    const double pooledDetractors = double(social.detractors + control.detractors) / (n1 + n2);
    result.warnings.smallExpectedCount
        = std::min(pooledPromoters, pooledDetractors) * std::min(n1, n2) < smallExpectedCount;
    result.warnings.intervalSpansZero
        = !result.differenceInterval.valid || result.differenceInterval.spansZero();
    return result;
}

} // namespace Stats
