// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"
#include "metricgroups.h"
#include "metricrows.h"
#include "summaryaccumulator.h"
#include "trialrates.h"
#include "valueinfluence.h"

#include <cmath>

namespace {

// Contacts of analysed customers up to the as-of date, summed by cohort.
struct ContactTotals
{
    std::array<std::array<std::int64_t, channelCount>, 2> byChannel {};
    std::array<Stats::SummaryAccumulator, 2> handleMinutes;
    std::array<Stats::BinomialCounts, 2> resolved {};
    std::array<double, 2> cost {};
    std::array<double, 2> costSquares {}; // for the compound-Poisson variance of the cost
    std::vector<double> costPerCustomer; // for the money's influences
    std::array<std::int64_t, 2> selfServiceUsers {};
    MetricGroups::PerMonth phoneByMonth;
    MetricGroups::PerMonth selfServiceByMonth;
};

ContactTotals sumContacts(const Analysis &analysis)
{
    ContactTotals totals;
    totals.phoneByMonth = MetricGroups::emptyPerMonth(analysis);
    totals.selfServiceByMonth = MetricGroups::emptyPerMonth(analysis);
    const ContactColumns &contacts = analysis.data.contacts;
    std::vector<bool> usedSelfService(analysis.data.customers.size(), false);
    totals.costPerCustomer.assign(analysis.data.customers.size(), 0.0);
    for (std::size_t i = 0; i < contacts.customer.size(); ++i) {
        const auto customer = size_t(contacts.customer[i]);
        const int cohort = analysis.cohortOf[customer];
        if (cohort < 0 || contacts.day[i] > analysis.asOfDay || contacts.channel[i] < 0)
            continue;
        const auto c = size_t(cohort);
        const int channel = contacts.channel[i];
        ++totals.byChannel[c][size_t(channel)];
        totals.handleMinutes[c].add(double(contacts.handleMinutes[i]));
        if (contacts.resolved[i] >= 0) {
            totals.resolved[c].count += contacts.resolved[i];
            ++totals.resolved[c].total;
        }
        const double cost = std::isnan(contacts.cost[i])
            ? analysis.assumptions.contactCost(Channel(channel))
            : double(contacts.cost[i]);
        totals.cost[c] += cost;
        totals.costSquares[c] += cost * cost;
        totals.costPerCustomer[customer] += cost;
        const int month = analysis.monthIndex(contacts.day[i]);
        const bool inRange = month >= 0 && month < analysis.monthCount();
        if (channel == int(Channel::Phone) && inRange)
            totals.phoneByMonth[c][size_t(month)] += 1;
        if (channel == int(Channel::SelfService)) {
            if (inRange)
                totals.selfServiceByMonth[c][size_t(month)] += 1;
            if (!usedSelfService[customer]) {
                usedSelfService[customer] = true;
                ++totals.selfServiceUsers[c];
            }
        }
    }
    return totals;
}

Stats::RateComparison channelRates(const Analysis &analysis, const ContactTotals &totals,
                                   Channel channel)
{
    return Stats::comparePoissonRates({totals.byChannel[Analysis::social][size_t(channel)],
                                       analysis.customerMonths[Analysis::social]},
                                      {totals.byChannel[Analysis::control][size_t(channel)],
                                       analysis.customerMonths[Analysis::control]});
}

} // namespace

namespace MetricGroups {

namespace {

MetricGroup operationalCost(const Analysis &analysis, const ContactTotals &totals,
                            ValueInfluence *influence)
{
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    const QString perMonth = QStringLiteral("per customer-month");

    MetricGroup group;
    group.id = QStringLiteral("operational_cost");
    for (int channel = 0; channel < channelCount; ++channel) {
        const QString name = QString(channelName(Channel(channel)))
            + QLatin1String("_contacts_per_customer_month");
        group.rows.push_back(MetricRows::fromRates(
            name, perMonth, channelRates(analysis, totals, Channel(channel)), nSocial, nControl));
    }
    group.rows.push_back(MetricRows::fromMeans(
        QStringLiteral("handle_minutes"), QStringLiteral("minutes per contact"),
        Stats::welchTTest(totals.handleMinutes[Analysis::social].summary(),
                          totals.handleMinutes[Analysis::control].summary())));
    group.rows.push_back(
        MetricRows::fromProportions(QStringLiteral("resolution_share"),
                                    Stats::compareProportions(totals.resolved[Analysis::social],
                                                              totals.resolved[Analysis::control])));

    // Support cost per customer-month: total cost over exposure; its
    // variance treats the cost as a compound Poisson sum (sum of squares).
    MetricRow costRow = MetricRows::descriptive(QStringLiteral("support_cost_per_customer_month"),
                                                QStringLiteral("money per customer-month"),
                                                std::nullopt, std::nullopt, nSocial, nControl);
    const double socialMonths = analysis.customerMonths[Analysis::social];
    const double controlMonths = analysis.customerMonths[Analysis::control];
    if (socialMonths > 0 && controlMonths > 0) {
        const double socialCost = totals.cost[Analysis::social] / socialMonths;
        const double controlCost = totals.cost[Analysis::control] / controlMonths;
        const double standardError
            = std::sqrt(totals.costSquares[Analysis::social] / (socialMonths * socialMonths)
                        + totals.costSquares[Analysis::control] / (controlMonths * controlMonths));
        const Stats::NormalInference inference = Stats::normalInference(
            socialCost - controlCost, standardError, Stats::defaultConfidenceLevel);
        costRow = MetricRows::descriptive(costRow.name, costRow.unit, socialCost, controlCost,
                                          nSocial, nControl);
        if (inference.interval.valid) {
            costRow.ciLow = inference.interval.low;
            costRow.ciHigh = inference.interval.high;
            costRow.statistic = inference.test.statistic;
            costRow.statisticName = QStringLiteral("z");
            costRow.pValue = inference.test.pValue;
        }
        Stats::SampleWarnings warnings;
        warnings.smallSample = nSocial < 30 || nControl < 30;
        warnings.intervalSpansZero = !inference.interval.valid || inference.interval.spansZero();
        costRow.warning = MetricRows::warningText(warnings, true, nSocial, nControl);
        // Savings = (control - social) cost per customer-month × the social
        // customers' months inside the ROI window.
        setGroupValue(group, exposureMoney(analysis, totals.costPerCustomer, -1.0, influence));
    } else {
        costRow.warning = MetricRows::warningText({}, false, nSocial, nControl);
    }
    group.rows.push_back(costRow);

    group.series.push_back(rateSeries(analysis, QStringLiteral("phone_contacts_per_customer_month"),
                                      perMonth, totals.phoneByMonth));
    return group;
}

MetricGroup selfService(const Analysis &analysis, const ContactTotals &totals)
{
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];

    MetricGroup group;
    group.id = QStringLiteral("self_service");
    group.includedIn = QStringLiteral("operational_cost");
    group.rows.push_back(MetricRows::fromProportions(
        QStringLiteral("self_service_share"),
        Stats::compareProportions({totals.selfServiceUsers[Analysis::social], nSocial},
                                  {totals.selfServiceUsers[Analysis::control], nControl})));
    group.rows.push_back(MetricRows::fromRates(
        QStringLiteral("self_service_sessions_per_customer_month"),
        QStringLiteral("per customer-month"), channelRates(analysis, totals, Channel::SelfService),
        nSocial, nControl));

    // Phone contacts deflected × (phone cost - self-service cost); already
    // inside the operational cost difference, so never added to the ROI.
    const Stats::RateComparison phone = channelRates(analysis, totals, Channel::Phone);
    if (phone.valid) {
        const double unitSaving = analysis.assumptions.contactCost(Channel::Phone)
            - analysis.assumptions.contactCost(Channel::SelfService);
        const double months = socialMonthsInWindow(analysis);
        group.value = -phone.difference * months * unitSaving;
        if (phone.differenceInterval.valid) {
            group.valueLow = -phone.differenceInterval.high * months * unitSaving;
            group.valueHigh = -phone.differenceInterval.low * months * unitSaving;
        }
    }
    group.series.push_back(
        rateSeries(analysis, QStringLiteral("self_service_sessions_per_customer_month"),
                   QStringLiteral("per customer-month"), totals.selfServiceByMonth));
    return group;
}

} // namespace

std::vector<MetricGroup> contactGroups(const Analysis &analysis, ValueInfluence *influence)
{
    // One pass over the contacts serves both groups.
    const ContactTotals totals = sumContacts(analysis);
    return {operationalCost(analysis, totals, influence), selfService(analysis, totals)};
}

namespace {

// The values of one contact for TrialRates: an indicator per channel, then
// its cost, its handle minutes and whether they are known, whether it was
// resolved and whether that is known.
enum ContactValue : int {
    costValue = channelCount,
    minutesValue,
    minutesKnownValue,
    resolvedValue,
    resolvedKnownValue,
    contactValueCount,
};
// The ratios TrialRates estimates: contacts per customer-month by channel,
// then these.
enum ContactRatio : std::size_t {
    costRatio = channelCount,
    minutesRatio,
    resolutionRatio,
};

} // namespace

std::vector<MetricGroup> adjustedContactGroups(const Analysis &analysis,
                                               const SequentialTrials &trials,
                                               ValueInfluence *influence)
{
    // The comparison's groups give the rows that stay comparisons (the
    // share that ever used self-service) and the calendar series.
    std::vector<MetricGroup> groups = contactGroups(analysis, nullptr);
    MetricGroup &operational = groups[0];
    MetricGroup &selfServiceGroup = groups[1];

    const ContactColumns &contacts = analysis.data.contacts;
    const Assumptions &assumptions = analysis.assumptions;
    std::vector<TrialRates::Ratio> ratios;
    for (int channel = 0; channel < channelCount; ++channel)
        ratios.push_back({channel, TrialRates::customerMonths, channel == int(Channel::Phone)});
    ratios.push_back({costValue, TrialRates::customerMonths, true});
    ratios.push_back({minutesValue, minutesKnownValue});
    ratios.push_back({resolvedValue, resolvedKnownValue});
    const TrialRates rates(
        analysis, trials, contacts.customer, contacts.day, contactValueCount,
        TrialRates::eachEvent([&contacts, &assumptions](std::size_t event, double *values) {
            const int channel = contacts.channel[event];
            if (channel < 0)
                return;
            values[channel] = 1;
            values[costValue] = std::isnan(contacts.cost[event])
                ? assumptions.contactCost(Channel(channel))
                : double(contacts.cost[event]);
            if (!std::isnan(contacts.handleMinutes[event])) {
                values[minutesValue] = double(contacts.handleMinutes[event]);
                values[minutesKnownValue] = 1;
            }
            if (contacts.resolved[event] >= 0) {
                values[resolvedValue] = contacts.resolved[event];
                values[resolvedKnownValue] = 1;
            }
        }),
        ratios);

    const qint64 treated = trials.treated;
    const qint64 controls = trials.controlCustomers;
    const QString perMonth = QStringLiteral("per customer-month");
    for (int channel = 0; channel < channelCount; ++channel) {
        const QString name = QString(channelName(Channel(channel)))
            + QLatin1String("_contacts_per_customer_month");
        replaceRow(operational,
                   MetricRows::fromEstimate(name, perMonth, rates.estimate(size_t(channel)),
                                            treated, controls));
    }
    replaceRow(operational,
               MetricRows::fromEstimate(QStringLiteral("handle_minutes"),
                                        QStringLiteral("minutes per contact"),
                                        rates.estimate(minutesRatio), treated, controls));
    replaceRow(operational,
               MetricRows::fromEstimate(QStringLiteral("resolution_share"), QStringLiteral("share"),
                                        rates.estimate(resolutionRatio), treated, controls));
    replaceRow(operational,
               MetricRows::fromEstimate(QStringLiteral("support_cost_per_customer_month"),
                                        QStringLiteral("money per customer-month"),
                                        rates.estimate(costRatio), treated, controls));
    // Savings: (controls' - social) cost per customer-month × the social
    // customers' months inside the ROI window after their first contact.
    operational.value.reset();
    operational.valueLow.reset();
    operational.valueHigh.reset();
    setGroupValue(operational, rates.money(costRatio, -1.0, influence));

    const auto sessions = size_t(Channel::SelfService);
    replaceRow(selfServiceGroup,
               MetricRows::fromEstimate(QStringLiteral("self_service_sessions_per_customer_month"),
                                        perMonth, rates.estimate(sessions), treated, controls));
    // Phone contacts deflected × (phone cost - self-service cost); inside
    // the operational cost difference, so never added to the ROI.
    const double unitSaving
        = assumptions.contactCost(Channel::Phone) - assumptions.contactCost(Channel::SelfService);
    selfServiceGroup.value.reset();
    selfServiceGroup.valueLow.reset();
    selfServiceGroup.valueHigh.reset();
    setGroupValue(selfServiceGroup, rates.money(size_t(Channel::Phone), -unitSaving, nullptr));

    labelComparisons(operational);
    labelComparisons(selfServiceGroup);
    return groups;
}

} // namespace MetricGroups
