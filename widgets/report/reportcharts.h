// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QLocale>
#include <QSize>

class CohortChart;

// Renders the charts of a report to SVG, through the same ChartFactory and
// QCustomPlot painting as the window and `socialroi chart`. Widgets: GUI
// thread only. The SVG bytes it returns are plain data that the writers use
// on any thread (the HTML inlines them, the PDF draws them as vectors).
namespace ReportCharts {

// Layout sizes in 96-dpi pixels, chosen for an A4 page 178 mm wide (672 px)
// so that a chart's 9-point text prints at 9 points. The main chart is the
// taller; every chart gets the full width (side by side, the labels of the
// mentions chart run into each other).
constexpr QSize mainSize {672, 340};
constexpr QSize otherSize {672, 260};

// How many charts `group` has in a report.
int chartCount(const MetricGroup &group);

// Renders chart `index` (0 <= index < chartCount()) of `group`.
ReportChartImage render(const MetricGroup &group, int index, const QString &currency,
                        const QLocale &locale, const QFont &font);

// The ROI summary as the window's waterfall, to the net value.
ReportChartImage renderRoi(const RoiSummary &roi, const QLocale &locale, const QFont &font);

// The chart as an SVG document of `layoutSize` pixels (also its viewBox).
QByteArray toSvg(const CohortChart &chart, const QSize &layoutSize);
// The chart recorded at `layoutSize` pixels, clipping included.
QPicture toPicture(const CohortChart &chart, const QSize &layoutSize);

} // namespace ReportCharts
