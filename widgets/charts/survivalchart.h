// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"

#include <qcustomplot.h>

// Kaplan–Meier survival per cohort: step curves with shaded log-log bands,
// censor ticks ('+'), guides at 3, 6 and 12 months and a numbers-at-risk row
// under the plot. Time in months (days / 30.4375), survival 0-100 %.
class SurvivalChart : public CohortChart
{
    Q_OBJECT

public:
    static constexpr double daysPerMonth = 30.4375;

    explicit SurvivalChart(QWidget *parent = nullptr);

    // Where time zero is: signup (the naive comparison), or each social
    // customer's first social contact, against weighted similar customers
    // followed from the same day (the adjusted estimate, SPEC section 4a).
    enum class Origin { Signup, FirstSocialContact };

    void setCurves(const std::vector<CurvePoint> &social, const std::vector<CurvePoint> &control,
                   Origin origin = Origin::Signup);
    Origin origin() const { return m_origin; }
    // The sBG model's retention S(t) at t = 0, 1, 2, ... months from signup,
    // per cohort (empty: none), drawn dashed from where the cohort's observed
    // curve ends and named as projected. Only with Origin::Signup.
    void setProjection(const std::vector<double> &social, const std::vector<double> &control);
    QCPGraph *projectionGraph(Cohort cohort) const;

    // The plottables of one cohort (nullptr while that cohort has no curve).
    QCPGraph *curveGraph(Cohort cohort) const;
    QCPGraph *bandLowGraph(Cohort cohort) const;
    QCPGraph *bandHighGraph(Cohort cohort) const;
    QCPGraph *censorGraph(Cohort cohort) const;
    // The months at which the numbers at risk are shown, and the numbers shown
    // for a cohort at those months ("" where the curve has ended).
    QVector<double> atRiskMonths() const;
    QStringList atRiskTexts(Cohort cohort) const;

    // Number at risk of a curve at a time in days: the atRisk of the first step
    // at or after that time (subjects observed that long); 0 after the last step.
    static qint64 atRiskAt(const std::vector<CurvePoint> &curve, double days);

protected:
    bool rebuild() override;
    // The curves and bands with steps of less than half a pixel merged.
    void beginVectorExport(const QSize &layout) const override;
    void endVectorExport() const override;

private:
    struct CohortGraphs
    {
        QCPGraph *curve = nullptr;
        QCPGraph *low = nullptr;
        QCPGraph *high = nullptr;
        QCPGraph *censor = nullptr;
        QCPGraph *projection = nullptr;
        QStringList atRiskTexts;
    };
    void addCohort(Cohort cohort, const std::vector<CurvePoint> &curve);
    void addProjection(Cohort cohort, const std::vector<CurvePoint> &curve,
                       const std::vector<double> &projection);
    // Every n-th tick, so that ticks stand at least a few pixels apart on
    // an axis `axisWidth` pixels long.
    void thinCensorTicks(double axisWidth) const;
    const CohortGraphs &graphs(Cohort cohort) const;

    std::vector<CurvePoint> m_social;
    std::vector<CurvePoint> m_control;
    std::vector<double> m_socialProjection;
    std::vector<double> m_controlProjection;
    Origin m_origin = Origin::Signup;
    QCPAxisRect *m_atRiskRect;
    CohortGraphs m_socialGraphs;
    CohortGraphs m_controlGraphs;
    // The full data of the graphs a vector export thinned, to put back.
    mutable QList<QPair<QCPGraph *, QSharedPointer<QCPGraphDataContainer>>> m_exportedData;
    QVector<double> m_atRiskMonths;
};
