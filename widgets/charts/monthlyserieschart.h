// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

class QCPGraph;

// One rate per calendar month for each cohort: two lines with shaded 95 %
// intervals; a missing value leaves a gap in its line and band.
class MonthlySeriesChart : public CohortChart
{
    Q_OBJECT

public:
    explicit MonthlySeriesChart(QWidget *parent = nullptr);

    void setSeries(const MonthlySeries &series, const QString &valueAxisLabel, bool percent);

    // Keys are QCPAxisTickerDateTime keys of each month's first day (UTC);
    // missing values are NaN.
    QCPGraph *lineGraph(Cohort cohort) const;
    QCPGraph *lowGraph(Cohort cohort) const;
    QCPGraph *highGraph(Cohort cohort) const;
    static double monthKey(const QDate &month);

protected:
    bool rebuild() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct CohortGraphs
    {
        QCPGraph *line = nullptr;
        QCPGraph *low = nullptr;
        QCPGraph *high = nullptr;
    };
    void addCohort(Cohort cohort);
    int tickCountForWidth() const;

    MonthlySeries m_series;
    bool m_percent = false;
    CohortGraphs m_socialGraphs;
    CohortGraphs m_controlGraphs;
};
