// SPDX-License-Identifier: GPL-3.0-or-later
#include "npschart.h"

#include "localeticker.h"
#include "metriclabels.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double barWidth = 0.55;
// Room right of 100 % for the score written beside each bar.
constexpr double scoreRoom = 0.32;
// Segments narrower than this carry no label inside (the tooltip still tells).
constexpr double smallestLabelledShare = 0.07;

} // namespace

NpsChart::NpsChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Horizontal);
    mainAxisRect()->setRangeDrag(Qt::Horizontal);
    refresh();
}

void NpsChart::setShares(double socialPromoters, double socialDetractors, double controlPromoters,
                         double controlDetractors)
{
    m_social = {socialPromoters, socialDetractors};
    m_control = {controlPromoters, controlDetractors};
    m_hasData = true;
    refresh();
}

QCPBars *NpsChart::segmentBars(Segment segment) const
{
    return m_segments[int(segment)];
}

bool NpsChart::rebuild()
{
    std::fill(std::begin(m_segments), std::end(m_segments), nullptr);
    auto valid = [](const Shares &shares) {
        return std::isfinite(shares.promoters) && std::isfinite(shares.detractors)
            && shares.promoters >= 0 && shares.detractors >= 0
            && shares.promoters + shares.detractors <= 1 + 1e-9;
    };
    const bool socialValid = m_hasData && valid(m_social);
    const bool controlValid = m_hasData && valid(m_control);
    if (!socialValid && !controlValid)
        return false;

    const CohortPalette colours = cohortPalette();
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    labels->addTick(socialKey, sideName(Cohort::Social));
    labels->addTick(controlKey, sideName(Cohort::Control));
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    keyAxis->grid()->setVisible(false);
    keyAxis->setLabel(QString());
    auto percent = QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Percent);
    percent->setTickRange(0, 1);
    valueAxis->setTicker(percent);
    valueAxis->grid()->setVisible(true);
    if (valueAxisLabel().isEmpty())
        //: Axis label of the NPS chart: share of the survey answers
        valueAxis->setLabel(tr("Share of answers"));
    else
        valueAxis->setLabel(valueAxisLabel());

    struct Row
    {
        double key;
        Shares shares;
        bool valid;
    };
    // In ascending key order, as QCPBars keeps its data.
    const Row rows[] = {{controlKey, m_control, controlValid}, {socialKey, m_social, socialValid}};
    auto shareOf = [](const Shares &shares, Segment segment) {
        switch (segment) {
        case Segment::Promoters:
            return shares.promoters;
        case Segment::Detractors:
            return shares.detractors;
        case Segment::Passives:
            break;
        }
        return std::max(0.0, 1.0 - shares.promoters - shares.detractors);
    };
    auto segmentName = [](Segment segment) {
        switch (segment) {
        case Segment::Promoters:
            //: NPS survey answers of 9 or 10
            return tr("Promoters");
        case Segment::Passives:
            //: NPS survey answers of 7 or 8
            return tr("Passives");
        case Segment::Detractors:
            break;
        }
        return metricRowLabel(u"detractor_share"); // NPS survey answers from 0 to 6
    };

    // Detractors on the left, then passives and promoters stacked on top.
    const Segment order[] = {Segment::Detractors, Segment::Passives, Segment::Promoters};
    QCPBars *below = nullptr;
    for (Segment segment : order) {
        const QColor colour = segment == Segment::Promoters ? colours.promoters
            : segment == Segment::Passives                  ? colours.passives
                                                            : colours.detractors;
        QVector<double> keys;
        QVector<double> values;
        for (const Row &row : rows) {
            if (row.valid) {
                keys.append(row.key);
                values.append(shareOf(row.shares, segment));
            }
        }
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(segmentName(segment));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth);
        bars->setBrush(colour);
        bars->setPen(QPen(colours.background, 1));
        bars->setStackingGap(0);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_segments[int(segment)] = bars;
        setToolTipSource(bars, [this, segment, segmentName, keys, values](int index) {
            if (index < 0 || index >= keys.size())
                return QString();
            const Cohort cohort = keys.at(index) == socialKey ? Cohort::Social : Cohort::Control;
            return QStringLiteral("<b>%1</b><br>%2: %3")
                .arg(sideName(cohort), segmentName(segment), formatNumber(values.at(index), true));
        });

        // The share written inside its segment.
        double start = 0;
        for (int i = 0; i < keys.size(); ++i) {
            const Row &row = keys.at(i) == socialKey ? rows[1] : rows[0];
            start = 0;
            for (Segment previous : order) {
                if (previous == segment)
                    break;
                start += shareOf(row.shares, previous);
            }
            if (values.at(i) < smallestLabelledShare)
                continue;
            auto *label = new QCPItemText(plot());
            label->position->setAxes(valueAxis, keyAxis);
            label->position->setCoords(start + values.at(i) / 2, keys.at(i));
            label->setPositionAlignment(Qt::AlignCenter);
            label->setColor(CohortPalette::textOn(colour));
            label->setFont(font());
            label->setText(formatNumber(values.at(i), true, 0));
        }
    }
    for (Segment segment : {Segment::Promoters, Segment::Passives, Segment::Detractors})
        m_segments[int(segment)]->addToLegend();

    // The score beside each bar, in the cohort's colour.
    QFont scoreFont = font();
    scoreFont.setBold(true);
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.15);
    for (const Row &row : rows) {
        if (!row.valid)
            continue;
        const double score = (row.shares.promoters - row.shares.detractors) * 100.0;
        auto *label = new QCPItemText(plot());
        label->position->setAxes(valueAxis, keyAxis);
        label->position->setCoords(1.02, row.key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setTextAlignment(Qt::AlignLeft);
        // The score may run into the right margin rather than be cut off.
        label->setClipToAxisRect(false);
        label->setColor(row.key == socialKey ? colours.socialText : colours.controlText);
        label->setFont(scoreFont);
        const QLocale locale = chartLocale();
        const QString number
            = (score > 0.05 ? locale.positiveSign() : QString()) + locale.toString(score, 'f', 1);
        //: Net Promoter Score written beside a cohort's bar, e.g. "NPS +34.0"
        label->setText(tr("NPS %1").arg(number));
    }

    keyAxis->setRange(0.4, 2.6);
    valueAxis->setRange(0, 1 + scoreRoom);
    return true;
}
