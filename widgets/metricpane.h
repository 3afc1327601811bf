// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "scoresfile.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <memory>

class CohortChart;
class QPushButton;
class RepeatCountChart;
class RepeatTrackingChart;
class MentionsChart;
class MetricRowsModel;
class MonthlySeriesChart;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class SurvivalChart;

// One metric group of SPEC section 4 (configured by its id): a title, the
// money value line, the plain-language note, the group's main chart (and for
// raves the mentions chart), the monthly series chart, and the table of the
// engine's rows (sortable, copyable as TSV). Splitters let the user share the
// room between charts and table.
//
// The relationship pane adds a second tab of charts, the BG/NBD model
// checks (tracking plot, repeat-order histogram, P(alive)), the sentence of
// what lifetime value rests on, and "Export customer scores…", which writes
// the file of `socialroi scores` on a worker thread.
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
    // The project the results come from (the scores export reads it).
    void setProject(const QString &projectPath);
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
    // Relationship only: the BG/NBD model checks.
    RepeatTrackingChart *trackingChart() const { return m_trackingChart; }
    RepeatCountChart *repeatCountChart() const { return m_repeatCountChart; }
    RepeatCountChart *aliveChart() const { return m_aliveChart; }
    QPushButton *exportScoresButton() const { return m_exportScores; }
    // Relationship: the tabs of the value charts and of the model checks.
    QTabWidget *chartTabs() const { return m_chartTabs; }
    // The export's last message: the file written, or why not.
    QString exportMessageText() const;
    QList<CohortChart *> charts() const;
    QString titleText() const;
    QString valueText() const;
    // "Social cohort: … · control cohort: … · as of …" (MetricWording::cohortLine).
    QString cohortText() const;
    QString noteText() const;

public Q_SLOTS:
    // Asks for a file (CSV or XLSX) and exports the customer scores to it.
    void exportScores();
    // Writes the customer scores of the shown result's as-of date to `path`
    // off the UI thread; scoresExported() tells the outcome.
    void exportScoresTo(const QString &path);

Q_SIGNALS:
    void scoresExported(bool written, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createCharts();
    void apply();
    void applyCharts(const MetricGroup &group, const QString &currency);
    void applyProjection(const MetricGroup &group);
    void applyModelChecks(const MetricGroup &group);
    void createModelCheckCharts();
    void onScoresExported();
    void retranslate();
    void showStatisticalDetails(bool shown);
    void retranslateCharts();
    void fitTable();

    QString m_groupId;
    std::shared_ptr<const MetricsResult> m_result; // newest received
    std::shared_ptr<const MetricsResult> m_shown; // drawn now
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_cohorts;
    QLabel *m_note;
    QCheckBox *m_details; // StatisticalDetails: the p-value and sizes columns
    MetricRowsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QSplitter *m_splitter;
    QSplitter *m_chartSplitter;
    CohortChart *m_mainChart = nullptr;
    CohortChart *m_secondChart = nullptr;
    MonthlySeriesChart *m_seriesChart = nullptr;
    SurvivalChart *m_projectionChart = nullptr;
    QTabWidget *m_chartTabs = nullptr; // relationship: value charts, model checks
    QSplitter *m_checkSplitter = nullptr;
    RepeatTrackingChart *m_trackingChart = nullptr;
    RepeatCountChart *m_repeatCountChart = nullptr;
    RepeatCountChart *m_aliveChart = nullptr;
    QPushButton *m_exportScores = nullptr;
    QLabel *m_exportMessage = nullptr;
    QFutureWatcher<ScoresFile::Outcome> m_exportWatcher;
    QString m_exportPath; // the file being written
    QString m_projectPath;
    bool m_userSized = false; // the user moved the splitter: keep their sizes
};
