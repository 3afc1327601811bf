// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrictable.h"

#include "commontext.h"
#include "metricformat.h"
#include "metriclabels.h"

#include <QCoreApplication>

namespace {

struct MetricTableText
{
    Q_DECLARE_TR_FUNCTIONS(MetricTable)
};

} // namespace

namespace MetricTable {

QString cohortName(Column column)
{
    //: The customers served by the social care team (the group compared)
    return column == Column::Social ? MetricTableText::tr("Social cohort")
                                    //: The customers served the usual way (the comparison group)
                                    : MetricTableText::tr("Control cohort");
}

QString cohortCustomers(Column column)
{
    return column == Column::Social ? MetricTableText::tr("Customers in the social cohort")
                                    : MetricTableText::tr("Customers in the control cohort");
}

QString header(Column column)
{
    switch (column) {
    case Column::Metric:
        return MetricTableText::tr("Metric");
    case Column::Social:
        //: Column header: the value for the social cohort (customers served by the social care team)
        return MetricTableText::tr("Social");
    case Column::Control:
        //: Column header: the value for the control cohort (the comparison group)
        return MetricTableText::tr("Control");
    case Column::Difference:
        return MetricTableText::tr("Difference");
    case Column::Lift:
        //: Column header: the difference divided by the control value (relative uplift)
        //: Column header: the difference relative to the control cohort's value
        return MetricTableText::tr("Relative difference");
    case Column::Interval:
        return MetricTableText::tr("95% interval");
    case Column::PValue:
        return MetricTableText::tr("p-value");
    case Column::Sizes:
        return MetricTableText::tr("n (social / control)");
    case Column::Warning:
        // i18n: column header of the warning icons; keep it short.
        return MetricTableText::tr("Note");
    }
    return {};
}

QString headerToolTip(Column column)
{
    switch (column) {
    case Column::Metric:
        return {};
    case Column::Social:
        return MetricTableText::tr("Customers who dealt with the social care team");
    case Column::Control:
        return MetricTableText::tr("Every other customer");
    case Column::Difference:
        return MetricTableText::tr("Social minus control");
    case Column::Lift:
        return MetricTableText::tr("The difference relative to the control cohort");
    case Column::Interval:
        return MetricTableText::tr("The interval the true difference lies in, with 95% confidence");
    case Column::PValue:
        return MetricTableText::tr(
            "How likely a difference this large would be if the cohorts were alike; "
            "below 0.05 is usually taken as real");
    case Column::Sizes:
        return MetricTableText::tr(
            "How many customers (or contacts, orders, answers) each figure rests on");
    case Column::Warning:
        return MetricTableText::tr("A warning when the data cannot support a conclusion");
    }
    return {};
}

QString cell(const MetricRow &row, Column column, const QString &currency, const QLocale &locale,
             bool statisticalDetails)
{
    switch (column) {
    case Column::Metric: {
        // Only a row that reports its test's verdict (a p-value) names the test.
        const QString test = statisticalDetails && row.pValue ? metricRowTest(row.name) : QString();
        //: A metric row's label with the statistical test it reports
        return test.isEmpty() ? metricRowLabel(row.name)
                              : CommonText::withAside(metricRowLabel(row.name), test);
    }
    case Column::Social:
    case Column::Control: {
        const bool social = column == Column::Social;
        const QString value
            = MetricFormat::value(social ? row.social : row.control, row.unit, currency, locale);
        // Model-based rows (lifetime value, DERL) show each cohort's interval
        // from the fitted parameters beside the value.
        const std::optional<double> &error
            = social ? row.socialStandardError : row.controlStandardError;
        if (!error)
            return value;
        return valueWithInterval(
            social ? row.social : row.control, social ? row.socialLow : row.controlLow,
            social ? row.socialHigh : row.controlHigh, row.unit, currency, locale);
    }
    case Column::Difference:
        return MetricFormat::difference(row.difference, row.unit, currency, locale);
    case Column::Lift:
        return MetricFormat::lift(row.lift, locale);
    case Column::Interval:
        return MetricFormat::interval(row.ciLow, row.ciHigh, row.unit, currency, locale);
    case Column::PValue:
        return MetricFormat::pValue(row.pValue, locale);
    case Column::Sizes:
        // Figures entered by hand rest on no sample.
        if (row.nSocial == 0 && row.nControl == 0)
            return MetricFormat::missing();
        // i18n: sample sizes, social cohort / control cohort.
        return MetricTableText::tr("%1 / %2").arg(locale.toString(row.nSocial),
                                                  locale.toString(row.nControl));
    case Column::Warning:
        return QString();
    }
    return {};
}

QString valueWithInterval(std::optional<double> value, std::optional<double> low,
                          std::optional<double> high, const QString &unit, const QString &currency,
                          const QLocale &locale)
{
    const QString text = MetricFormat::value(value, unit, currency, locale);
    if (!value || !low || !high)
        return text;
    //: A cohort's value with its 95% interval, e.g. "€1,234 (€1,100 to €1,380)"
    return MetricTableText::tr("%1 (%2 to %3)")
        .arg(text, MetricFormat::value(low, unit, currency, locale),
             MetricFormat::value(high, unit, currency, locale));
}

} // namespace MetricTable
