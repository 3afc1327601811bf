#pragma once

#include "analysis.h"
#include "metricresult.h"

class SequentialTrials;

// One function per metric group of SPEC section 4; each reads the Analysis
// and returns its rows, series and money value.
namespace MetricGroups {

MetricGroup retention(const Analysis &analysis);
// Retention from each social customer's first social contact against similar
// customers still with us that day (SPEC section 4a), with the naive row kept.
MetricGroup adjustedRetention(const Analysis &analysis, const SequentialTrials &trials);
// Operational cost and self-service, in this order (one pass over the contacts).
std::vector<MetricGroup> contactGroups(const Analysis &analysis);
MetricGroup saves(const Analysis &analysis);
MetricGroup raves(const Analysis &analysis);
MetricGroup crossSell(const Analysis &analysis);
MetricGroup processInnovation(const Analysis &analysis);
MetricGroup relationship(const Analysis &analysis);

// The ROI summary from the groups' values (self-service is inside
// operational cost and never added twice; relationship is descriptive).
RoiSummary roiSummary(const Analysis &analysis, const std::vector<MetricGroup> &groups);

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
