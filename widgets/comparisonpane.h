// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QWidget>

#include <memory>

class BalanceModel;
class LoveChart;
class QLabel;
class QTableView;

// "Who is compared" (SPEC section 4a): how the adjusted estimate chose its
// comparison, in words a manager can repeat — the design and the estimand,
// who was compared and who was left out, the effective number of controls,
// how strong an unmeasured factor would have to be to explain the retention
// effect away (the E-value), and the balance of every covariate before and
// after weighting as a table and a Love plot, with a plain warning when a
// covariate is still out of balance or the overlap is thin. Under the naive
// method it says that nothing is compared like with like. Draws a new result
// when shown, like the other panes.
class ComparisonPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPane(QWidget *parent = nullptr);
    ~ComparisonPane() override;

    void setResult(const std::shared_ptr<const MetricsResult> &result);
    void clear();

    QString designText() const;
    QString countsText() const;
    QString eValueText() const;
    QString warningText() const;
    BalanceModel *model() const { return m_model; }
    LoveChart *loveChart() const { return m_love; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void retranslate();

    std::shared_ptr<const MetricsResult> m_result;
    std::shared_ptr<const MetricsResult> m_shown;
    QLabel *m_title;
    QLabel *m_design;
    QLabel *m_counts;
    QLabel *m_eValue;
    QLabel *m_warning;
    BalanceModel *m_model;
    QTableView *m_view;
    LoveChart *m_love;
};
