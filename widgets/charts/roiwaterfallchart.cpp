// SPDX-License-Identifier: GPL-3.0-or-later
#include "roiwaterfallchart.h"

#include "localeticker.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "roitable.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double barWidth = 0.62; // in key units; one step per key
constexpr int wrapColumns = 22;

struct Step
{
    QString label;
    double base = 0; // where the bar starts
    double change = 0; // signed length of the bar
    bool total = false; // the net value, drawn from zero
    bool hasInterval = false;
    double low = 0; // interval of the bar's end, in axis values
    double high = 0;
};

} // namespace

RoiWaterfallChart::RoiWaterfallChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Vertical);
    mainAxisRect()->setRangeDrag(Qt::Vertical);
    refresh();
}

void RoiWaterfallChart::setSummary(const RoiSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    refresh();
}

int RoiWaterfallChart::stepCount() const
{
    return m_steps.size();
}

QStringList RoiWaterfallChart::stepLabels() const
{
    QStringList labels;
    auto ticker = mainAxisRect()->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>();
    if (ticker && !m_steps.isEmpty()) {
        // Keys count down from the first step.
        for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it)
            labels.prepend(it.value());
    }
    return labels;
}

void RoiWaterfallChart::resizeEvent(QResizeEvent *event)
{
    CohortChart::resizeEvent(event);
    // The room for the value labels depends on the width.
    if (!isEmpty())
        refresh();
}

QString RoiWaterfallChart::money(double value, bool signedText) const
{
    const QString text = MetricFormat::money(value, m_summary.currency, chartLocale());
    return signedText && value > 0 ? chartLocale().positiveSign() + text : text;
}

bool RoiWaterfallChart::rebuild()
{
    m_steps.clear();
    m_intervalAnchors = nullptr;
    m_intervals = nullptr;
    if (!m_hasSummary || m_summary.components.empty())
        return false;

    // The steps: components from the running total, the cost down, the net from zero.
    QVector<Step> steps;
    double running = 0;
    for (const RoiComponent &component : m_summary.components) {
        Step step;
        step.label = metricGroupTitle(component.id);
        step.base = running;
        step.change = component.value;
        step.hasInterval = component.low != component.value || component.high != component.value;
        step.low = running + component.low;
        step.high = running + component.high;
        running += component.value;
        steps.append(step);
    }
    Step cost;
    cost.label = RoiTable::labelOf(QStringLiteral("cost"));
    cost.base = running;
    cost.change = -m_summary.cost;
    steps.append(cost);
    Step net;
    net.label = RoiTable::labelOf(QStringLiteral("net")); // as the ROI table names it
    net.change = m_summary.net;
    net.total = true;
    // The interval of the whole value (one method for the sum), not the sum
    // of the components' limits.
    net.hasInterval = m_summary.valueLow != m_summary.valueHigh;
    net.low = m_summary.valueLow - m_summary.cost;
    net.high = m_summary.valueHigh - m_summary.cost;
    steps.append(net);

    // Horizontal bars, the first step on top: long component names (German,
    // Hindi) get a line of their own on the left instead of colliding below.
    const CohortPalette colours = cohortPalette();
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    keyAxis->grid()->setVisible(false);
    valueAxis->grid()->setVisible(true);
    keyAxis->setLabel(QString());
    valueAxis->setLabel(QString()); // the ticks carry the currency
    const int count = steps.size();
    auto keyOf = [count](int step) { return double(count - step); };
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < count; ++i)
        labels->addTick(keyOf(i), wrapLabel(steps.at(i).label, wrapColumns));
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    auto ticker = QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Money);
    ticker->setCurrencySymbol(MetricFormat::currencySymbol(m_summary.currency, chartLocale()));
    valueAxis->setTicker(ticker);

    double lowest = 0;
    double highest = 0;
    QVector<double> anchorKeys;
    QVector<double> anchorValues;
    QVector<double> minus;
    QVector<double> plus;
    for (int i = count - 1; i >= 0; --i) { // QCPGraph wants ascending keys
        const Step &step = steps.at(i);
        if (!step.hasInterval)
            continue;
        const double end = step.base + step.change;
        anchorKeys.append(keyOf(i));
        anchorValues.append(end);
        minus.append(std::max(0.0, end - step.low));
        plus.append(std::max(0.0, step.high - end));
    }
    for (int i = 0; i < count; ++i) {
        const Step &step = steps.at(i);
        const double key = keyOf(i);
        const double end = step.base + step.change;
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth);
        bars->setBaseValue(step.base);
        const QColor colour = step.total ? colours.social
            : step.change >= 0           ? colours.promoters
                                         : colours.detractors;
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(115), 1));
        bars->addData(key, step.change);
        m_steps.append(bars);
        setToolTipSource(bars, [this, step](int) {
            QString text = QStringLiteral("<b>%1</b><br>%2")
                               .arg(step.label.toHtmlEscaped(), money(step.change, !step.total));
            if (step.hasInterval) {
                const double low = step.total ? step.low : step.low - step.base;
                const double high = step.total ? step.high : step.high - step.base;
                text += QStringLiteral("<br>")
                    + intervalLine(MetricFormat::range(money(low), money(high)));
            }
            return text;
        });

        // A thin guide from this step's end down to the next step's start.
        if (i + 1 < count && !steps.at(i + 1).total) {
            auto *guide = new QCPItemLine(plot());
            guide->start->setAxes(valueAxis, keyAxis);
            guide->end->setAxes(valueAxis, keyAxis);
            guide->start->setCoords(end, key - barWidth / 2);
            guide->end->setCoords(end, key - 1 + barWidth / 2);
            guide->setPen(QPen(colours.guide, 1, Qt::DashLine));
        }

        // The value beyond the end of the bar (and of its whisker): right of
        // a gain, left of a loss.
        auto *label = new QCPItemText(plot());
        label->position->setAxes(valueAxis, keyAxis);
        const bool up = step.change >= 0;
        double labelAt = up ? std::max(end, step.base) : std::min(end, step.base);
        if (step.hasInterval)
            labelAt = up ? std::max(labelAt, step.high) : std::min(labelAt, step.low);
        label->position->setCoords(labelAt, key);
        label->setPositionAlignment((up ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 4, 0));
        label->setColor(colours.text);
        QFont labelFont = font();
        labelFont.setBold(step.total);
        label->setFont(labelFont);
        label->setText(money(step.change, !step.total));

        for (double bound : {step.base, end}) {
            lowest = std::min(lowest, bound);
            highest = std::max(highest, bound);
        }
        if (step.hasInterval) {
            lowest = std::min(lowest, step.low);
            highest = std::max(highest, step.high);
        }
    }

    if (!anchorKeys.isEmpty()) {
        // Whiskers need a plottable whose value is the bar's end; bars report
        // their length, not where a floating bar ends.
        m_intervalAnchors = new QCPGraph(keyAxis, valueAxis);
        m_intervalAnchors->setLineStyle(QCPGraph::lsNone);
        m_intervalAnchors->setScatterStyle(QCPScatterStyle::ssNone);
        m_intervalAnchors->setData(anchorKeys, anchorValues, true);
        m_intervals = new QCPErrorBars(keyAxis, valueAxis);
        m_intervals->setErrorType(QCPErrorBars::etValueError);
        m_intervals->setLayer(whiskerLayer());
        m_intervals->setDataPlottable(m_intervalAnchors);
        m_intervals->setData(minus, plus);
        m_intervals->setPen(QPen(colours.text, 1.3));
        m_intervals->setWhiskerWidth(8);
    }

    // Zero, where the net value starts.
    auto *zero = new QCPItemStraightLine(plot());
    zero->point1->setAxes(valueAxis, keyAxis);
    zero->point2->setAxes(valueAxis, keyAxis);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(colours.guide, 1));

    keyAxis->setRange(0.4, count + 0.6);
    // Room for the value labels beyond the bars, measured in pixels.
    QFont bold = font();
    bold.setBold(true);
    int labelWidth = 0;
    for (const Step &step : steps) {
        labelWidth = std::max(
            labelWidth, QFontMetrics(bold).horizontalAdvance(money(step.change, !step.total)) + 12);
    }
    valueAxis->setRange(rangeWithLabels(valueAxis, std::min(lowest, 0.0), highest,
                                        lowest < 0 ? labelWidth : 0, labelWidth));
    ticker->setTickCount(std::clamp(width() / 160, 2, 6));
    return true;
}
