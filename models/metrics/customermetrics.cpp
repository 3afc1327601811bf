// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerscores.h"
#include "distributions.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "summaryaccumulator.h"
#include "trialrates.h"
#include "valueinfluence.h"

#include <QCoreApplication>

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
                           TrialRates::eachEvent([&orders](std::size_t event, double *values) {
                               values[0] = orders.crossSell[event] ? orders.amount[event] : 0.0;
                           }),
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

namespace {

// The mean of each cohort's available values, with how many there were.
struct CohortMeans
{
    std::array<Stats::SummaryAccumulator, 2> values;
    std::optional<double> mean(int cohort) const
    {
        const Stats::SummaryStatistics summary = values[size_t(cohort)].summary();
        return summary.count > 0 ? std::optional<double>(summary.mean) : std::nullopt;
    }
};

// Each cohort's interval from the models' parameter uncertainty (delta
// method, CustomerScores), in place of the interval of the customers'
// spread; the difference's interval adds both cohorts' model variance to
// the Welch test's, so the comparison carries the models' uncertainty too
// (conservatively: part of the parameters' uncertainty is the same sampling
// of customers), and its test is the normal one of that wider spread.
void setModelIntervals(MetricRow &row, const std::array<CohortValue, 2> &values)
{
    const CohortValue &social = values[Analysis::social];
    const CohortValue &control = values[Analysis::control];
    row.socialLow = social.low;
    row.socialHigh = social.high;
    row.socialStandardError = social.standardError;
    row.controlLow = control.low;
    row.controlHigh = control.high;
    row.controlStandardError = control.standardError;
    if (!row.difference || !social.standardError || !control.standardError)
        return;
    const double z = Stats::normalCriticalValue(0.95);
    double variance = *social.standardError * *social.standardError
        + *control.standardError * *control.standardError;
    if (row.ciLow && row.ciHigh) {
        // The Welch interval's half-width as a normal standard error.
        const double welch = (*row.ciHigh - *row.ciLow) / (2 * z);
        variance += welch * welch;
    }
    const Stats::NormalInference inference
        = Stats::normalInference(*row.difference, std::sqrt(variance), 0.95);
    if (!(variance > 0))
        return;
    row.ciLow = inference.interval.low;
    row.ciHigh = inference.interval.high;
    row.pValue = inference.test.pValue;
    row.statistic = inference.test.statistic;
    row.statisticName = QStringLiteral("z");
}

// The model-based rows (issue "forward-looking customer lifetime value"):
// clv, derl_months, expected_transactions_next_horizon and p_alive_mean,
// with the models' parameters and the reasons a model is missing.
void addLifetimeValueRows(MetricGroup &group, const Analysis &analysis,
                          const CustomerScores &scores)
{
    CohortMeans clv;
    CohortMeans derl;
    CohortMeans transactions;
    CohortMeans pAlive;
    std::array<qint64, 2> withoutValue {};
    for (std::size_t cohort : {std::size_t(Analysis::social), std::size_t(Analysis::control)}) {
        const ScoreTotals &totals = scores.totals[cohort];
        clv.values[cohort] = totals.clv;
        derl.values[cohort] = totals.derlMonths;
        transactions.values[cohort] = totals.expectedTransactions;
        pAlive.values[cohort] = totals.pAlive;
        withoutValue[cohort] = totals.withoutValue;
    }
    group.models = scores.models;

    QStringList warnings;
    for (int cohort : {Analysis::social, Analysis::control}) {
        const CohortModels &models = scores.models[size_t(cohort)];
        for (const FittedModel *model : {&models.sbg, &models.bgnbd, &models.gammaGamma}) {
            if (!model->warning.isEmpty())
                warnings << CustomerValue::cohortWarning(cohort, model->warning);
        }
    }
    if (!(analysis.assumptions.annualDiscountRate > 0))
        warnings << QCoreApplication::translate(
            "CustomerValue",
            "Lifetime value needs an annual discount rate above 0: without one a customer who "
            "stays for ever is worth without limit.");
    const qint64 missing = withoutValue[0] + withoutValue[1];
    // Computed outside the translate() call: lupdate cannot parse template
    // arguments among a message's arguments (it never returns).
    const int missingCount = int(std::min<qint64>(missing, 1000000000));
    if (missing > 0 && missing < analysis.customers[0] + analysis.customers[1])
        warnings << QCoreApplication::translate("CustomerValue",
                                                "%n customer(s) have no lifetime value: a model "
                                                "they need could not be fitted.",
                                                nullptr, missingCount);

    MetricRow clvRow
        = MetricRows::fromMeans(QStringLiteral("clv"), QStringLiteral("money per customer"),
                                Stats::welchTTest(clv.values[Analysis::social].summary(),
                                                  clv.values[Analysis::control].summary()));
    // Each cohort's mean even where the other has none to compare.
    if (!clvRow.social)
        clvRow.social = clv.mean(Analysis::social);
    if (!clvRow.control)
        clvRow.control = clv.mean(Analysis::control);
    setModelIntervals(clvRow, scores.clv);
    const QString notes = warnings.join(QLatin1Char(' '));
    clvRow.warning = clvRow.warning.isEmpty() ? notes
        : notes.isEmpty()                     ? clvRow.warning
                                              : clvRow.warning + QLatin1Char(' ') + notes;
    group.rows.push_back(clvRow);
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    MetricRow derlRow = MetricRows::descriptive(
        QStringLiteral("derl_months"), QStringLiteral("months"), derl.mean(Analysis::social),
        derl.mean(Analysis::control), nSocial, nControl);
    setModelIntervals(derlRow, scores.derlMonths);
    group.rows.push_back(derlRow);
    group.rows.push_back(MetricRows::descriptive(
        QStringLiteral("expected_transactions_next_horizon"), QStringLiteral("orders per customer"),
        transactions.mean(Analysis::social), transactions.mean(Analysis::control), nSocial,
        nControl));
    group.rows.push_back(MetricRows::descriptive(
        QStringLiteral("p_alive_mean"), QStringLiteral("share"), pAlive.mean(Analysis::social),
        pAlive.mean(Analysis::control), nSocial, nControl));
}

} // namespace

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
        // Revenue is net: a cancellation stored without its order (a negative
        // amount) takes its money back. Every other order is a purchase (free
        // ones too); only purchases count in order value and frequency.
        orderRevenue[customer] += orders.amount[i];
        if (orders.amount[i] >= 0) {
            orderValue[size_t(cohort)].add(orders.amount[i]);
            ++orderCount[size_t(cohort)];
        }
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
    addLifetimeValueRows(group, analysis,
                         CustomerValue::score(analysis, CustomerValue::Keep::Totals));
    // What the customers have brought so far (the lifetime value before the
    // models: subscription revenue over the months observed plus orders).
    group.rows.push_back(MetricRows::fromMeans(
        QStringLiteral("historical_value"), QStringLiteral("money per customer"),
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

QString CustomerValue::cohortWarning(int cohort, const QString &warning)
{
    return (cohort == Analysis::social
                ? QCoreApplication::translate("CustomerValue", "Social: %1")
                : QCoreApplication::translate("CustomerValue", "Control: %1"))
        .arg(warning);
}
