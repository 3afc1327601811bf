// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

class QCPBars;

// Net Promoter Score: one 100 % stacked horizontal bar per cohort, split into
// detractors, passives and promoters (shares labelled), with the NPS beside it.
class NpsChart : public CohortChart
{
    Q_OBJECT

public:
    enum class Segment { Detractors, Passives, Promoters };

    explicit NpsChart(QWidget *parent = nullptr);

    // Shares 0-1; passives = 1 - promoters - detractors.
    void setShares(double socialPromoters, double socialDetractors, double controlPromoters,
                   double controlDetractors);

    // Keys: 1 = control (lower bar), 2 = social (upper bar); values are shares.
    QCPBars *segmentBars(Segment segment) const;
    static constexpr double socialKey = 2;
    static constexpr double controlKey = 1;

protected:
    bool rebuild() override;

private:
    struct Shares
    {
        double promoters = 0;
        double detractors = 0;
    };
    Shares m_social;
    Shares m_control;
    bool m_hasData = false;
    QCPBars *m_segments[3] = {nullptr, nullptr, nullptr};
};
