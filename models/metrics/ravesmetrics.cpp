// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgroups.h"
#include "metricrows.h"
#include "netpromoterscore.h"
#include "trialrates.h"
#include "valueinfluence.h"

#include <cmath>
#include <iterator>

namespace MetricGroups {

namespace {

// People reached per customer-month, with the interval of the difference from
// the compound-Poisson variance (the sum of the squared reaches).
MetricRow reachPerMonth(const QString &name, const Analysis &analysis,
                        const std::array<double, 2> &reach, const std::array<double, 2> &squares)
{
    const double socialMonths = analysis.customerMonths[Analysis::social];
    const double controlMonths = analysis.customerMonths[Analysis::control];
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    if (!(socialMonths > 0) || !(controlMonths > 0)) {
        return MetricRows::descriptive(name, QStringLiteral("people reached per customer-month"),
                                       std::nullopt, std::nullopt, nSocial, nControl);
    }
    MetricRow row
        = MetricRows::descriptive(name, QStringLiteral("people reached per customer-month"),
                                  reach[Analysis::social] / socialMonths,
                                  reach[Analysis::control] / controlMonths, nSocial, nControl);
    const double standardError
        = std::sqrt(squares[Analysis::social] / (socialMonths * socialMonths)
                    + squares[Analysis::control] / (controlMonths * controlMonths));
    if (row.difference && standardError > 0) {
        row.ciLow = *row.difference - 1.959963984540054 * standardError;
        row.ciHigh = *row.difference + 1.959963984540054 * standardError;
    }
    return row;
}

} // namespace

MetricGroup raves(const Analysis &analysis, ValueInfluence *influence)
{
    const CustomerColumns &customers = analysis.data.customers;
    std::array<Stats::NpsCounts, 2> nps {};
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        const int score = customers.npsScore[i];
        if (cohort < 0 || score < 0)
            continue;
        Stats::NpsCounts &counts = nps[size_t(cohort)];
        (score >= 9 ? counts.promoters : score >= 7 ? counts.passives : counts.detractors) += 1;
    }

    const MentionColumns &mentions = analysis.data.mentions;
    std::array<Stats::BinomialCounts, 2> positive {};
    std::array<Stats::BinomialCounts, 2> negative {};
    std::array<double, 2> positiveReach {};
    std::array<double, 2> negativeReach {};
    std::array<double, 2> positiveReachSquares {}; // for the compound-Poisson variance
    std::array<double, 2> negativeReachSquares {};
    PerMonth positiveByMonth = emptyPerMonth(analysis);
    PerMonth mentionsByMonth = emptyPerMonth(analysis);
    for (std::size_t i = 0; i < mentions.customer.size(); ++i) {
        if (mentions.customer[i] < 0 || mentions.day[i] > analysis.asOfDay)
            continue;
        const int cohort = analysis.cohortOf[size_t(mentions.customer[i])];
        if (cohort < 0)
            continue;
        const auto c = size_t(cohort);
        const bool isPositive = mentions.sentiment[i] == 0;
        const bool isNegative = mentions.sentiment[i] == 2;
        positive[c].count += isPositive;
        negative[c].count += isNegative;
        ++positive[c].total;
        ++negative[c].total;
        const double reach = double(mentions.reach[i]);
        positiveReach[c] += isPositive ? reach : 0.0;
        negativeReach[c] += isNegative ? reach : 0.0;
        positiveReachSquares[c] += isPositive ? reach * reach : 0.0;
        negativeReachSquares[c] += isNegative ? reach * reach : 0.0;
        const int month = analysis.monthIndex(mentions.day[i]);
        if (month >= 0 && month < analysis.monthCount()) {
            positiveByMonth[c][size_t(month)] += isPositive;
            mentionsByMonth[c][size_t(month)] += 1;
        }
    }

    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    MetricGroup group;
    group.id = QStringLiteral("raves");
    group.rows.push_back(MetricRows::fromNps(
        QStringLiteral("nps"),
        Stats::compareNetPromoterScores(nps[Analysis::social], nps[Analysis::control])));
    const Stats::ProportionComparison recommend = Stats::compareProportions(
        {nps[Analysis::social].promoters, nps[Analysis::social].total()},
        {nps[Analysis::control].promoters, nps[Analysis::control].total()});
    group.rows.push_back(MetricRows::fromProportions(QStringLiteral("recommend_share"), recommend));
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("detractor_share"),
        Stats::compareProportions(
            {nps[Analysis::social].detractors, nps[Analysis::social].total()},
            {nps[Analysis::control].detractors, nps[Analysis::control].total()})));
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("positive_mention_share"),
        Stats::compareProportions(positive[Analysis::social], positive[Analysis::control])));
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("negative_mention_share"),
        Stats::compareProportions(negative[Analysis::social], negative[Analysis::control])));
    // Mentions and their reach per customer-month, with intervals: the
    // cohorts differ in size and in time observed, so their totals (kept
    // below as context) cannot be compared.
    const Stats::PoissonCounts socialMonths {0, analysis.customerMonths[Analysis::social]};
    const Stats::PoissonCounts controlMonths {0, analysis.customerMonths[Analysis::control]};
    const QString perMonth = QStringLiteral("per customer-month");
    group.rows.push_back(MetricRows::fromRates(
        QStringLiteral("positive_mentions_per_customer_month"), perMonth,
        Stats::comparePoissonRates({positive[Analysis::social].count, socialMonths.exposure},
                                   {positive[Analysis::control].count, controlMonths.exposure}),
        nSocial, nControl));
    group.rows.push_back(MetricRows::fromRates(
        QStringLiteral("negative_mentions_per_customer_month"), perMonth,
        Stats::comparePoissonRates({negative[Analysis::social].count, socialMonths.exposure},
                                   {negative[Analysis::control].count, controlMonths.exposure}),
        nSocial, nControl));
    group.rows.push_back(reachPerMonth(QStringLiteral("positive_mention_reach_per_customer_month"),
                                       analysis, positiveReach, positiveReachSquares));
    group.rows.push_back(reachPerMonth(QStringLiteral("negative_mention_reach_per_customer_month"),
                                       analysis, negativeReach, negativeReachSquares));
    group.rows.push_back(
        MetricRows::total(QStringLiteral("positive_mentions"), QStringLiteral("mentions"),
                          double(positive[Analysis::social].count),
                          double(positive[Analysis::control].count), nSocial, nControl));
    group.rows.push_back(
        MetricRows::total(QStringLiteral("negative_mentions"), QStringLiteral("mentions"),
                          double(negative[Analysis::social].count),
                          double(negative[Analysis::control].count), nSocial, nControl));
    group.rows.push_back(MetricRows::total(
        QStringLiteral("positive_mention_reach"), QStringLiteral("people reached"),
        positiveReach[Analysis::social], positiveReach[Analysis::control], nSocial, nControl));
    group.rows.push_back(MetricRows::total(
        QStringLiteral("negative_mention_reach"), QStringLiteral("people reached"),
        negativeReach[Analysis::social], negativeReach[Analysis::control], nSocial, nControl));

    // Promoters gained × value of a promoter (0 unless the user sets one).
    if (recommend.valid) {
        const double scale = double(nSocial) * analysis.assumptions.valueOfPromoter;
        group.value = recommend.difference * scale;
        group.valueLow = recommend.differenceInterval.low * scale;
        group.valueHigh = recommend.differenceInterval.high * scale;
        // Answers, not customers' whole histories: counted as independent.
        if (influence) {
            const double standardError
                = (*group.valueHigh - *group.valueLow) / (2 * 1.959963984540054);
            influence->addIndependentVariance(standardError * standardError);
        }
    }
    group.series.push_back(shareSeries(analysis, QStringLiteral("positive_mention_share"),
                                       positiveByMonth, mentionsByMonth));
    return group;
}

MetricGroup adjustedRaves(const Analysis &analysis, const SequentialTrials &trials,
                          ValueInfluence *influence)
{
    // Recommendation scores carry no date: they stay a comparison, and so
    // does the promoters' money drawn from them.
    MetricGroup group = raves(analysis, influence);
    const MentionColumns &mentions = analysis.data.mentions;
    enum : int { positiveValue, negativeValue, positiveReach, negativeReach, allValue, valueCount };
    const TrialRates rates(analysis, trials, mentions.customer, mentions.day, valueCount,
                           TrialRates::eachEvent([&mentions](std::size_t event, double *values) {
                               const bool positive = mentions.sentiment[event] == 0;
                               const bool negative = mentions.sentiment[event] == 2;
                               values[positiveValue] = positive;
                               values[negativeValue] = negative;
                               values[positiveReach]
                                   = positive ? double(mentions.reach[event]) : 0.0;
                               values[negativeReach]
                                   = negative ? double(mentions.reach[event]) : 0.0;
                               values[allValue] = 1;
                           }),
                           {{positiveValue},
                            {negativeValue},
                            {positiveReach},
                            {negativeReach},
                            {positiveValue, allValue},
                            {negativeValue, allValue}});
    const qint64 treated = trials.treated;
    const qint64 controls = trials.controlCustomers;
    const QString perMonth = QStringLiteral("per customer-month");
    const QString reachPerMonth = QStringLiteral("people reached per customer-month");
    const struct
    {
        const char *name;
        const QString &unit;
    } rows[] = {
        {"positive_mentions_per_customer_month", perMonth},
        {"negative_mentions_per_customer_month", perMonth},
        {"positive_mention_reach_per_customer_month", reachPerMonth},
        {"negative_mention_reach_per_customer_month", reachPerMonth},
    };
    for (std::size_t r = 0; r < std::size(rows); ++r)
        replaceRow(group,
                   MetricRows::fromEstimate(QLatin1String(rows[r].name), rows[r].unit,
                                            rates.estimate(r), treated, controls));
    replaceRow(group,
               MetricRows::fromEstimate(QStringLiteral("positive_mention_share"),
                                        QStringLiteral("share"), rates.estimate(4), treated,
                                        controls));
    replaceRow(group,
               MetricRows::fromEstimate(QStringLiteral("negative_mention_share"),
                                        QStringLiteral("share"), rates.estimate(5), treated,
                                        controls));
    labelComparisons(group);
    return group;
}

} // namespace MetricGroups
