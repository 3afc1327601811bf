// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"
#include "metricresult.h"

#include <vector>

class QCPGraph;

// The balance of the adjusted comparison as a Love plot: one line per
// covariate (tenure, revenue, each segment, each picked attribute value),
// its standardized mean difference between the social customers compared
// and their controls before weighting (hollow circle) and after (filled
// dot), with guides at ±0.1, the usual limit of good balance. Covariates are
// listed with the largest imbalance before weighting on top.
class LoveChart : public CohortChart
{
    Q_OBJECT

public:
    explicit LoveChart(QWidget *parent = nullptr);

    void setBalance(const std::vector<BalanceRow> &balance);
    QString emptyText() const override;

    QCPGraph *beforeGraph() const { return m_before; }
    QCPGraph *afterGraph() const { return m_after; }
    QStringList covariateLabels() const; // top to bottom, as drawn

protected:
    bool rebuild() override;

private:
    std::vector<BalanceRow> m_balance; // in drawing order, top first
    QCPGraph *m_before = nullptr;
    QCPGraph *m_after = nullptr;
};
