// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"
#include "roisensitivity.h"

class QCPBars;
class QCPTextElement;

// The ROI sensitivity as a tornado: one horizontal bar per assumption that
// moves the ROI, from the ROI under the project's assumptions (a vertical
// line) to the ROI with that assumption at −20 % and at +20 %, the widest
// swing on top. When no programme cost is set, the net value instead.
// Assumptions that move nothing are named in a line under the chart rather
// than drawn as empty rows.
class SensitivityChart : public CohortChart
{
    Q_OBJECT

public:
    explicit SensitivityChart(QWidget *parent = nullptr);

    void setSensitivity(const RoiSensitivity &sensitivity);
    // Back to "Computing the sensitivity…" (a new result arrived).
    void clearSensitivity();
    // Shows why there is no sensitivity instead of a chart.
    void setFailure(const QString &message);
    bool hasSensitivity() const { return m_hasSensitivity; }
    const RoiSensitivity &sensitivity() const { return m_sensitivity; }

    // The bars of the lower (−20 %) and upper (+20 %) tried values; one data
    // point per assumption drawn, keys counting down from the widest swing.
    QCPBars *lowBars() const { return m_lowBars; }
    QCPBars *highBars() const { return m_highBars; }
    int drawnAssumptionCount() const;
    QStringList assumptionLabels() const; // top to bottom, as drawn
    QString unmovedText() const; // the line naming assumptions without effect
    // How to read the chart, for a caption beside it (translated).
    QString explanation() const;

    static QString assumptionLabel(QLatin1String key);
    QString emptyText() const override;

protected:
    bool rebuild() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString stepPercent() const;
    QString outcomeText(double value) const;
    QString triedText(const SensitivityRow &row, double value) const;

    RoiSensitivity m_sensitivity;
    bool m_hasSensitivity = false;
    QString m_failure;
    QStringList m_drawnLabels;
    QCPBars *m_lowBars = nullptr;
    QCPBars *m_highBars = nullptr;
    QCPTextElement *m_unmoved;
};
