// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

#include <vector>

class QCPBars;
class QCPGraph;

// A histogram per cohort, bars beside each other for each bin, as shares of
// the cohort's customers (cohorts of different size compare), with what a
// model expects as markers over each bar when given: the BG/NBD check of
// repeat-transaction counts (Fader, Hardie & Lee 2005, figure 2) and the
// distribution of P(alive).
class RepeatCountChart : public CohortChart
{
    Q_OBJECT

public:
    explicit RepeatCountChart(QWidget *parent = nullptr);

    struct Histogram
    {
        std::vector<double> counted; // customers per bin
        std::vector<double> expected; // the model's customers per bin; empty for none
    };
    // `labels` name the bins, `binAxisLabel` what they count; a cohort with
    // no counts draws nothing.
    void setHistograms(const QStringList &labels, const Histogram &social, const Histogram &control,
                       const QString &binAxisLabel, const QString &valueAxisLabel);

    QCPBars *bars(Cohort cohort) const;
    QCPGraph *expectedMarkers(Cohort cohort) const;

protected:
    bool rebuild() override;

private:
    void addCohort(Cohort cohort, class QCPBarsGroup *group);

    QStringList m_labels;
    QString m_binAxisLabel;
    Histogram m_social;
    Histogram m_control;
    QCPBars *m_bars[2] = {nullptr, nullptr};
    QCPGraph *m_expected[2] = {nullptr, nullptr};
    double m_highest = 0;
};
