// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QStringList>

// Which rows of a metric group a bar chart compares, social beside control.
// One answer for the window's charts (through ChartFactory), the report's
// charts and the native charts of the XLSX sheets. Only rows the group has
// are returned, in the group's order.
namespace ChartRows {

// The main bar chart: every per-channel contact rate for operational cost,
// the headline share for the others, revenue per customer for relationship;
// empty for retention and raves, whose main charts are a survival curve and
// the NPS bars.
QStringList barRows(const MetricGroup &group);

// The second bar chart: average order value for relationship (twenty times
// smaller than revenue per customer, so it gets its own axis); else empty.
QStringList secondBarRows(const MetricGroup &group);

// The native chart of the group's XLSX sheet: rows of one unit that read
// well as clustered columns (retention at 3, 6 and 12 months; the shares of
// raves; otherwise barRows()).
QStringList spreadsheetRows(const MetricGroup &group);

// The row a summary quotes for the group ("retention_12m" for retention),
// empty when the group has none of its usual rows.
QString headlineRow(const MetricGroup &group);

} // namespace ChartRows
