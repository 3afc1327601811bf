// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightedkaplanmeier.h"

#include "kaplanmeier.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace Stats {

namespace {

bool isUsable(const WeightedTally &tally)
{
    return std::isfinite(tally.time) && tally.time >= 0 && std::isfinite(tally.events)
        && tally.events >= 0 && std::isfinite(tally.censored) && tally.censored >= 0;
}

} // namespace

WeightedKaplanMeier WeightedKaplanMeier::fromTallies(std::vector<WeightedTally> tallies,
                                                     double confidenceLevel)
{
    WeightedKaplanMeier curve;
    curve.m_confidenceLevel = confidenceLevel;
    if (!std::all_of(tallies.begin(), tallies.end(), isUsable)) {
        curve.m_issue = StatsIssue::InvalidInput;
        return curve;
    }
    std::sort(tallies.begin(), tallies.end(),
              [](const WeightedTally &a, const WeightedTally &b) { return a.time < b.time; });
    for (const WeightedTally &tally : tallies) {
        curve.m_totalWeight += tally.events + tally.censored;
        curve.m_eventWeight += tally.events;
    }
    if (!(curve.m_totalWeight > 0))
        return curve; // EmptyGroup

    double atRisk = curve.m_totalWeight;
    double survival = 1;
    double greenwoodSum = 0;
    for (std::size_t i = 0; i < tallies.size();) {
        WeightedStep step;
        step.time = tallies[i].time;
        for (; i < tallies.size() && tallies[i].time == step.time; ++i) {
            step.events += tallies[i].events;
            step.censored += tallies[i].censored;
        }
        if (step.events == 0 && step.censored == 0)
            continue;
        step.atRisk = atRisk;
        if (step.events > 0) {
            survival *= 1.0 - step.events / atRisk;
            if (atRisk > step.events)
                greenwoodSum += step.events / (atRisk * (atRisk - step.events));
        }
        step.survival = std::max(survival, 0.0);
        step.greenwoodSum = greenwoodSum;
        step.robustLogVariance = std::numeric_limits<double>::quiet_NaN();
        step.band = {false, step.survival, step.survival};
        curve.m_steps.push_back(step);
        atRisk -= step.events + step.censored;
    }

    // Areas at each step's time, for the restricted mean and its influence.
    curve.m_survivalArea.resize(curve.m_steps.size());
    curve.m_survivalGreenwoodArea.resize(curve.m_steps.size());
    double area = curve.m_steps.front().time; // S = 1 and G = 0 before the first step
    double weightedArea = 0;
    for (std::size_t k = 0; k < curve.m_steps.size(); ++k) {
        if (k > 0) {
            const WeightedStep &previous = curve.m_steps[k - 1];
            const double width = curve.m_steps[k].time - previous.time;
            area += previous.survival * width;
            weightedArea += previous.survival * previous.greenwoodSum * width;
        }
        curve.m_survivalArea[k] = area;
        curve.m_survivalGreenwoodArea[k] = weightedArea;
    }
    curve.m_issue = StatsIssue::None;
    return curve;
}

double WeightedKaplanMeier::lastTime() const
{
    return m_steps.empty() ? 0 : m_steps.back().time;
}

bool WeightedKaplanMeier::isDefinedAt(double time) const
{
    if (m_steps.empty() || std::isnan(time))
        return false;
    return time <= m_steps.back().time || m_steps.back().survival == 0;
}

std::ptrdiff_t WeightedKaplanMeier::stepIndexAt(double time) const
{
    if (std::isnan(time))
        return -1;
    const auto after = std::upper_bound(
        m_steps.begin(), m_steps.end(), time,
        [](double value, const WeightedStep &step) { return value < step.time; });
    return (after - m_steps.begin()) - 1;
}

double WeightedKaplanMeier::survivalAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 1.0 : m_steps[size_t(index)].survival;
}

double WeightedKaplanMeier::atRiskAt(double time) const
{
    const auto first = std::lower_bound(
        m_steps.begin(), m_steps.end(), time,
        [](const WeightedStep &step, double value) { return step.time < value; });
    return first == m_steps.end() ? 0.0 : first->atRisk;
}

double WeightedKaplanMeier::robustLogVarianceAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 0.0 : m_steps[size_t(index)].robustLogVariance;
}

Interval WeightedKaplanMeier::bandAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? Interval {false, 1.0, 1.0} : m_steps[size_t(index)].band;
}

double WeightedKaplanMeier::greenwoodAt(double time) const
{
    const std::ptrdiff_t index = stepIndexAt(time);
    return index < 0 ? 0.0 : m_steps[size_t(index)].greenwoodSum;
}

double WeightedKaplanMeier::eventTerm(std::ptrdiff_t index) const
{
    if (index < 0)
        return 0;
    const WeightedStep &step = m_steps[size_t(index)];
    return step.events > 0 && step.atRisk > step.events ? 1.0 / (step.atRisk - step.events) : 0.0;
}

double WeightedKaplanMeier::integralOfSurvival(double x) const
{
    if (m_steps.empty() || !(x > 0))
        return 0;
    const std::ptrdiff_t index = stepIndexAt(x);
    if (index < 0)
        return x;
    const WeightedStep &step = m_steps[size_t(index)];
    return m_survivalArea[size_t(index)] + step.survival * (x - step.time);
}

double WeightedKaplanMeier::integralOfSurvivalGreenwood(double x) const
{
    const std::ptrdiff_t index = stepIndexAt(x);
    if (index < 0)
        return 0;
    const WeightedStep &step = m_steps[size_t(index)];
    return m_survivalGreenwoodArea[size_t(index)]
        + step.survival * step.greenwoodSum * (x - step.time);
}

double WeightedKaplanMeier::restrictedMean(double horizon) const
{
    return integralOfSurvival(horizon);
}

double WeightedKaplanMeier::logSurvivalInfluence(double time, bool event, double at) const
{
    // d log S(at) / d w = sum over event times u <= min(at, time) of
    // d / (n (n - d)), minus 1 / (n - d) at the observation's own event time.
    if (at < time)
        return greenwoodAt(at);
    const std::ptrdiff_t index = stepIndexAt(time);
    const bool ownEvent = event && index >= 0 && m_steps[size_t(index)].time == time;
    return greenwoodAt(time) - (ownEvent ? eventTerm(index) : 0.0);
}

double WeightedKaplanMeier::restrictedMeanInfluence(double time, bool event, double horizon) const
{
    const double until = std::min(time, horizon);
    double influence = integralOfSurvivalGreenwood(until);
    if (time < horizon) {
        const double after = logSurvivalInfluence(time, event, time);
        influence += after * (integralOfSurvival(horizon) - integralOfSurvival(time));
    }
    return influence;
}

void WeightedKaplanMeier::setRobustLogVariance(const std::vector<double> &perStep)
{
    for (std::size_t k = 0; k < m_steps.size() && k < perStep.size(); ++k) {
        WeightedStep &step = m_steps[k];
        step.robustLogVariance = perStep[k];
        step.band = logLogBand(step.survival, perStep[k], m_confidenceLevel);
    }
}

ClusterVariance::ClusterVariance(const WeightedKaplanMeier &curve)
    : m_curve(curve)
    , m_squaredWeight(curve.steps().size() + 1, 0.0)
    , m_crossTerm(curve.steps().size() + 1, 0.0)
    , m_squaredEnded(curve.steps().size() + 1, 0.0)
{ }

void ClusterVariance::addSpan(std::size_t from, std::size_t to, double atRiskWeight, double ended)
{
    if (from >= to || (atRiskWeight == 0 && ended == 0))
        return;
    m_squaredWeight[from] += atRiskWeight * atRiskWeight;
    m_squaredWeight[to] -= atRiskWeight * atRiskWeight;
    m_crossTerm[from] += atRiskWeight * ended;
    m_crossTerm[to] -= atRiskWeight * ended;
    m_squaredEnded[from] += ended * ended;
    m_squaredEnded[to] -= ended * ended;
}

void ClusterVariance::addCluster(std::vector<WeightedObservation> &observations)
{
    const auto byTime = [](const WeightedObservation &a, const WeightedObservation &b) {
        return a.time < b.time;
    };
    // Callers often give them in order already (or a single one).
    if (!std::is_sorted(observations.begin(), observations.end(), byTime))
        std::sort(observations.begin(), observations.end(), byTime);
    const auto &steps = m_curve.steps();
    m_placed.resize(observations.size());
    for (std::size_t k = 0; k < observations.size(); ++k) {
        const WeightedObservation &observation = observations[k];
        // The first step at or after the observation's time: from there on
        // its influence is constant.
        const auto first = std::lower_bound(
            steps.begin(), steps.end(), observation.time,
            [](const WeightedStep &step, double value) { return step.time < value; });
        m_placed[k]
            = {std::size_t(first - steps.begin()), observation.weight,
               m_curve.logSurvivalInfluence(observation.time, observation.event, observation.time)};
    }
    addPlacedCluster(m_placed.data(), m_placed.size());
}

void ClusterVariance::addPlacedCluster(const Placed *observations, std::size_t count)
{
    double atRiskWeight = 0;
    for (std::size_t k = 0; k < count; ++k)
        atRiskWeight += observations[k].weight;
    double ended = 0;
    std::size_t spanStart = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const Placed &observation = observations[k];
        addSpan(spanStart, observation.firstStep, atRiskWeight, ended);
        spanStart = std::max(spanStart, observation.firstStep);
        atRiskWeight -= observation.weight;
        ended += observation.weight * observation.ownInfluence;
    }
    addSpan(spanStart, m_curve.steps().size(), std::max(atRiskWeight, 0.0), ended);
}

void ClusterVariance::merge(const ClusterVariance &other)
{
    assert(&other.m_curve == &m_curve);
    for (std::size_t k = 0; k < m_squaredWeight.size(); ++k) {
        m_squaredWeight[k] += other.m_squaredWeight[k];
        m_crossTerm[k] += other.m_crossTerm[k];
        m_squaredEnded[k] += other.m_squaredEnded[k];
    }
}

std::vector<double> ClusterVariance::logVariancePerStep() const
{
    const auto &steps = m_curve.steps();
    std::vector<double> variance(steps.size(), 0.0);
    double squaredWeight = 0, crossTerm = 0, squaredEnded = 0;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        squaredWeight += m_squaredWeight[k];
        crossTerm += m_crossTerm[k];
        squaredEnded += m_squaredEnded[k];
        const double g = steps[k].greenwoodSum;
        variance[k] = std::max(0.0, g * g * squaredWeight + 2 * g * crossTerm + squaredEnded);
    }
    return variance;
}

double eValue(double riskRatio)
{
    if (!(riskRatio > 0) || !std::isfinite(riskRatio))
        return 0;
    const double ratio = riskRatio < 1 ? 1.0 / riskRatio : riskRatio;
    return ratio + std::sqrt(ratio * (ratio - 1.0));
}

double eValueForInterval(double riskRatio, double low, double high)
{
    if (!(riskRatio > 0) || !std::isfinite(riskRatio))
        return 0;
    if (low <= 1.0 && 1.0 <= high)
        return 1.0;
    return eValue(riskRatio > 1 ? low : high);
}

} // namespace Stats
