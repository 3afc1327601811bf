// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

class QCPBars;

// Positive and negative mentions per cohort, side by side (social beside
// control for each kind), each bar labelled with its count and summed reach.
class MentionsChart : public CohortChart
{
    Q_OBJECT

public:
    explicit MentionsChart(QWidget *parent = nullptr);

    void setMentions(double socialPositive, double socialNegative, double controlPositive,
                     double controlNegative, double socialPositiveReach, double socialNegativeReach,
                     double controlPositiveReach, double controlNegativeReach);

    // Keys: 1 = positive, 2 = negative; values are counts.
    QCPBars *bars(Cohort cohort) const;
    static constexpr double positiveKey = 1;
    static constexpr double negativeKey = 2;

    // Reach on the labels: "2.4 M", "380 k" (the tooltip gives the exact sum).
    QString compactNumber(double value) const;

protected:
    bool rebuild() override;

private:
    struct Counts
    {
        double positive = 0;
        double negative = 0;
        double positiveReach = 0;
        double negativeReach = 0;
    };
    Counts m_social;
    Counts m_control;
    bool m_hasData = false;
    QCPBars *m_socialBars = nullptr;
    QCPBars *m_controlBars = nullptr;
};
