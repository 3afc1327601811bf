// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"
#include "metricresult.h"

#include <QVector>

class QCPBars;
class QCPErrorBars;
class QCPGraph;

// The ROI summary as a waterfall (SPEC section 4), laid on its side so that
// long component names read on the left: each value component as a bar
// floating from the running total, the programme cost as a step back, and
// the net value as the last bar from zero. Every component's 95 %
// interval is drawn as error bars on its step, the net value's range
// (the interval of the whole value, less the cost) on the net bar. Gains in
// the palette's bluish green, losses in vermillion, the net value in the
// social cohort's blue; money ticks and labels in the chart's locale.
class RoiWaterfallChart : public CohortChart
{
    Q_OBJECT

public:
    explicit RoiWaterfallChart(QWidget *parent = nullptr);

    void setSummary(const RoiSummary &summary);
    const RoiSummary &summary() const { return m_summary; }

    // One bar per component, then the cost and the net value.
    int stepCount() const;
    // The bars of the steps, in order; each floats from its own base value.
    QVector<QCPBars *> stepBars() const { return m_steps; }
    // Interval whiskers, one point per step that has an interval.
    QCPErrorBars *intervals() const { return m_intervals; }
    // The labels of the steps, top to bottom (wrapped as drawn).
    QStringList stepLabels() const;

protected:
    bool rebuild() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString money(double value, bool signedText = false) const;

    RoiSummary m_summary;
    bool m_hasSummary = false;
    QVector<QCPBars *> m_steps;
    QCPGraph *m_intervalAnchors = nullptr;
    QCPErrorBars *m_intervals = nullptr;
};
