// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatcountchart.h"

#include "localeticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr double barWidth = 0.36; // in key units; one bin per key
constexpr double barSpacing = 0.04;

int cohortIndex(Cohort cohort)
{
    return cohort == Cohort::Social ? 0 : 1;
}

double total(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

} // namespace

RepeatCountChart::RepeatCountChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Vertical);
    mainAxisRect()->setRangeDrag(Qt::Vertical);
    refresh();
}

void RepeatCountChart::setHistograms(const QStringList &labels, const Histogram &social,
                                     const Histogram &control, const QString &binAxisLabel,
                                     const QString &valueAxisLabel)
{
    m_labels = labels;
    m_binAxisLabel = binAxisLabel;
    m_social = social;
    m_control = control;
    storeValueAxisLabel(valueAxisLabel);
    refresh();
}

QCPBars *RepeatCountChart::bars(Cohort cohort) const
{
    return m_bars[cohortIndex(cohort)];
}

QCPGraph *RepeatCountChart::expectedMarkers(Cohort cohort) const
{
    return m_expected[cohortIndex(cohort)];
}

bool RepeatCountChart::rebuild()
{
    m_bars[0] = m_bars[1] = nullptr;
    m_expected[0] = m_expected[1] = nullptr;
    m_highest = 0;
    if (!(total(m_social.counted) > 0) && !(total(m_control.counted) > 0))
        return false;
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_labels.size(); ++i)
        labels->addTick(i + 1, m_labels.at(i));
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    keyAxis->setLabel(m_binAxisLabel);
    valueAxis->setTicker(QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Percent));

    auto *group = new QCPBarsGroup(plot());
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(barSpacing);
    addCohort(Cohort::Social, group);
    addCohort(Cohort::Control, group);
    keyAxis->setRange(0.4, m_labels.size() + 0.6);
    valueAxis->setRange(0, std::max(0.01, m_highest * 1.12));
    return true;
}

void RepeatCountChart::addCohort(Cohort cohort, QCPBarsGroup *group)
{
    const bool social = cohort == Cohort::Social;
    const Histogram &histogram = social ? m_social : m_control;
    const double customers = total(histogram.counted);
    if (!(customers > 0))
        return;
    const CohortPalette colours = cohortPalette();
    const QColor colour = social ? colours.social : colours.control;
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QVector<double> keys;
    QVector<double> shares;
    QVector<double> markerKeys;
    QVector<double> expectedShares;
    // With plot-coordinate spacing each bar sits half a bar and half a gap
    // to its side of the key.
    const double offset = (social ? -1 : 1) * (barWidth + barSpacing) / 2;
    const double expectedTotal = total(histogram.expected);
    for (int i = 0; i < m_labels.size() && std::size_t(i) < histogram.counted.size(); ++i) {
        keys.append(i + 1);
        shares.append(histogram.counted[std::size_t(i)] / customers);
        m_highest = std::max(m_highest, shares.back());
        if (std::size_t(i) < histogram.expected.size() && expectedTotal > 0) {
            markerKeys.append(i + 1 + offset);
            expectedShares.append(histogram.expected[std::size_t(i)] / expectedTotal);
            m_highest = std::max(m_highest, expectedShares.back());
        }
    }
    auto *bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(sideName(cohort));
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(barWidth);
    bars->setBrush(colour);
    bars->setPen(QPen(colour.darker(115), 1));
    bars->setData(keys, shares, true);
    bars->setBarsGroup(group);
    bars->addToLegend();
    m_bars[cohortIndex(cohort)] = bars;

    QCPGraph *markers = nullptr;
    if (!markerKeys.isEmpty()) {
        markers = plot()->addGraph(keyAxis, valueAxis);
        markers->setLineStyle(QCPGraph::lsNone);
        markers->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDiamond, QPen(colours.text, 1.5), QBrush(colours.background), 9));
        markers->setData(markerKeys, expectedShares, true);
        // The title says what the diamonds are; the legend names the cohorts.
        //: Name of the diamonds that show the share the BG/NBD model expects in each bin
        markers->setName(tr("Expected by the model"));
        addCompanion(bars, markers);
        m_expected[cohortIndex(cohort)] = markers;
    }

    const QStringList labels = m_labels;
    const Histogram data = histogram;
    const auto toolTip = [this, cohort, labels, data, customers, expectedTotal](int index) {
        if (index < 0 || index >= labels.size() || std::size_t(index) >= data.counted.size())
            return QString();
        QString text = QStringLiteral("<b>%1</b><br>%2<br>")
                           .arg(sideName(cohort), labels.at(index).toHtmlEscaped())
            + tr("%1 customer(s) (%2)", nullptr, int(data.counted[std::size_t(index)]))
                  .arg(formatNumber(data.counted[std::size_t(index)], false, 0),
                       formatNumber(data.counted[std::size_t(index)] / customers, true));
        if (std::size_t(index) < data.expected.size() && expectedTotal > 0)
            text += QStringLiteral("<br>")
                + expectedLine(
                        formatNumber(data.expected[std::size_t(index)] / expectedTotal, true));
        return text;
    };
    setToolTipSource(bars, toolTip);
    if (markers)
        setToolTipSource(markers, toolTip);
}
