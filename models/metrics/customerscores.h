// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "betageometricnbd.h"
#include "gammagamma.h"
#include "metricresult.h"
#include "shiftedbetageometric.h"
#include "summaryaccumulator.h"

#include <array>
#include <optional>
#include <vector>

// Forward-looking value of each analysed customer from the cohort's fitted
// models of the customer base (issue "forward-looking customer lifetime
// value"): the sBG on the subscription's monthly periods, BG/NBD on repeat
// orders (same customer, same day = one transaction; weeks from the first
// order) and Gamma-Gamma on the repeat buyers' mean repeat spend. Each cohort
// is fitted on its own customers.
//
// A customer's lifetime value is
//   margin × (monthly revenue × DERL + expected discounted future order value),
// where DERL is the sBG's discounted expected residual lifetime in months at
// the monthly rate implied by annual_discount_rate (0 once churned), and the
// future orders are BG/NBD's expected transactions, discounted continuously
// at that rate over fifty years, times P(alive) and Gamma-Gamma's expected
// spend per transaction (0
// for a churned customer and for one who never ordered). A part a cohort
// has no data for (no monthly revenue, no orders) counts 0; a part whose
// model could not be fitted leaves the customer's value empty.
//
// Thread rules: a plain computation on the calling thread.
struct CustomerScore
{
    std::size_t customer = 0; // index into the ProjectData's customer columns
    int cohort = 0; // Analysis::social or Analysis::control
    std::optional<double> pAlive; // BG/NBD; customers with an order only
    std::optional<double> expectedTransactions; // over the next horizon
    std::optional<double> expectedSpendPerTransaction; // Gamma-Gamma
    std::optional<double> derlMonths;
    std::optional<double> clv; // money, after the margin
};

// A cohort's mean of a model-based figure (lifetime value, DERL) over the
// customers who have one, with the uncertainty the models' fitted parameters
// give it: the standard error by the delta method and a 95 % interval.
struct CohortValue
{
    std::optional<double> mean;
    std::optional<double> standardError;
    std::optional<double> low;
    std::optional<double> high;
};

// A cohort's per-customer figures summed as its customers are scored, in
// column order: what the metric rows need, without keeping a score per
// customer (96 bytes each: 151 MB at a million customers).
struct ScoreTotals
{
    Stats::SummaryAccumulator clv;
    Stats::SummaryAccumulator derlMonths;
    Stats::SummaryAccumulator expectedTransactions;
    Stats::SummaryAccumulator pAlive;
    qint64 withoutValue = 0; // customers without a lifetime value
};

struct CustomerScores
{
    std::vector<CohortModels> models; // by cohort
    // The analysed customers, in column order; empty when scored with
    // CustomerValue::Keep::Totals.
    std::vector<CustomerScore> scores;
    std::array<ScoreTotals, 2> totals; // by cohort
    std::array<CohortValue, 2> clv; // by cohort
    std::array<CohortValue, 2> derlMonths;
};

// A cohort's model parameters; a model without parameters counts as not
// fitted.
struct ModelParameters
{
    std::optional<Stats::ShiftedBetaGeometric::Parameters> sbg;
    std::optional<Stats::BetaGeometricNbd::Parameters> bgnbd;
    std::optional<Stats::GammaGamma::Parameters> gammaGamma;
};

namespace CustomerValue {

enum class Keep {
    EveryCustomer, // CustomerScores::scores holds each customer's score (exports)
    Totals, // only the cohorts' totals (the metric rows)
};

// Fits the models and scores every analysed customer. The fits are kept
// for later computes of the same data: in this process, and in the project
// the data were loaded from (when it can be written), for the next process.
CustomerScores score(const Analysis &analysis, Keep keep = Keep::EveryCustomer);

// Forgets the fits kept in this process, so that the next score() finds
// them as a new process would: in the project, or not at all (tests and
// benchmarks).
void clearFitCache();

// The cohort's mean lifetime value and mean DERL (in this order) with the
// models' parameters set to `parameters` instead of fitted: what a cohort
// is worth under known parameters, for the tests of the intervals.
std::array<std::optional<double>, 2> meanValueAt(const Analysis &analysis, int cohort,
                                                 const ModelParameters &parameters);

// A fitted model's warning with its cohort: "Social: the sBG model did not
// converge." (cohort Analysis::social or Analysis::control).
QString cohortWarning(int cohort, const QString &warning);

// The years of future orders the value counts.
constexpr int orderYears = 50;

} // namespace CustomerValue
