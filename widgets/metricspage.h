// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "roisensitivity.h"

#include <QWidget>

class ComparisonPane;
class FilterBar;
class MetricPane;
class QLabel;
class QStackedWidget;
class RoiPane;

// The metrics side of the window: the filter bar shared by every pane, a
// message line for errors and for warnings about the whole result, and one
// page per metric group plus the ROI summary, created once and fed each new
// result.
class MetricsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPage(QWidget *parent = nullptr);

    // The ids of the panes in navigator order: metricGroupIds(), then "roi"
    // and "comparison" (who the adjusted estimate compares).
    static QStringList paneIds();

    FilterBar *filterBar() const { return m_filterBar; }
    MetricPane *metricPane(const QString &groupId) const;
    RoiPane *roiPane() const { return m_roiPane; }
    ComparisonPane *comparisonPane() const { return m_comparisonPane; }
    QString currentPane() const;
    QString messageText() const;

    // A new project: choices reloaded, filters cleared, panes emptied.
    void setProject(const QString &projectPath);
    void setResult(const MetricsResult &result);
    // The ROI sensitivity of the last result, or why it could not be computed.
    void setSensitivity(const RoiSensitivity &sensitivity);
    void showSensitivityError(const QString &message);
    void setBootstrapProgress(int done, int total);
    void showBootstrapError(const QString &message);
    void showError(const QString &message);
    bool showPane(const QString &id); // false for an unknown id

private:
    void showMessage(const QString &text);

    FilterBar *m_filterBar;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QList<MetricPane *> m_panes;
    RoiPane *m_roiPane;
    ComparisonPane *m_comparisonPane;
};
