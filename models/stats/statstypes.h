// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// Vocabulary shared by every result of the statistics layer (SPEC section 4).
//
// Every result is a plain value type: copy it across threads freely. Validity is
// always said with `valid` flags (never std::optional, never NaN or inf):
// - a result's `valid` covers its point estimates (per-group values, difference);
// - its Interval and TestResult members carry their own `valid`, because an estimate
//   can exist without a standard error (e.g. no event yet in either cohort);
// - `issue` names the first problem that made the result or its test invalid.
// A number whose flag is false is still finite (0, the inputs echoed back, or the
// point estimate where the type says so), so printing it by mistake shows a harmless
// value; callers should show "no value" (JSON null) instead.
namespace Stats {

constexpr double defaultConfidenceLevel = 0.95;
// SPEC section 4: a cohort with fewer than 30 members, or an expected count
// under 5, gets a small-sample warning.
constexpr std::int64_t smallSampleSize = 30;
constexpr double smallExpectedCount = 5.0;

// Why a result (or its test) is not valid. Results report the first problem found.
enum class StatsIssue {
    None,
    InvalidInput, // negative count, count above its total, non-finite value, level outside (0, 1)
    EmptyGroup, // a group has no observations (or no exposure)
    TooFewObservations, // a sample variance needs at least 2 observations per group
    NoEvents, // nothing happened in either group: there is nothing to test
    ZeroVariance, // the standard error is 0: no interval and no test statistic exist
    BeyondFollowUp, // a time after a curve's last observation while that curve is above 0
};

// A two-sided confidence interval. When valid is false, low and high both hold
// the point estimate (or 0 when there is none), so a chart can still draw a
// collapsed bar; do not print them as an interval.
struct Interval
{
    bool valid = false;
    double low = 0;
    double high = 0;

    bool contains(double value) const { return low <= value && value <= high; }
    bool spansZero() const { return valid && low <= 0 && 0 <= high; }
};

// A two-sided test of "no difference". When valid is false the statistic is 0
// and the p-value 1: report "no test possible", never "no effect".
struct TestResult
{
    bool valid = false;
    double statistic = 0; // z, Welch t or chi-square, as the result type says
    double degreesOfFreedom = 0; // t and chi-square; 0 for z statistics
    double pValue = 1;
};

// The small-sample warnings of SPEC section 4 for one comparison. Flags that do
// not apply to a comparison stay false (each result type documents which it sets).
struct SampleWarnings
{
    bool smallSample = false; // a group has fewer than smallSampleSize members
    bool smallExpectedCount = false; // an expected count under smallExpectedCount
    bool intervalSpansZero = false; // the interval of the difference includes 0 (or is missing)
    bool fewAtRisk = false; // survival: fewer than 5 subjects at risk at the time read
    bool beyondFollowUp = false; // survival: a time after a curve's last observation

    bool any() const
    {
        return smallSample || smallExpectedCount || intervalSpansZero || fewAtRisk
            || beyondFollowUp;
    }
};

} // namespace Stats
