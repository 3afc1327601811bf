// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

#include <cstddef>
#include <vector>

namespace Stats {

// Weighted subjects aggregated by time: the summed weights of the events and
// of the censorings at that time. Tallies may come in any order and repeat a
// time.
struct WeightedTally
{
    double time = 0;
    double events = 0;
    double censored = 0;
};

// One observation of a subject that may appear several times (a customer
// compared in several monthly trials): its follow-up time, whether the event
// was seen, and its weight.
struct WeightedObservation
{
    double time = 0;
    bool event = false;
    double weight = 1;
};

// One row of the weighted step table, at each distinct time with an event or
// a censoring, as R's survfit(weights =) lists them.
struct WeightedStep
{
    double time = 0;
    double atRisk = 0; // summed weight of the subjects with time >= this time
    double events = 0;
    double censored = 0;
    double survival = 1; // S(time), just after this time
    // Sum over event times u <= time of d / (n (n - d)): the Greenwood sum of
    // the weighted counts; the influence of an observation uses it.
    double greenwoodSum = 0;
    // Variance of log S(time) from the clustered infinitesimal jackknife (R's
    // survfit(id =, robust = TRUE)); NaN until a ClusterVariance sets it.
    double robustLogVariance = 0;
    Interval band; // log-log band from robustLogVariance
};

// The Kaplan–Meier estimate with weighted subjects, for comparisons where one
// side is weighted to resemble the other and a subject may count more than
// once. Its uncertainty is the robust variance: the sum over clusters
// (customers) of the squared summed influence of their observations, which is
// what R's survfit reports with `id` and `robust = TRUE`.
class WeightedKaplanMeier
{
public:
    WeightedKaplanMeier() = default;
    static WeightedKaplanMeier fromTallies(std::vector<WeightedTally> tallies,
                                           double confidenceLevel = defaultConfidenceLevel);

    bool isValid() const { return m_issue == StatsIssue::None; }
    StatsIssue issue() const { return m_issue; }
    double confidenceLevel() const { return m_confidenceLevel; }
    const std::vector<WeightedStep> &steps() const { return m_steps; }
    double totalWeight() const { return m_totalWeight; }
    double eventWeight() const { return m_eventWeight; }

    double lastTime() const;
    bool isDefinedAt(double time) const;
    double survivalAt(double time) const;
    double atRiskAt(double time) const;
    double robustLogVarianceAt(double time) const;
    Interval bandAt(double time) const;
    // Area under the curve from 0 to horizon (restricted mean survival time).
    double restrictedMean(double horizon) const;

    // The derivative of log S(at) with respect to the weight of one
    // observation (time, event): the observation's influence per unit of
    // weight. Multiply by the weight and sum over a cluster's observations.
    double logSurvivalInfluence(double time, bool event, double at) const;
    // The same for the restricted mean up to horizon: the integral of
    // S(u) times the influence on log S(u).
    double restrictedMeanInfluence(double time, bool event, double horizon) const;

    // Sets each step's robust variance of log S and its band.
    void setRobustLogVariance(const std::vector<double> &perStep);

    // Index of the last step with step.time <= time, or -1 if none.
    std::ptrdiff_t stepIndexAt(double time) const;

private:
    // 1 / (n - d) at an event time, the jump in the influence of an event there.
    double eventTerm(std::ptrdiff_t step) const;
    double greenwoodAt(double time) const;
    // Integrals from 0 to x of S(u) and of S(u) * greenwoodSum(u).
    double integralOfSurvival(double x) const;
    double integralOfSurvivalGreenwood(double x) const;

    std::vector<WeightedStep> m_steps;
    std::vector<double> m_survivalArea; // integral of S from 0 to each step's time
    std::vector<double> m_survivalGreenwoodArea; // integral of S * G from 0 to each step's time
    StatsIssue m_issue = StatsIssue::EmptyGroup;
    double m_confidenceLevel = defaultConfidenceLevel;
    double m_totalWeight = 0;
    double m_eventWeight = 0;
};

// The robust variance of log S along a whole curve, gathered one cluster at a
// time in O(observations), without evaluating each observation at each step:
// a cluster's influence at step k is G(k) * W(k) + C(k), where W sums the
// weights of its observations still at risk after step k and C the constant
// influence of those that ended by then; the three sums of W², W·C and C² over
// clusters are kept as difference arrays over the steps.
class ClusterVariance
{
public:
    explicit ClusterVariance(const WeightedKaplanMeier &curve);
    // The observations of one cluster, in any order (reordered in place).
    void addCluster(std::vector<WeightedObservation> &observations);

    // One observation already placed on the curve by its caller: the first
    // step at or after its time, and its own influence on log S from then
    // on, curve.logSurvivalInfluence(time, event, time). A caller whose
    // times are whole days looks both up in tables by day, once per curve,
    // where addCluster() searches the steps for each observation.
    struct Placed
    {
        std::size_t firstStep = 0;
        double weight = 1;
        double ownInfluence = 0;
    };
    // The observations of one cluster, placed, in time order (as addCluster
    // sorts them): the same sums as addCluster() of the same observations.
    void addPlacedCluster(const Placed *observations, std::size_t count);
    // Adds the clusters another gathered along the same curve (another
    // thread's share of them).
    void merge(const ClusterVariance &other);
    // The variance of log S at each step of the curve.
    std::vector<double> logVariancePerStep() const;

private:
    void addSpan(std::size_t from, std::size_t to, double atRiskWeight, double ended);

    const WeightedKaplanMeier &m_curve;
    std::vector<Placed> m_placed; // addCluster()'s, kept for the next cluster
    std::vector<double> m_squaredWeight; // difference arrays over the steps
    std::vector<double> m_crossTerm;
    std::vector<double> m_squaredEnded;
};

// The E-value of VanderWeele & Ding (2017) for a risk ratio: the minimum
// strength of association, on the risk-ratio scale, that an unmeasured
// confounder would need with both the treatment and the outcome to explain
// the observed ratio away. Ratios below 1 are inverted first; 1 for a ratio of
// 1; 0 (no value) for a ratio that is not positive and finite.
double eValue(double riskRatio);
// The E-value of the confidence limit closest to 1: 1 when the interval
// contains 1.
double eValueForInterval(double riskRatio, double low, double high);

} // namespace Stats
