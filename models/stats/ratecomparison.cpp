// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecomparison.h"

#include "distributions.h"

#include <cmath>

namespace Stats {

namespace {

constexpr double zeroEventsCorrection = 0.5;

StatsIssue countsIssue(const PoissonCounts &counts)
{
    if (counts.events < 0 || !std::isfinite(counts.exposure) || counts.exposure < 0)
        return StatsIssue::InvalidInput;
    if (counts.exposure == 0)
        return counts.events == 0 ? StatsIssue::EmptyGroup : StatsIssue::InvalidInput;
    return StatsIssue::None;
}

} // namespace

RateComparison comparePoissonRates(PoissonCounts social, PoissonCounts control,
                                   double confidenceLevel)
{
    RateComparison result;
    result.confidenceLevel = confidenceLevel;
    result.social = social;
    result.control = control;
    result.warnings.intervalSpansZero = true; // until an interval exists
    result.issue = countsIssue(social);
    if (result.issue == StatsIssue::None)
        result.issue = countsIssue(control);
    if (result.issue == StatsIssue::None && !isValidConfidenceLevel(confidenceLevel))
        result.issue = StatsIssue::InvalidInput;
    if (result.issue != StatsIssue::None)
        return result;

    const double y1 = double(social.events);
    const double y2 = double(control.events);
    const double e1 = social.exposure;
    const double e2 = control.exposure;
    result.valid = true;
    result.socialRate = y1 / e1;
    result.controlRate = y2 / e2;
    result.difference = result.socialRate - result.controlRate;
    result.liftValid = result.controlRate > 0;
    result.lift = result.liftValid ? result.difference / result.controlRate : 0;

    result.standardError = std::sqrt(y1 / (e1 * e1) + y2 / (e2 * e2));
    const NormalInference inference
        = normalInference(result.difference, result.standardError, confidenceLevel);
    result.differenceInterval = inference.interval;
    result.test = inference.test;
    result.issue = y1 + y2 > 0 ? StatsIssue::None : StatsIssue::NoEvents;

    if (y1 + y2 > 0) {
        result.ratioCorrected = y1 == 0 || y2 == 0;
        const double correction = result.ratioCorrected ? zeroEventsCorrection : 0.0;
        const double c1 = y1 + correction;
        const double c2 = y2 + correction;
        const double logRatio = std::log((c1 / e1) / (c2 / e2));
        const double margin = normalCriticalValue(confidenceLevel) * std::sqrt(1 / c1 + 1 / c2);
        result.ratioValid = true;
        result.ratio = std::exp(logRatio);
        result.ratioInterval = {true, std::exp(logRatio - margin), std::exp(logRatio + margin)};
    }

    const double pooledEvents = y1 + y2;
    const double expectedSocial = pooledEvents * e1 / (e1 + e2);
    const double expectedControl = pooledEvents * e2 / (e1 + e2);
    result.warnings.smallExpectedCount
        = expectedSocial < smallExpectedCount || expectedControl < smallExpectedCount;
    result.warnings.intervalSpansZero
        = !result.differenceInterval.valid || result.differenceInterval.spansZero();
    return result;
}

} // namespace Stats
