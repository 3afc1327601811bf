// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Stats {

// One subject: time from signup in days (any non-negative real) and whether the
// event (churn) was seen at that time (false = censored, still a customer).
struct SurvivalObservation
{
    double time = 0;
    bool event = false;
};

// Subjects aggregated by time, e.g. by day in SQL. Tallies may come in any order
// and may repeat a time: repeated times are summed.
struct SurvivalTally
{
    double time = 0;
    std::int64_t events = 0;
    std::int64_t censored = 0;
};

// One row of the Kaplan–Meier step table, for each distinct time with an event
// or a censoring (as R's survfit lists them).
struct SurvivalStep
{
    double time = 0;
    std::int64_t atRisk = 0; // subjects with time >= this time
    std::int64_t events = 0;
    std::int64_t censored = 0;
    double survival = 1; // S(time), the curve just after this time
    // Greenwood: sum over event times u <= time of d / (n (n - d)), the variance of
    // log S (R's survfit std.err squared). Terms with n = d (the curve reaches 0)
    // are left out, as R's restricted mean does.
    double greenwoodSum = 0;
    double variance = 0; // Greenwood variance of S(time): survival^2 * greenwoodSum
    // The log-log band of S (R's conf.type = "log-log"): an interval for
    // log(-log S) mapped back. Invalid where S is 1 or 0 (R gives NA there); low and
    // high then equal S.
    Interval band;
};

// The restricted mean survival time (RMST): the area under the step curve from 0
// to a horizon, in the curve's time unit, with the variance R's survival package
// reports as se(rmean) (print(fit, rmean = horizon)):
//   sum over event times t_i <= horizon with n_i > d_i of
//   (area under S from t_i to horizon)^2 * d_i / (n_i (n_i - d_i)).
struct RestrictedMean
{
    bool valid = false; // false: curve invalid, or horizon negative or not finite
    StatsIssue issue = StatsIssue::InvalidInput;
    double horizon = 0;
    double mean = 0;
    double variance = 0;
    double standardError = 0;
    Interval interval; // mean ± z·se at the curve's level; invalid when se is 0
    // The horizon lies after the last observation while the curve is above 0: the
    // last value was carried forward (as R does), which assumes nobody churns later.
    bool extrapolated = false;
};

// The Kaplan–Meier estimate of one cohort's survival (SPEC section 4, metric 1).
//
// Built once from observations or tallies; all queries are const and cheap (binary
// search in the step table), so a built curve can be shared between threads.
// An invalid curve (no subjects, or a negative count, a negative or non-finite
// time) has no steps; its queries answer 1 for survival and 0 for everything else.
class KaplanMeier
{
public:
    KaplanMeier() = default;
    static KaplanMeier fromObservations(const std::vector<SurvivalObservation> &observations,
                                        double confidenceLevel = defaultConfidenceLevel);
    static KaplanMeier fromTallies(std::vector<SurvivalTally> tallies,
                                   double confidenceLevel = defaultConfidenceLevel);

    bool isValid() const { return m_issue == StatsIssue::None; }
    StatsIssue issue() const { return m_issue; }
    double confidenceLevel() const { return m_confidenceLevel; }
    std::int64_t subjectCount() const { return m_subjectCount; }
    std::int64_t eventCount() const { return m_eventCount; }
    const std::vector<SurvivalStep> &steps() const { return m_steps; }

    double lastTime() const; // the largest observed time; 0 for an invalid curve
    // True up to the last observation, and after it when the curve has reached 0.
    bool isDefinedAt(double time) const;

    // Right-continuous step function: 1 before the first event, the last value after the
    // last observation (check isDefinedAt). Times are in the unit of the input.
    double survivalAt(double time) const;
    double varianceAt(double time) const; // Greenwood variance of S(time)
    double standardErrorAt(double time) const;
    double greenwoodSumAt(double time) const;
    Interval bandAt(double time) const; // log-log band of S(time); invalid before any event
    std::int64_t atRiskAt(double time) const; // subjects with observed time >= time

    RestrictedMean restrictedMean(double horizon) const;

private:
    // Index of the last step with step.time <= time, or -1 if none.
    std::ptrdiff_t stepIndexAt(double time) const;
    void build(std::vector<SurvivalTally> tallies);

    std::vector<SurvivalStep> m_steps;
    StatsIssue m_issue = StatsIssue::EmptyGroup;
    double m_confidenceLevel = defaultConfidenceLevel;
    std::int64_t m_subjectCount = 0;
    std::int64_t m_eventCount = 0;
};

// The log-log band for a survival value with the given Greenwood sum (variance of log S).
Interval logLogBand(double survival, double greenwoodSum, double confidenceLevel);

} // namespace Stats
