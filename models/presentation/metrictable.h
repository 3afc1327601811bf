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
// What the column means, for a header's tooltip (empty for the metric column).
QString headerToolTip(Column column);

// The cell's text. With `statisticalDetails`, a row that reports a test's
// verdict names the test beside its label ("… (log-rank test)").
QString cell(const MetricRow &row, Column column, const QString &currency,
             const QLocale &locale = QLocale(), bool statisticalDetails = false);

} // namespace MetricTable
