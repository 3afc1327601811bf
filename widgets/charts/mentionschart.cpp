// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionschart.h"

#include "localeticker.h"
#include "metriclabels.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double barWidth = 0.32;
constexpr double barSpacing = 0.04;
constexpr double keyLower = 0.4;
constexpr double keyUpper = 2.6;

} // namespace

MentionsChart::MentionsChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Vertical);
    mainAxisRect()->setRangeDrag(Qt::Vertical);
    refresh();
}

void MentionsChart::setMentions(double socialPositive, double socialNegative,
                                double controlPositive, double controlNegative,
                                double socialPositiveReach, double socialNegativeReach,
                                double controlPositiveReach, double controlNegativeReach)
{
    m_social = {socialPositive, socialNegative, socialPositiveReach, socialNegativeReach};
    m_control = {controlPositive, controlNegative, controlPositiveReach, controlNegativeReach};
    m_hasData = true;
    refresh();
}

QString MentionsChart::compactNumber(double value) const
{
    const QLocale locale = chartLocale();
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        //: A number in millions, e.g. "2.4 M"
        return tr("%1 M").arg(locale.toString(value / 1e6, 'f', magnitude < 1e7 ? 1 : 0));
    if (magnitude >= 1e4)
        //: A number in thousands, e.g. "380 k"
        return tr("%1 k").arg(locale.toString(value / 1e3, 'f', 0));
    return locale.toString(value, 'f', 0);
}

QCPBars *MentionsChart::bars(Cohort cohort) const
{
    return cohort == Cohort::Social ? m_socialBars : m_controlBars;
}

bool MentionsChart::rebuild()
{
    m_socialBars = nullptr;
    m_controlBars = nullptr;
    auto counted = [](double count) { return std::isfinite(count) && count > 0; };
    if (!m_hasData
        || !(counted(m_social.positive) || counted(m_social.negative) || counted(m_control.positive)
             || counted(m_control.negative)))
        return false;

    const CohortPalette colours = cohortPalette();
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    labels->addTick(positiveKey, metricRowLabel(u"positive_mentions"));
    labels->addTick(negativeKey, metricRowLabel(u"negative_mentions"));
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    keyAxis->setLabel(QString());
    valueAxis->setTicker(QSharedPointer<LocaleTicker>::create());
    if (valueAxisLabel().isEmpty())
        valueAxis->setLabel(metricUnitLabel(u"mentions"));

    auto *group = new QCPBarsGroup(plot());
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(barSpacing);

    // The reach goes under each count while the two labels of a category fit
    // side by side above their bars; else the counts stay alone (the reach is
    // in the tooltips and the table).
    const QFontMetrics metrics(font());
    const double pixelsPerKey = axisLength(keyAxis) / (keyUpper - keyLower);
    const double labelRoom = (barWidth + barSpacing) * pixelsPerKey - 6;
    bool showReach = true;
    for (const Counts *counts : {&m_social, &m_control}) {
        for (double reach : {counts->positiveReach, counts->negativeReach}) {
            if (std::isfinite(reach))
                showReach = showReach
                    && metrics.horizontalAdvance(tr("reach %1").arg(compactNumber(reach)))
                        <= labelRoom;
        }
    }
    const int labelLines = showReach ? 2 : 1;

    double highest = 0;
    auto addCohort = [&](Cohort cohort) {
        const bool social = cohort == Cohort::Social;
        const Counts &counts = social ? m_social : m_control;
        QVector<double> keys;
        QVector<double> values;
        QVector<double> reaches;
        if (std::isfinite(counts.positive)) {
            keys.append(positiveKey);
            values.append(counts.positive);
            reaches.append(counts.positiveReach);
        }
        if (std::isfinite(counts.negative)) {
            keys.append(negativeKey);
            values.append(counts.negative);
            reaches.append(counts.negativeReach);
        }
        const QColor colour = social ? colours.social : colours.control;
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(sideName(cohort));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth);
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(115), 1));
        bars->setData(keys, values, true);
        bars->setBarsGroup(group);
        bars->addToLegend();

        const double offset = (social ? -1 : 1) * (barWidth + barSpacing) / 2;
        for (int i = 0; i < keys.size(); ++i) {
            highest = std::max(highest, values.at(i));
            auto *label = new QCPItemText(plot());
            label->position->setAxes(keyAxis, valueAxis);
            label->position->setCoords(keys.at(i) + offset, values.at(i));
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setTextAlignment(Qt::AlignHCenter);
            label->setPadding(QMargins(0, 2, 0, 3));
            label->setColor(social ? colours.socialText : colours.controlText);
            label->setFont(font());
            QString text = formatNumber(values.at(i), false, 0);
            if (showReach && std::isfinite(reaches.at(i)))
                //: Summed audience of the mentions (followers who could see them)
                text += QLatin1Char('\n') + tr("reach %1").arg(compactNumber(reaches.at(i)));
            label->setText(text);
        }
        setToolTipSource(bars, [this, cohort, keys, values, reaches](int index) {
            if (index < 0 || index >= keys.size())
                return QString();
            const QString kind = metricRowLabel(
                keys.at(index) == positiveKey ? u"positive_mentions" : u"negative_mentions");
            QString text
                = QStringLiteral("<b>%1</b><br>%2: %3")
                      .arg(sideName(cohort), kind, formatNumber(values.at(index), false, 0));
            if (std::isfinite(reaches.at(index)))
                text += QStringLiteral("<br>")
                    + tr("Summed reach: %1").arg(formatNumber(reaches.at(index), false, 0));
            return text;
        });
        return bars;
    };
    m_socialBars = addCohort(Cohort::Social);
    m_controlBars = addCohort(Cohort::Control);

    keyAxis->setRange(keyLower, keyUpper);
    // Room above the tallest bar for its label, in pixels.
    valueAxis->setRange(rangeWithLabels(valueAxis, 0, std::max(1.0, highest), 0,
                                        labelLines * metrics.height() + 8));
    return true;
}
