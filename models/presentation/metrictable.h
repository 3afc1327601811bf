// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QLocale>
#include <QString>

// A metric group's table as a manager reads it, the same in the window's
// table (MetricRowsModel) and in the reports: its columns, their headers and
// each cell's text.
namespace MetricTable {

enum class Column { Metric, Social, Control, Difference, Lift, Interval, PValue, Sizes, Warning };
constexpr int columnCount = int(Column::Warning) + 1;

QString header(Column column);
// A cohort by its full name, "Social cohort" or "Control cohort" (Column::Social
// or Column::Control), where the columns' short headers would not do: a
// cell's tooltip, the report's facts and headings.
QString cohortName(Column column);
// The count of a cohort's customers as a row names it: "Customers in the
// social cohort", "Customers in the control cohort".
QString cohortCustomers(Column column);
// What the column means, for a header's tooltip (empty for the metric column).
QString headerToolTip(Column column);

// The cell's text. With `statisticalDetails`, a row that reports a test's
// verdict names the test beside its label ("… (log-rank test)").
QString cell(const MetricRow &row, Column column, const QString &currency,
             const QLocale &locale = QLocale(), bool statisticalDetails = false);

// A cohort's value with its 95% interval from a fitted model, "€1,234 (€1,100
// to €1,380)"; the value alone when the interval is unknown.
QString valueWithInterval(std::optional<double> value, std::optional<double> low,
                          std::optional<double> high, const QString &unit, const QString &currency,
                          const QLocale &locale = QLocale());

} // namespace MetricTable
