// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QString>
#include <QVector>

class QCustomPlot;

// Where a chart's texts landed at its last replot: every visible tick label,
// axis label, legend entry, text item and title of a QCustomPlot, as the
// rectangle its glyphs occupy in plot pixels. QCustomPlot keeps its own
// placement private, so the rectangles are recomputed from the same public
// inputs it draws from (tick vectors, fonts, paddings, offsets, the layout's
// rects); tick labels are supposed unrotated and outside the axis rect, which
// is how every chart of ours draws them. Used by the tests that check no two
// labels overlap and none is cut at the chart's edge. GUI thread only.
struct ChartLabel
{
    enum class Kind { TickLabel, AxisLabel, Legend, Item, Title };
    Kind kind;
    QString text;
    QRect rect;
    // The rectangle the text is drawn within (the plot, or the axis rect of
    // an item clipped to it): a label that leaves it is cut.
    QRect clip;
};

namespace ChartLabels {

QVector<ChartLabel> drawn(const QCustomPlot *plot);
// Pairs of labels whose rectangles overlap (or come closer than `gap`
// pixels side by side on the same line), described for a test failure.
QStringList collisions(const QVector<ChartLabel> &labels, int gap = 2);
// Labels whose rectangle leaves its clip rectangle, described likewise.
QStringList clipped(const QVector<ChartLabel> &labels);
QString describe(const ChartLabel &label);

} // namespace ChartLabels
