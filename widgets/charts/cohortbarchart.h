// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

#include <QString>
#include <QVector>

#include <optional>

class QCPBars;
class QCPErrorBars;

// Grouped bars, social beside control for each label, with error bars from each
// cohort's own 95 % interval. Shares (0-1) on a percent axis.
class CohortBarChart : public CohortChart
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        std::optional<double> social;
        std::optional<double> socialLow;
        std::optional<double> socialHigh;
        std::optional<double> control;
        std::optional<double> controlLow;
        std::optional<double> controlHigh;
    };

    explicit CohortBarChart(QWidget *parent = nullptr);

    void setBars(const QVector<Bar> &bars, const QString &valueAxisLabel, bool percent);
    // Writes each bar's value above it (off by default).
    void setValueLabelsShown(bool shown);
    bool valueLabelsShown() const;

    QCPBars *bars(Cohort cohort) const;
    QCPErrorBars *errorBars(Cohort cohort) const;

protected:
    bool rebuild() override;

private:
    QVector<Bar> m_bars;
    bool m_percent = false;
    bool m_valueLabels = false;
    QCPBars *m_socialBars = nullptr;
    QCPBars *m_controlBars = nullptr;
    QCPErrorBars *m_socialErrors = nullptr;
    QCPErrorBars *m_controlErrors = nullptr;
};
