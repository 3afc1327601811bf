// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"
#include "metricresult.h"

#include <QByteArray>
#include <QStringList>

// The CSV form of a MetricsResult (`socialroi metrics --format csv`): a header
// record, then one record per metric row in the order of the groups, UTF-8,
// CRLF line ends, cells written by the dialect (numbers to 12 significant
// digits, an empty cell for a missing or non-finite value, text neutralised
// against formula injection and quoted per RFC 4180). The header keeps its
// canonical names in every dialect. Pure functions, safe on any thread.
namespace MetricsCsv {

// metric,name,unit,social,control,difference,lift,ci_low,ci_high,p_value,
// statistic,ratio,ratio_ci_low,ratio_ci_high,n_social,n_control,warning
const QStringList &columns();

// programs(): the command line's default, locale-neutral form.
QByteArray toCsv(const MetricsResult &result, const CsvDialect &dialect = CsvDialect::programs());

} // namespace MetricsCsv
