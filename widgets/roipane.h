// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "roisensitivity.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTableView;
class RoiSummaryModel;
class RoiWaterfallChart;
class SensitivityChart;

// The ROI summary of SPEC section 4: one sentence a manager can quote, the
// table of value components, cost, net value and ROI with their ranges, the
// same as a waterfall chart, how much the ROI depends on each assumption (a
// tornado chart), and the note on how they add up. Like a MetricPane, draws a
// new result when shown. The sensitivity arrives after its result (it is
// computed after it); a new result clears it until its own arrives. The
// ROI's interval is first the linear approximation; the bootstrap that
// checks it reports its progress here and replaces it with a new result.
class RoiPane : public QWidget
{
    Q_OBJECT

public:
    explicit RoiPane(QWidget *parent = nullptr);
    ~RoiPane() override;

    void setResult(const std::shared_ptr<const MetricsResult> &result);
    // The sensitivity of the result last set.
    void setSensitivity(const RoiSensitivity &sensitivity);
    void showSensitivityError(const QString &message);
    // The bootstrap of the result last set has done `done` of `total`
    // replicates; its interval comes with setResult().
    void setBootstrapProgress(int done, int total);
    void showBootstrapError(const QString &message);
    void clear();

    RoiSummaryModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QString summaryText() const;
    QString intervalText() const;
    bool hasShownResult() const { return m_shown != nullptr; }
    RoiWaterfallChart *waterfallChart() const { return m_waterfall; }
    SensitivityChart *sensitivityChart() const { return m_sensitivityChart; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void fitTableHeight();
    void retranslate();
    QString describe(const RoiSummary &roi) const;
    QString describeInterval() const; // of m_shown

    std::shared_ptr<const MetricsResult> m_result;
    std::shared_ptr<const MetricsResult> m_shown;
    std::optional<RoiSensitivity> m_sensitivity;
    bool m_sensitivityShown = false;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_cohorts;
    QLabel *m_note;
    RoiSummaryModel *m_model;
    QTableView *m_view;
    RoiWaterfallChart *m_waterfall;
    SensitivityChart *m_sensitivityChart;
    QScrollArea *m_scroll;
    QSplitter *m_chartSplitter;
    QLabel *m_sensitivityCaption;
    // How the ROI's interval was found, and the bootstrap's progress.
    QLabel *m_interval;
    QProgressBar *m_bootstrapBar;
    int m_bootstrapDone = -1; // -1: no bootstrap running
    int m_bootstrapTotal = 0;
    QString m_bootstrapError;
};
