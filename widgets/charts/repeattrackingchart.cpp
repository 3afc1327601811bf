// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeattrackingchart.h"

#include "localeticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

int cohortIndex(Cohort cohort)
{
    return cohort == Cohort::Social ? 0 : 1;
}

bool hasData(const RepeatTracking &tracking)
{
    return tracking.firstDay.isValid() && !tracking.actualCumulative.empty();
}

} // namespace

RepeatTrackingChart::RepeatTrackingChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Horizontal);
    mainAxisRect()->setRangeDrag(Qt::Horizontal);
    refresh();
}

void RepeatTrackingChart::setTracking(const RepeatTracking &social, const RepeatTracking &control)
{
    m_social = social;
    m_control = control;
    refresh();
}

QCPGraph *RepeatTrackingChart::actualGraph(Cohort cohort) const
{
    return m_actual[cohortIndex(cohort)];
}

QCPGraph *RepeatTrackingChart::expectedGraph(Cohort cohort) const
{
    return m_expected[cohortIndex(cohort)];
}

bool RepeatTrackingChart::rebuild()
{
    m_actual[0] = m_actual[1] = nullptr;
    m_expected[0] = m_expected[1] = nullptr;
    m_calibrationEnd = std::numeric_limits<double>::quiet_NaN();
    if (!hasData(m_social) && !hasData(m_control))
        return false;
    // Both cohorts on one calendar: weeks from the earlier first order.
    QDate first;
    for (const RepeatTracking *tracking : {&m_social, &m_control}) {
        if (hasData(*tracking) && (!first.isValid() || tracking->firstDay < first))
            first = tracking->firstDay;
    }
    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    xAxis->setTicker(QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Number));
    xAxis->setLabel(tr("Weeks since the first order"));
    yAxis->setTicker(QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Number));

    double lastKey = 0;
    double highest = 0;
    for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
        const RepeatTracking &data = tracking(cohort);
        if (!hasData(data))
            continue;
        const double offset = data.firstDay.daysTo(first) / -7.0;
        addCohort(cohort, offset);
        lastKey = std::max(lastKey, offset + double(data.actualCumulative.size()));
        for (const std::vector<double> *values :
             {&data.actualCumulative, &data.expectedCumulative}) {
            if (!values->empty())
                highest = std::max(highest, *std::max_element(values->begin(), values->end()));
        }
        if (std::isnan(m_calibrationEnd))
            m_calibrationEnd = offset + data.calibrationWeeks;
    }

    const CohortPalette colours = cohortPalette();
    // The as-of date, when later orders give a holdout of a week or more.
    if (std::isfinite(m_calibrationEnd) && m_calibrationEnd + 1 <= lastKey) {
        auto *line = new QCPItemStraightLine(plot());
        line->point1->setCoords(m_calibrationEnd, 0);
        line->point2->setCoords(m_calibrationEnd, 1);
        line->setPen(QPen(colours.guide, 1, Qt::DashDotLine));
        const auto addLabel = [&](const QString &text, Qt::Alignment side) {
            auto *label = new QCPItemText(plot());
            label->position->setAxes(xAxis, yAxis);
            label->position->setCoords(m_calibrationEnd, highest * 1.12);
            label->setPositionAlignment(side | Qt::AlignTop);
            label->setPadding(QMargins(4, 0, 4, 0));
            label->setColor(colours.mutedText);
            label->setFont(font());
            label->setText(text);
        };
        //: Tracking chart: the weeks the model was fitted to, left of the as-of date
        addLabel(tr("← fitted"), Qt::AlignRight);
        // The holdout's label only where it has room.
        if (lastKey - m_calibrationEnd >= 0.25 * lastKey)
            //: Tracking chart: the weeks after the as-of date, which the model never saw
            addLabel(tr("holdout →"), Qt::AlignLeft);
    }
    xAxis->setRange(0, std::max(1.0, lastKey));
    yAxis->setRange(0, std::max(1.0, highest * 1.15));
    return true;
}

void RepeatTrackingChart::addCohort(Cohort cohort, double offset)
{
    const RepeatTracking &data = tracking(cohort);
    const CohortPalette colours = cohortPalette();
    const QColor colour = cohort == Cohort::Social ? colours.social : colours.control;
    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QVector<double> keys;
    for (std::size_t week = 0; week < data.actualCumulative.size(); ++week)
        keys.append(offset + double(week + 1));
    const QVector<double> actual(data.actualCumulative.begin(), data.actualCumulative.end());
    const QVector<double> expected(data.expectedCumulative.begin(), data.expectedCumulative.end());

    QCPGraph *actualLine = plot()->addGraph(xAxis, yAxis);
    actualLine->setName(sideName(cohort));
    actualLine->setPen(QPen(colour, 2));
    actualLine->setData(keys, actual, true);
    actualLine->addToLegend();
    QCPGraph *expectedLine = plot()->addGraph(xAxis, yAxis);
    //: Tooltip and export name of the line of repeat transactions the BG/NBD model expects
    expectedLine->setName(tr("%1: model").arg(sideName(cohort)));
    expectedLine->setPen(QPen(colour.darker(130), 2, Qt::DashLine));
    expectedLine->setData(keys.mid(0, expected.size()), expected, true);
    // The title says what the dashes are; the legend names the cohorts.
    addCompanion(actualLine, expectedLine);
    m_actual[cohortIndex(cohort)] = actualLine;
    m_expected[cohortIndex(cohort)] = expectedLine;

    const auto toolTip = [this, cohort, actual, expected](int index) {
        if (index < 0 || index >= actual.size())
            return QString();
        QString text = QStringLiteral("<b>%1</b><br>").arg(sideName(cohort))
            + tr("Week %1").arg(chartLocale().toString(index + 1));
        text += QStringLiteral("<br>")
            + tr("Repeat orders so far: %1").arg(formatNumber(actual.at(index), false, 0));
        if (index < expected.size())
            text += QStringLiteral("<br>")
                + CohortChart::expectedLine(formatNumber(expected.at(index), false, 0));
        return text;
    };
    setToolTipSource(actualLine, toolTip);
    setToolTipSource(expectedLine, toolTip);
}
