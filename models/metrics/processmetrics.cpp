// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgroups.h"
#include "metricrows.h"

#include <QCoreApplication>

#include <cmath>

namespace MetricGroups {

MetricGroup processInnovation(const Analysis &analysis)
{
    // Contacts handled by the social team (social channel) that led to a
    // process change, against contacts of every other channel.
    const ContactColumns &contacts = analysis.data.contacts;
    std::array<Stats::BinomialCounts, 2> changes {};
    for (std::size_t i = 0; i < contacts.customer.size(); ++i) {
        if (analysis.cohortOf[size_t(contacts.customer[i])] < 0
            || contacts.day[i] > analysis.asOfDay || contacts.processChange[i] < 0
            || contacts.channel[i] < 0) {
            continue;
        }
        const int team
            = contacts.channel[i] == int(Channel::Social) ? Analysis::social : Analysis::control;
        changes[size_t(team)].count += contacts.processChange[i];
        ++changes[size_t(team)].total;
    }

    // Improvements in place by the as-of date; their annual savings are the
    // figures entered with them: customers retained × annual customer value
    // + staff hours saved × hourly cost.
    // They are the whole project's: a customer kept is worth the project's
    // mean revenue, whatever the filters, and a selection counts its share.
    const double annualCustomerValue = 12.0 * analysis.assumptions.revenueToValue()
        * (std::isnan(analysis.projectMeanMonthlyRevenue) ? 0.0
                                                          : analysis.projectMeanMonthlyRevenue);
    double customersRetained = 0;
    double hoursSaved = 0;
    int improvementCount = 0;
    for (const Improvement &improvement : analysis.data.improvements) {
        if (improvement.day < 0 || improvement.day > analysis.asOfDay)
            continue;
        ++improvementCount;
        customersRetained += improvement.customersRetainedPerYear;
        hoursSaved += improvement.staffHoursSavedPerYear;
    }
    const double annualSavings = customersRetained * annualCustomerValue
        + hoursSaved * analysis.assumptions.staffHourlyCost;

    MetricGroup group;
    group.id = QStringLiteral("process_innovation");
    MetricRow shareRow = MetricRows::fromProportions(
        QStringLiteral("process_change_share"),
        Stats::compareProportions(changes[Analysis::social], changes[Analysis::control]));
    group.rows.push_back(shareRow);
    const QString entered = QCoreApplication::translate(
        "MetricWarnings", "Figures entered with the improvements; they carry no interval.");
    group.rows.push_back(
        MetricRows::descriptive(QStringLiteral("improvements"), QStringLiteral("improvements"),
                                double(improvementCount), std::nullopt, 0, 0, entered));
    group.rows.push_back(MetricRows::descriptive(QStringLiteral("annual_savings"),
                                                 QStringLiteral("money per year"), annualSavings,
                                                 std::nullopt, 0, 0, entered));
    // Entered figures, counted over the ROI window like every other benefit,
    // and charged to a selection by its share of the programme.
    const double years = analysis.windowMonths() / 12.0;
    group.value = annualSavings * years * analysis.programmeShare;
    group.valueLow = group.value;
    group.valueHigh = group.value;
    return group;
}

} // namespace MetricGroups
