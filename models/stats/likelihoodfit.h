// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace Stats {

// Why a model of the customer base has no estimate. The metric layer turns
// each into a sentence a manager can act on.
enum class FitIssue {
    None,
    InvalidInput, // a negative, non-finite or inconsistent observation
    TooFewCustomers, // fewer customers than the model needs
    NoEvents, // nobody left (sBG) or nobody came back (BG/NBD): the data cannot place the rate
    TooFewRepeatBuyers, // BG/NBD and Gamma-Gamma need repeat buyers
    SpendTracksFrequency, // Gamma-Gamma: spend and frequency correlated beyond its assumption
    OptimizerFailed, // the optimiser stopped without a maximum
    AtBoundary, // the maximum lies at the edge of the parameter space
    NoStandardErrors, // the observed information is not positive definite
};

// A maximum-likelihood estimate with standard errors from the observed
// information (the inverse of minus the numerical Hessian of the
// log-likelihood at the maximum, in the parameters' own scale).
struct LikelihoodFit
{
    bool valid = false; // estimates, standard errors and log-likelihood are usable
    FitIssue issue = FitIssue::None;
    std::string detail; // the optimiser's own words when it failed, for logs
    std::vector<double> estimates;
    std::vector<double> standardErrors;
    std::vector<double> covariance; // row-major, estimates.size() squared
    double logLikelihood = 0;
    int evaluations = 0;
};

// Maximises `logLikelihood` over positive parameters with NLopt (BOBYQA on
// the logarithms of the parameters, then a second run from its answer to
// settle the last digits). `start` must be positive. The function may return
// -inf or NaN where the likelihood is not defined; it is read as a very
// small value. Runs on the calling thread; independent calls may run in
// parallel.
LikelihoodFit maximizeLikelihood(const std::function<double(const double *)> &logLikelihood,
                                 const std::vector<double> &start);

// log Γ(x) and log B(a, b) in double precision (Boost.Math without its
// default promotion to long double, which costs several times as much in
// a likelihood evaluated thousands of times).
double logGamma(double x);
double logBeta(double a, double b);

// The inverse of a symmetric positive-definite matrix (row-major, n × n)
// through its Cholesky factor; false when it is not positive definite.
bool invertPositiveDefinite(std::vector<double> &matrix, std::size_t n);

// The lower Cholesky factor of a valid fit's covariance (row-major): the
// estimates plus this times standard normal draws sample the estimates'
// normal approximation (a parametric bootstrap). Zeros for an invalid fit.
std::vector<double> choleskyFactor(const LikelihoodFit &fit);

} // namespace Stats
