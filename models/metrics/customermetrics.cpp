// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgroups.h"
#include "metricrows.h"
#include "summaryaccumulator.h"
#include "trialrates.h"
#include "valueinfluence.h"

#include <cmath>

namespace MetricGroups {

MetricGroup saves(const Analysis &analysis)
{
    // At-risk customers whose save window has passed by the as-of date;
    // saved = still a customer `save window` days after the at-risk date.
    const CustomerColumns &customers = analysis.data.customers;
    const int window = analysis.assumptions.saveWindowDays;
    std::array<Stats::BinomialCounts, 2> counts {};
    PerMonth saved = emptyPerMonth(analysis);
    PerMonth atRisk = emptyPerMonth(analysis);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        const std::int32_t atRiskDay = customers.atRiskDay[i];
        if (cohort < 0 || atRiskDay < customers.signupDay[i]
            || atRiskDay + window > analysis.asOfDay)
            continue;
        const bool isSaved
            = !(analysis.isChurned(i) && customers.churnDay[i] <= atRiskDay + window);
        counts[size_t(cohort)].count += isSaved;
        ++counts[size_t(cohort)].total;
        const int month = analysis.monthIndex(atRiskDay);
        if (month >= 0 && month < analysis.monthCount()) {
            saved[size_t(cohort)][size_t(month)] += isSaved;
            atRisk[size_t(cohort)][size_t(month)] += 1;
        }
    }

    MetricGroup group;
    group.id = QStringLiteral("saves");
    // A saved customer is a retained one: the money is inside retention's.
    group.includedIn = QStringLiteral("retention");
    const Stats::ProportionComparison comparison
        = Stats::compareProportions(counts[Analysis::social], counts[Analysis::control]);
    group.rows.push_back(MetricRows::fromProportions(QStringLiteral("save_rate"), comparison));
    // How many were at risk: a share of each cohort (the totals of cohorts of
    // unequal size kept as context only).
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("at_risk_share"),
        Stats::compareProportions(
            {counts[Analysis::social].total, analysis.customers[Analysis::social]},
            {counts[Analysis::control].total, analysis.customers[Analysis::control]})));
    group.rows.push_back(MetricRows::total(
        QStringLiteral("at_risk_customers"), QStringLiteral("customers"),
        double(counts[Analysis::social].total), double(counts[Analysis::control].total),
        analysis.customers[Analysis::social], analysis.customers[Analysis::control]));

    // Extra saves × customer value over the horizon.
    if (comparison.valid) {
        const double scale = double(counts[Analysis::social].total)
            * customerValueOverHorizon(analysis) * analysis.assumptions.revenueToValue();
        group.value = comparison.difference * scale;
        group.valueLow = comparison.differenceInterval.low * scale;
        group.valueHigh = comparison.differenceInterval.high * scale;
    }
    group.series.push_back(shareSeries(analysis, QStringLiteral("save_rate"), saved, atRisk));
    return group;
}

MetricGroup crossSell(const Analysis &analysis, ValueInfluence *influence)
{
    const OrderColumns &orders = analysis.data.orders;
    const std::size_t customerCount = analysis.data.customers.size();
    std::vector<double> revenue(customerCount, 0.0);
    std::vector<bool> bought(customerCount, false);
    PerMonth crossSellOrders = emptyPerMonth(analysis);
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        const auto customer = size_t(orders.customer[i]);
        const int cohort = analysis.cohortOf[customer];
        if (cohort < 0 || orders.day[i] > analysis.asOfDay || !orders.crossSell[i])
            continue;
        revenue[customer] += orders.amount[i];
        bought[customer] = true;
        const int month = analysis.monthIndex(orders.day[i]);
        if (month >= 0 && month < analysis.monthCount())
            crossSellOrders[size_t(cohort)][size_t(month)] += 1;
    }
    std::array<Stats::BinomialCounts, 2> buyers {};
    std::array<Stats::SummaryAccumulator, 2> revenuePerCustomer;
    for (std::size_t customer = 0; customer < customerCount; ++customer) {
        const int cohort = analysis.cohortOf[customer];
        if (cohort < 0)
            continue;
        buyers[size_t(cohort)].count += bought[customer];
        ++buyers[size_t(cohort)].total;
        revenuePerCustomer[size_t(cohort)].add(revenue[customer]);
    }

    MetricGroup group;
    group.id = QStringLiteral("cross_sell");
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("cross_sell_share"),
        Stats::compareProportions(buyers[Analysis::social], buyers[Analysis::control])));
    const Stats::MeanComparison perCustomer
        = Stats::welchTTest(revenuePerCustomer[Analysis::social].summary(),
                            revenuePerCustomer[Analysis::control].summary());
    group.rows.push_back(MetricRows::fromMeans(QStringLiteral("cross_sell_revenue_per_customer"),
                                               QStringLiteral("money per customer"), perCustomer));
    // Per customer-month, so a longer tenure does not pass for more buying;
    // the money is that difference over the social customers' months inside
    // the ROI window, times the margin.
    const std::vector<double> revenueAmounts(revenue.begin(), revenue.end());
    const MoneyEstimate money
        = exposureMoney(analysis, revenueAmounts, analysis.assumptions.revenueToValue(), influence);
    MetricRow perMonth = MetricRows::descriptive(
        QStringLiteral("cross_sell_revenue_per_customer_month"),
        QStringLiteral("money per customer-month"),
        money.valid ? std::optional<double>(money.socialRate) : std::nullopt,
        money.valid ? std::optional<double>(money.controlRate) : std::nullopt,
        analysis.customers[Analysis::social], analysis.customers[Analysis::control]);
    if (money.valid) {
        const double difference = money.socialRate - money.controlRate;
        perMonth.ciLow = difference - 1.959963984540054 * money.rateStandardError;
        perMonth.ciHigh = difference + 1.959963984540054 * money.rateStandardError;
    }
    group.rows.push_back(perMonth);
    setGroupValue(group, money);
    group.series.push_back(rateSeries(analysis,
                                      QStringLiteral("cross_sell_orders_per_customer_month"),
                                      QStringLiteral("per customer-month"), crossSellOrders));
    return group;
}

MetricGroup adjustedCrossSell(const Analysis &analysis, const SequentialTrials &trials,
                              ValueInfluence *influence)
{
    MetricGroup group = crossSell(analysis, nullptr);
    const OrderColumns &orders = analysis.data.orders;
    const TrialRates rates(analysis, trials, orders.customer, orders.day, 1,
                           [&orders](std::size_t event, double *values) {
                               values[0] = orders.crossSell[event] ? orders.amount[event] : 0.0;
                           },
                           {{0, TrialRates::customerMonths, true}});
    replaceRow(group,
               MetricRows::fromEstimate(QStringLiteral("cross_sell_revenue_per_customer_month"),
                                        QStringLiteral("money per customer-month"),
                                        rates.estimate(0), trials.treated,
                                        trials.controlCustomers));
    // The extra cross-sell revenue per customer-month × the social
    // customers' months inside the ROI window after their first contact,
    // times the margin.
    group.value.reset();
    group.valueLow.reset();
    group.valueHigh.reset();
    setGroupValue(group, rates.money(0, analysis.assumptions.revenueToValue(), influence));
    labelComparisons(group);
    return group;
}

MetricGroup relationship(const Analysis &analysis)
{
    const CustomerColumns &customers = analysis.data.customers;
    const OrderColumns &orders = analysis.data.orders;
    std::vector<double> orderRevenue(customers.size(), 0.0);
    std::array<Stats::SummaryAccumulator, 2> orderValue;
    std::array<std::int64_t, 2> orderCount {};
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        const auto customer = size_t(orders.customer[i]);
        const int cohort = analysis.cohortOf[customer];
        if (cohort < 0 || orders.day[i] > analysis.asOfDay)
            continue;
        orderRevenue[customer] += orders.amount[i];
        orderValue[size_t(cohort)].add(orders.amount[i]);
        ++orderCount[size_t(cohort)];
    }
    // Historical value: subscription revenue over the months observed plus
    // every order; customers without a known monthly revenue are left out.
    std::array<Stats::SummaryAccumulator, 2> lifetimeValue;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const int cohort = analysis.cohortOf[i];
        if (cohort < 0 || std::isnan(customers.monthlyRevenue[i]))
            continue;
        const double months
            = (analysis.endDay(i) - customers.signupDay[i] + 1) / Analysis::daysPerMonth;
        lifetimeValue[size_t(cohort)].add(double(customers.monthlyRevenue[i]) * months
                                          + orderRevenue[i]);
    }

    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    MetricGroup group;
    group.id = QStringLiteral("relationship");
    group.rows.push_back(
        MetricRows::fromMeans(QStringLiteral("clv"), QStringLiteral("money per customer"),
                              Stats::welchTTest(lifetimeValue[Analysis::social].summary(),
                                                lifetimeValue[Analysis::control].summary())));

    // Expected value over the horizon from each cohort's churn curve.
    auto expectedValue = [&analysis](int cohort) -> std::optional<double> {
        const Stats::RestrictedMean months
            = analysis.retention[size_t(cohort)].restrictedMean(analysis.horizonDays());
        const double revenue = analysis.meanMonthlyRevenue[size_t(cohort)];
        if (!months.valid || std::isnan(revenue))
            return std::nullopt;
        return revenue * months.mean / Analysis::daysPerMonth;
    };
    group.rows.push_back(MetricRows::descriptive(
        QStringLiteral("expected_value_over_horizon"), QStringLiteral("money per customer"),
        expectedValue(Analysis::social), expectedValue(Analysis::control), nSocial, nControl));

    group.rows.push_back(MetricRows::fromMeans(
        QStringLiteral("average_order_value"), QStringLiteral("money per order"),
        Stats::welchTTest(orderValue[Analysis::social].summary(),
                          orderValue[Analysis::control].summary())));
    const double yearsPerMonth = 1.0 / 12.0;
    group.rows.push_back(MetricRows::fromRates(
        QStringLiteral("purchase_frequency"), QStringLiteral("orders per customer-year"),
        Stats::comparePoissonRates({orderCount[Analysis::social],
                                    analysis.customerMonths[Analysis::social] * yearsPerMonth},
                                   {orderCount[Analysis::control],
                                    analysis.customerMonths[Analysis::control] * yearsPerMonth}),
        nSocial, nControl));
    return group;
}

} // namespace MetricGroups
