// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QList>
#include <QWidget>

#include <memory>

class CohortChart;
class MentionsChart;
class MetricRowsModel;
class MonthlySeriesChart;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class SurvivalChart;

// One metric group of SPEC section 4 (configured by its id): a title, the
// money value line, the plain-language note, the group's main chart (and for
// raves the mentions chart), the monthly series chart, and the table of the
// engine's rows (sortable, copyable as TSV). Splitters let the user share the
// room between charts and table.
//
// Results arrive for every pane at once; a hidden pane keeps the newest and
// draws it when next shown, so a recompute only redraws what is on screen.
// The table takes the height of its rows and the charts the rest, until the
// user moves the splitter.
class MetricPane : public QWidget
{
    Q_OBJECT

public:
    explicit MetricPane(const QString &groupId, QWidget *parent = nullptr);
    ~MetricPane() override;

    QString groupId() const { return m_groupId; }
    void setResult(const std::shared_ptr<const MetricsResult> &result);
    void clear(); // no project, or a project whose metrics are being computed
    // The group shown now (nullptr before a result was drawn).
    const MetricGroup *shownGroup() const;

    MetricRowsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    // SurvivalChart (retention), NpsChart (raves) or CohortBarChart.
    CohortChart *mainChart() const { return m_mainChart; }
    // The second chart: mentions (raves) or average order value (relationship).
    CohortChart *secondChart() const { return m_secondChart; }
    MentionsChart *mentionsChart() const;
    MonthlySeriesChart *seriesChart() const { return m_seriesChart; } // nullptr without a series
    // Relationship only: retention from signup with the sBG projection.
    SurvivalChart *projectionChart() const { return m_projectionChart; }
    QList<CohortChart *> charts() const;
    QString titleText() const;
    QString valueText() const;
    QString noteText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createCharts();
    void apply();
    void applyCharts(const MetricGroup &group, const QString &currency);
    void applyProjection(const MetricGroup &group);
    void retranslate();
    void retranslateCharts();
    void fitTable();
    QString describeValue(const MetricGroup &group) const;
    QString describeCohorts() const;

    QString m_groupId;
    std::shared_ptr<const MetricsResult> m_result; // newest received
    std::shared_ptr<const MetricsResult> m_shown; // drawn now
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_cohorts;
    QLabel *m_note;
    MetricRowsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QSplitter *m_splitter;
    QSplitter *m_chartSplitter;
    CohortChart *m_mainChart = nullptr;
    CohortChart *m_secondChart = nullptr;
    MonthlySeriesChart *m_seriesChart = nullptr;
    SurvivalChart *m_projectionChart = nullptr;
    bool m_userSized = false; // the user moved the splitter: keep their sizes
};
