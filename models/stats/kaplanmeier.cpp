// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaplanmeier.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>

namespace Stats {

KaplanMeier KaplanMeier::fromObservations(const std::vector<SurvivalObservation> &observations,
                                          double confidenceLevel)
{
    std::vector<SurvivalTally> tallies;
    tallies.reserve(observations.size());
    for (const SurvivalObservation &observation : observations)
        tallies.push_back({observation.time, observation.event ? 1 : 0, observation.event ? 0 : 1});
    return fromTallies(std::move(tallies), confidenceLevel);
}

KaplanMeier KaplanMeier::fromTallies(std::vector<SurvivalTally> tallies, double confidenceLevel)
{
    KaplanMeier curve;
    curve.m_confidenceLevel = confidenceLevel;
    if (!isValidConfidenceLevel(confidenceLevel)) {
        curve.m_issue = StatsIssue::InvalidInput;
        return curve;
    }
    curve.build(std::move(tallies));
    return curve;
}

void KaplanMeier::build(std::vector<SurvivalTally> tallies)
{
    for (const SurvivalTally &tally : tallies) {
        if (!std::isfinite(tally.time) || tally.time < 0 || tally.events < 0
            || tally.censored < 0) {
            m_issue = StatsIssue::InvalidInput;
            return;
        }
    }
    std::sort(tallies.begin(), tallies.end(),
              [](const SurvivalTally &a, const SurvivalTally &b) { return a.time < b.time; });

    // Merge repeated times; drop tallies that hold nobody.
    std::vector<SurvivalTally> merged;
    for (const SurvivalTally &tally : tallies) {
        if (tally.events == 0 && tally.censored == 0)
            continue;
        if (!merged.empty() && merged.back().time == tally.time) {
            merged.back().events += tally.events;
            merged.back().censored += tally.censored;
        } else {
            merged.push_back(tally);
        }
        m_subjectCount += tally.events + tally.censored;
        m_eventCount += tally.events;
    }
    if (m_subjectCount == 0) {
        m_issue = StatsIssue::EmptyGroup;
        return;
    }

    m_steps.reserve(merged.size());
    std::int64_t atRisk = m_subjectCount;
    double survival = 1;
    double greenwoodSum = 0;
    for (const SurvivalTally &tally : merged) {
        SurvivalStep step;
        step.time = tally.time;
        step.atRisk = atRisk;
        step.events = tally.events;
        step.censored = tally.censored;
        if (tally.events > 0) {
            const double n = double(atRisk);
            const double d = double(tally.events);
            survival *= (n - d) / n;
            if (atRisk > tally.events)
                greenwoodSum += d / (n * (n - d));
        }
        step.survival = survival;
        step.greenwoodSum = greenwoodSum;
        step.variance = survival * survival * greenwoodSum;
        step.band = logLogBand(survival, greenwoodSum, m_confidenceLevel);
        m_steps.push_back(step);
        atRisk -= tally.events + tally.censored;
    }
    m_issue = StatsIssue::None;
}

double KaplanMeier::lastTime() const
{
    return m_steps.empty() ? 0 : m_steps.back().time;
}

bool KaplanMeier::isDefinedAt(double time) const
{
    if (m_steps.empty() || std::isnan(time))
        return false;
    return time <= m_steps.back().time || m_steps.back().survival == 0;
}

std::ptrdiff_t KaplanMeier::stepIndexAt(double time) const
{
    if (std::isnan(time))
        return -1;
    const auto after = std::upper_bound(
        m_steps.begin(), m_steps.end(), time,
        [](double value, const SurvivalStep &step) { return value < step.time; });
    return std::distance(m_steps.begin(), after) - 1;
}

double KaplanMeier::survivalAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 1.0 : m_steps[size_t(index)].survival;
}

double KaplanMeier::varianceAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 0.0 : m_steps[size_t(index)].variance;
}

double KaplanMeier::standardErrorAt(double time) const
{
    return std::sqrt(varianceAt(time));
}

double KaplanMeier::greenwoodSumAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 0.0 : m_steps[size_t(index)].greenwoodSum;
}

Interval KaplanMeier::bandAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    if (index < 0)
        return {false, 1, 1};
    return m_steps[size_t(index)].band;
}

std::int64_t KaplanMeier::atRiskAt(double time) const
{
    if (m_steps.empty() || std::isnan(time))
        return 0;
    const auto first = std::lower_bound(
        m_steps.begin(), m_steps.end(), time,
        [](const SurvivalStep &step, double value) { return step.time < value; });
    return first == m_steps.end() ? 0 : first->atRisk;
}

RestrictedMean KaplanMeier::restrictedMean(double horizon) const
{
    RestrictedMean result;
    result.horizon = std::isfinite(horizon) ? horizon : 0;
    if (!isValid()) {
        result.issue = m_issue;
        return result;
    }
    if (!std::isfinite(horizon) || horizon < 0) {
        result.issue = StatsIssue::InvalidInput;
        return result;
    }

    // Steps [0, kept) lie at or before the horizon. Rectangle j (j = 0..kept) spans
    // from the previous step time (0 for j = 0) to step j's time (the horizon for
    // j = kept) at the height of the curve before step j.
    const std::ptrdiff_t kept = stepIndexAt(horizon) + 1;
    const auto rectangle = [&](std::ptrdiff_t j) {
        const double start = j == 0 ? 0.0 : m_steps[size_t(j - 1)].time;
        const double end = j == kept ? horizon : m_steps[size_t(j)].time;
        const double height = j == 0 ? 1.0 : m_steps[size_t(j - 1)].survival;
        return (end - start) * height;
    };

    // Walk backwards like R's survmean: tail = area under S from step j's time to the horizon.
    double tail = 0;
    double variance = 0;
    for (std::ptrdiff_t j = kept - 1; j >= 0; --j) {
        tail += rectangle(j + 1);
        const SurvivalStep &step = m_steps[size_t(j)];
        if (step.events > 0 && step.atRisk > step.events) {
            const double n = double(step.atRisk);
            const double d = double(step.events);
            variance += tail * tail * d / (n * (n - d));
        }
    }
    result.valid = true;
    result.issue = StatsIssue::None;
    result.mean = tail + rectangle(0);
    result.variance = variance;
    result.standardError = std::sqrt(variance);
    result.interval
        = normalInference(result.mean, result.standardError, m_confidenceLevel).interval;
    if (!result.interval.valid)
        result.issue = StatsIssue::ZeroVariance;
    result.extrapolated = horizon > lastTime() && m_steps.back().survival > 0;
    return result;
}

Interval logLogBand(double survival, double greenwoodSum, double confidenceLevel)
{
    Interval band {false, survival, survival};
    if (!(survival > 0 && survival < 1) || !(greenwoodSum > 0) || !std::isfinite(greenwoodSum)
        || !isValidConfidenceLevel(confidenceLevel))
        return band;
    // log(-log S) has standard error se(log S) / |log S| by the delta method.
    const double logSurvival = std::log(survival);
    const double shift
        = normalCriticalValue(confidenceLevel) * std::sqrt(greenwoodSum) / logSurvival; // negative
    const double centre = std::log(-logSurvival);
    band.valid = true;
    band.low = std::exp(-std::exp(centre - shift));
    band.high = std::exp(-std::exp(centre + shift));
    return band;
}

} // namespace Stats
