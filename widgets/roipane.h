#pragma once

#include "metricresult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class RoiSummaryModel;

// The ROI summary of SPEC section 4: one sentence a manager can quote, the
// table of value components, cost, net value and ROI with their ranges, and
// the note on how they add up. Like a MetricPane, draws a new result when shown.
class RoiPane : public QWidget
{
    Q_OBJECT

public:
    explicit RoiPane(QWidget *parent = nullptr);
    ~RoiPane() override;

    void setResult(const std::shared_ptr<const MetricsResult> &result);
    void clear();

    RoiSummaryModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QString summaryText() const;
    bool hasShownResult() const { return m_shown != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void retranslate();
    QString describe(const RoiSummary &roi) const;

    std::shared_ptr<const MetricsResult> m_result;
    std::shared_ptr<const MetricsResult> m_shown;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_cohorts;
    QLabel *m_note;
    RoiSummaryModel *m_model;
    QTableView *m_view;
};
