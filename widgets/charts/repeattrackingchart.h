// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

class QCPGraph;

// The BG/NBD tracking plot (Fader, Hardie & Lee 2005, figure 4): each
// cohort's cumulative repeat transactions by week, counted (solid) and as
// the model expects (dashed), with the end of the calibration period (the
// as-of date) marked; weeks after it are a holdout the model never saw.
// Weeks count from the earlier cohort's first order.
class RepeatTrackingChart : public CohortChart
{
    Q_OBJECT

public:
    explicit RepeatTrackingChart(QWidget *parent = nullptr);

    void setTracking(const RepeatTracking &social, const RepeatTracking &control);

    QCPGraph *actualGraph(Cohort cohort) const;
    QCPGraph *expectedGraph(Cohort cohort) const;
    // The key of the end of the calibration period (NaN without data).
    double calibrationEnd() const { return m_calibrationEnd; }

protected:
    bool rebuild() override;

private:
    void addCohort(Cohort cohort, double offset);
    const RepeatTracking &tracking(Cohort cohort) const
    {
        return cohort == Cohort::Social ? m_social : m_control;
    }

    RepeatTracking m_social;
    RepeatTracking m_control;
    QCPGraph *m_actual[2] = {nullptr, nullptr};
    QCPGraph *m_expected[2] = {nullptr, nullptr};
    double m_calibrationEnd = 0;
};
