// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstypes.h"

// Thin wrappers over Boost.Math distributions, guarded so that they never throw
// and never return NaN: out-of-domain arguments give the documented fallback.
namespace Stats {

// True for a confidence level strictly between 0 and 1.
bool isValidConfidenceLevel(double confidenceLevel);

// z such that P(-z < Z < z) = confidenceLevel for a standard normal Z (1.959964 for 0.95).
// Returns 0 for an invalid level.
double normalCriticalValue(double confidenceLevel);

// t such that P(-t < T < t) = confidenceLevel for Student's T with the given degrees of
// freedom (any positive real). Returns 0 for an invalid level or degrees of freedom.
double studentCriticalValue(double confidenceLevel, double degreesOfFreedom);

// Two-sided p-values P(|Z| >= |z|) and P(|T| >= |t|); 1 for non-finite arguments or
// degrees of freedom that are not positive. Computed from the upper tail, so tiny
// p-values keep their relative precision.
double twoSidedNormalPValue(double z);
double twoSidedStudentPValue(double t, double degreesOfFreedom);

// P(X >= x) for a chi-square X; 1 for invalid arguments.
double chiSquaredUpperTail(double x, double degreesOfFreedom);

// The normal-approximation interval estimate ± z·se and its z test against 0.
// Both are invalid (interval collapsed on the estimate, statistic 0, p 1) unless
// the standard error is positive and finite and the level valid.
struct NormalInference
{
    Interval interval;
    TestResult test;
};
NormalInference normalInference(double estimate, double standardError, double confidenceLevel);

} // namespace Stats
