// SPDX-License-Identifier: GPL-3.0-or-later
#include "proportioncomparison.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>

namespace Stats {

ProportionEstimate estimateProportion(BinomialCounts counts, double confidenceLevel)
{
    ProportionEstimate result;
    result.counts = counts;
    if (counts.total == 0 && counts.count == 0) {
        result.issue = StatsIssue::EmptyGroup;
        return result;
    }
    if (counts.total <= 0 || counts.count < 0 || counts.count > counts.total
        || !isValidConfidenceLevel(confidenceLevel))
        return result;

    const double n = double(counts.total);
    const double p = double(counts.count) / n;
    const double z = normalCriticalValue(confidenceLevel);
    const double denominator = 1 + z * z / n;
    const double centre = (p + z * z / (2 * n)) / denominator;
    const double halfWidth = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
    result.valid = true;
    result.issue = StatsIssue::None;
    result.proportion = p;
    result.interval = {true, std::max(0.0, centre - halfWidth), std::min(1.0, centre + halfWidth)};
    return result;
}

ProportionComparison compareProportions(BinomialCounts social, BinomialCounts control,
                                        double confidenceLevel)
{
    ProportionComparison result;
    result.confidenceLevel = confidenceLevel;
    result.social = estimateProportion(social, confidenceLevel);
    result.control = estimateProportion(control, confidenceLevel);
    result.warnings.intervalSpansZero = true; // until an interval exists

    result.warnings.smallSample = social.total < smallSampleSize || control.total < smallSampleSize;
    if (!isValidConfidenceLevel(confidenceLevel)) {
        result.issue = StatsIssue::InvalidInput;
        return result;
    }
    if (!result.social.valid || !result.control.valid) {
        result.issue = !result.social.valid ? result.social.issue : result.control.issue;
        return result;
    }

    const double p1 = result.social.proportion;
    const double p2 = result.control.proportion;
    const Interval &wilson1 = result.social.interval;
    const Interval &wilson2 = result.control.interval;
    result.valid = true;
    result.issue = StatsIssue::None;
    result.difference = p1 - p2;
    const double below = std::sqrt((p1 - wilson1.low) * (p1 - wilson1.low)
                                   + (wilson2.high - p2) * (wilson2.high - p2));
    const double above = std::sqrt((p2 - wilson2.low) * (p2 - wilson2.low)
                                   + (wilson1.high - p1) * (wilson1.high - p1));
    result.differenceInterval = {true, result.difference - below, result.difference + above};
    result.liftValid = p2 > 0;
    result.lift = result.liftValid ? result.difference / p2 : 0;

    const double n1 = double(social.total);
    const double n2 = double(control.total);
    const double pooled = double(social.count + control.count) / (n1 + n2);
    result.pooledProportion = pooled;
    const double standardError = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (standardError > 0) {
        const double z = result.difference / standardError;
        result.test = {true, z, 0, twoSidedNormalPValue(z)};
    } else {
        result.issue = StatsIssue::ZeroVariance;
    }
    const double smallestExpected
        = std::min(pooled, 1 - pooled) * std::min(n1, n2); // min over the four expected counts
    result.warnings.smallExpectedCount = smallestExpected < smallExpectedCount;
    result.warnings.intervalSpansZero = result.differenceInterval.spansZero();
    return result;
}

} // namespace Stats
