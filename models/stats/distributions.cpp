// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace Stats {

namespace {

// Errors are reported as NaN/inf (never thrown) and caught by the finiteness checks below.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

using Normal = boost::math::normal_distribution<double, Policy>;
using StudentT = boost::math::students_t_distribution<double, Policy>;
using ChiSquared = boost::math::chi_squared_distribution<double, Policy>;

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

double probabilityOrOne(double p)
{
    if (!std::isfinite(p))
        return 1;
    return std::min(1.0, std::max(0.0, p));
}

} // namespace

bool isValidConfidenceLevel(double confidenceLevel)
{
    return std::isfinite(confidenceLevel) && confidenceLevel > 0 && confidenceLevel < 1;
}

double normalCriticalValue(double confidenceLevel)
{
    if (!isValidConfidenceLevel(confidenceLevel))
        return 0;
    const double upperTail = (1 - confidenceLevel) / 2;
    return finiteOr(boost::math::quantile(boost::math::complement(Normal(), upperTail)), 0);
}

double studentCriticalValue(double confidenceLevel, double degreesOfFreedom)
{
    if (!isValidConfidenceLevel(confidenceLevel) || !std::isfinite(degreesOfFreedom)
        || degreesOfFreedom <= 0)
        return 0;
    const double upperTail = (1 - confidenceLevel) / 2;
    return finiteOr(
        boost::math::quantile(boost::math::complement(StudentT(degreesOfFreedom), upperTail)), 0);
}

double twoSidedNormalPValue(double z)
{
    if (!std::isfinite(z))
        return 1;
    return probabilityOrOne(2 * boost::math::cdf(boost::math::complement(Normal(), std::abs(z))));
}

double twoSidedStudentPValue(double t, double degreesOfFreedom)
{
    if (!std::isfinite(t) || !std::isfinite(degreesOfFreedom) || degreesOfFreedom <= 0)
        return 1;
    return probabilityOrOne(
        2 * boost::math::cdf(boost::math::complement(StudentT(degreesOfFreedom), std::abs(t))));
}

double chiSquaredUpperTail(double x, double degreesOfFreedom)
{
    if (!std::isfinite(x) || !std::isfinite(degreesOfFreedom) || degreesOfFreedom <= 0)
        return 1;
    if (x <= 0)
        return 1;
    return probabilityOrOne(
        boost::math::cdf(boost::math::complement(ChiSquared(degreesOfFreedom), x)));
}

NormalInference normalInference(double estimate, double standardError, double confidenceLevel)
{
    NormalInference result;
    const double point = std::isfinite(estimate) ? estimate : 0;
    result.interval.low = point;
    result.interval.high = point;
    if (!std::isfinite(estimate) || !std::isfinite(standardError) || standardError <= 0
        || !isValidConfidenceLevel(confidenceLevel))
        return result;
    const double margin = normalCriticalValue(confidenceLevel) * standardError;
    result.interval = {true, estimate - margin, estimate + margin};
    const double z = estimate / standardError;
    result.test = {true, z, 0, twoSidedNormalPValue(z)};
    return result;
}

} // namespace Stats
