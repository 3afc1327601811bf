// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorstate.h"

#include <cstddef>
#include <functional>
#include <string>
#include <thread>
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

// The sum of term(0) + term(1) + ... + term(n - 1), added in index order
// from zero, whatever the threads: a large sum computes its second half's
// terms on a second thread into `buffer` while this thread computes and
// adds the first half, then adds the buffer. The likelihoods of the
// customer-base models are such sums over a million customers, evaluated
// hundreds of times in a fit; the order of the additions is what makes the
// fit the same to the last bit as on one thread. `term` must be safe to call
// from two threads at once.
template<typename Term>
double orderedSum(std::size_t n, std::vector<double> &buffer, const Term &term)
{
    // Below this the second thread costs more than it saves.
    constexpr std::size_t parallelFrom = 20000;
    double sum = 0;
    if (n < parallelFrom || std::thread::hardware_concurrency() < 2) {
        for (std::size_t i = 0; i < n; ++i)
            sum += term(i);
        return sum;
    }
    const std::size_t half = n / 2;
    buffer.resize(n - half);
    std::thread second([&buffer, &term, half, n] {
        clearUpperVectorState();
        for (std::size_t i = half; i < n; ++i)
            buffer[i - half] = term(i);
    });
    for (std::size_t i = 0; i < half; ++i)
        sum += term(i);
    second.join();
    for (const double value : buffer)
        sum += value;
    return sum;
}

// The inverse of a symmetric positive-definite matrix (row-major, n × n)
// through its Cholesky factor; false when it is not positive definite.
bool invertPositiveDefinite(std::vector<double> &matrix, std::size_t n);

// The lower Cholesky factor of a valid fit's covariance (row-major): the
// estimates plus this times standard normal draws sample the estimates'
// normal approximation (a parametric bootstrap). Zeros for an invalid fit.
std::vector<double> choleskyFactor(const LikelihoodFit &fit);

} // namespace Stats
