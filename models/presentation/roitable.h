// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The ROI table as a manager reads it, the same in the ROI pane
// (RoiSummaryModel) and in the reports: a line per component, then the total
// value, the programme cost, the net value and the return on investment, each
// with its value and its interval's low and high ends.
namespace RoiTable {

struct Line
{
    QString id; // the component's metric group id, or "value", "cost", "net", "roi"
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    bool isRatio = false; // the ROI, a percentage; the others are money
    bool isTotal = false; // after the components
};

std::vector<Line> lines(const RoiSummary &roi);
QStringList headers(); // Component, Value, Low, High
QString label(const Line &line);
// The label of a line by its id ("cost": "Programme cost").
QString labelOf(const QString &id);
// A number of the line, as money or (the ROI) a percentage.
QString number(const Line &line, std::optional<double> value, const QString &currency,
               const QLocale &locale = QLocale());
// Why the line holds what it holds, for a tooltip; empty when nothing to say.
QString toolTip(const Line &line, const RoiSummary &roi);

} // namespace RoiTable
