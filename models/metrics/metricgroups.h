// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "metricresult.h"
#include "roibootstrap.h"

class SequentialTrials;
class ValueInfluence;

// One function per metric group of SPEC section 4; each reads the Analysis
// and returns its rows, series and money value.
namespace MetricGroups {

// The groups that claim money add each customer's influence on it to
// `influence` (when given), for the interval of the ROI's total value.
MetricGroup retention(const Analysis &analysis, ValueInfluence *influence = nullptr);
// Retention from each social customer's first social contact against similar
// customers still with us that day (SPEC section 4a), with the naive row kept.
MetricGroup adjustedRetention(const Analysis &analysis, const SequentialTrials &trials,
                              ValueInfluence *influence = nullptr);
// Operational cost and self-service, in this order (one pass over the contacts).
std::vector<MetricGroup> contactGroups(const Analysis &analysis,
                                       ValueInfluence *influence = nullptr);
MetricGroup saves(const Analysis &analysis);
MetricGroup raves(const Analysis &analysis, ValueInfluence *influence = nullptr);
MetricGroup crossSell(const Analysis &analysis, ValueInfluence *influence = nullptr);

// The adjusted method (SPEC section 4a): the rows that have dates (contacts,
// support cost, self-service sessions, mentions, cross-sell revenue per
// customer-month) estimated from each social customer's first social
// contact against similar customers still with us that day (TrialRates),
// with their money over the ROI window from those estimates. The rows that
// cannot be (a share ever reached, undated recommendation scores) stay
// comparisons and say so.
std::vector<MetricGroup> adjustedContactGroups(const Analysis &analysis,
                                               const SequentialTrials &trials,
                                               ValueInfluence *influence = nullptr);
MetricGroup adjustedRaves(const Analysis &analysis, const SequentialTrials &trials,
                          ValueInfluence *influence = nullptr);
MetricGroup adjustedCrossSell(const Analysis &analysis, const SequentialTrials &trials,
                              ValueInfluence *influence = nullptr);
// Replaces the row of the same name with `row`.
void replaceRow(MetricGroup &group, MetricRow row);
// Labels every row that is not an estimate as a comparison from signup, and
// names the monthly series (cohorts side by side by calendar month) naive.
void labelComparisons(MetricGroup &group);
MetricGroup processInnovation(const Analysis &analysis);
MetricGroup relationship(const Analysis &analysis);
// A saved customer is worth what the lifetime value says a customer is
// worth from there on: the contribution margin × monthly revenue × the
// social cohort's sBG discounted expected remaining lifetime from the month
// the save window ends, averaged over the saved social customers. nullopt
// without a fitted sBG or a discount rate.
std::optional<double> remainingValueOfASave(const Analysis &analysis, const CohortModels &social);
// Values the saves group's extra saves at remainingValueOfASave() (one
// definition of a customer's worth with the lifetime value) and adds the
// `value_per_save` row; without the model the horizon's revenue stays, and
// the row says so. Needs the relationship group's models.
void valueSavesOverRemainingLifetime(const Analysis &analysis, std::vector<MetricGroup> &groups);

// The ROI summary over the analysis window from the groups' values (saves
// are inside retention and self-service inside operational cost, never
// added twice; relationship is descriptive), with the interval of the total
// from the customers' summed influences.
RoiSummary roiSummary(const Analysis &analysis, const std::vector<MetricGroup> &groups,
                      const ValueInfluence &influence);
// A part shown inside another group over the same window (self-service
// inside operational cost) never exceeds its whole: a value beyond the
// whole's (or of the other sign) is kept as valueAlone, and the value
// becomes the part of the whole's value it explains, between 0 and the
// whole's value. Saves are left as they are: valued over the remaining
// lifetime, they are not a share of retention's window money. Run after the
// whole's value is final.
void keepPartsInsideTheirWhole(std::vector<MetricGroup> &groups);
// Replaces the interval of the total value (and of the ROI) with the
// bootstrap's percentiles, to which the entered figures are added as they
// are. Leaves `roi` as it is when the bootstrap is not usable.
void applyBootstrap(RoiSummary &roi, const RoiBootstrap::Result &bootstrap);

// A money value with its 95% interval, from a standard error.
struct MoneyEstimate
{
    bool valid = false;
    double value = 0;
    double standardError = 0;
    // exposureMoney() only: the cohorts' rates per customer-month and the
    // standard error of their difference.
    double socialRate = 0;
    double controlRate = 0;
    double rateStandardError = 0;
};
void setGroupValue(MetricGroup &group, const MoneyEstimate &money);

// Money from a per-customer-month difference: scale × (social rate −
// control rate) × the social customers' months inside the ROI window, where
// each cohort's rate is the sum of `amount` over the sum of the customers'
// observed months. Each customer's influence (the ratio estimators,
// linearized; the window's months held fixed) goes to `influence`.
MoneyEstimate exposureMoney(const Analysis &analysis, const std::vector<double> &amount,
                            double scale, ValueInfluence *influence);
// The social customers' months inside the ROI window.
double socialMonthsInWindow(const Analysis &analysis);

// Monthly series helpers shared by the groups.
using PerMonth = std::array<std::vector<double>, 2>; // by cohort, indexed by month
PerMonth emptyPerMonth(const Analysis &analysis);
MonthlySeries rateSeries(const Analysis &analysis, const QString &name, const QString &unit,
                         const PerMonth &events);
MonthlySeries shareSeries(const Analysis &analysis, const QString &name, const PerMonth &successes,
                          const PerMonth &trials);

// The value of one retained customer over the horizon: mean monthly revenue
// of the social cohort times the months the social retention curve keeps a
// customer within the horizon (its restricted mean).
double customerValueOverHorizon(const Analysis &analysis);

} // namespace MetricGroups
