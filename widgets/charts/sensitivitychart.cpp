// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivitychart.h"

#include "assumptionlabels.h"
#include "assumptionsmodel.h"
#include "commontext.h"
#include "localeticker.h"
#include "metricformat.h"
#include "roitable.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double barWidth = 0.6; // in key units; one assumption per key
constexpr int wrapColumns = 34;

Assumptions::Unit unitOf(QLatin1String key)
{
    for (const Assumptions::Spec &spec : Assumptions::specs()) {
        if (spec.key == key)
            return spec.unit;
    }
    return Assumptions::Unit::Money;
}

} // namespace

SensitivityChart::SensitivityChart(QWidget *parent)
    : CohortChart(parent)
    , m_unmoved(new QCPTextElement(plot()))
{
    mainAxisRect()->setRangeZoom(Qt::Horizontal);
    mainAxisRect()->setRangeDrag(Qt::Horizontal);
    m_unmoved->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_unmoved->setMargins(QMargins(10, 2, 10, 4));
    addRowBelow(m_unmoved);
    refresh();
}

void SensitivityChart::setSensitivity(const RoiSensitivity &sensitivity)
{
    m_sensitivity = sensitivity;
    m_hasSensitivity = true;
    m_failure.clear();
    refresh();
}

void SensitivityChart::clearSensitivity()
{
    m_sensitivity = RoiSensitivity();
    m_hasSensitivity = false;
    m_failure.clear();
    refresh();
}

void SensitivityChart::setFailure(const QString &message)
{
    m_sensitivity = RoiSensitivity();
    m_hasSensitivity = false;
    m_failure = message;
    refresh();
}

int SensitivityChart::drawnAssumptionCount() const
{
    return m_drawnLabels.size();
}

QStringList SensitivityChart::assumptionLabels() const
{
    return m_drawnLabels;
}

QString SensitivityChart::unmovedText() const
{
    return m_unmoved->text();
}

QString SensitivityChart::assumptionLabel(QLatin1String key)
{
    return AssumptionLabels::keyLabel(key);
}

QString SensitivityChart::emptyText() const
{
    if (!m_failure.isEmpty())
        return m_failure;
    if (!m_hasSensitivity)
        return tr("Computing how the ROI depends on the assumptions…");
    return CohortChart::emptyText();
}

void SensitivityChart::resizeEvent(QResizeEvent *event)
{
    CohortChart::resizeEvent(event);
    // The room for the value labels depends on the width.
    if (!isEmpty())
        refresh();
}

QString SensitivityChart::stepPercent() const
{
    return LocaleTicker::percentText(chartLocale(), m_sensitivity.step, 0);
}

QString SensitivityChart::explanation() const
{
    if (m_hasSensitivity && m_sensitivity.measure == RoiSensitivity::Measure::NetValue) {
        return tr("No programme cost is set: each bar shows the net value with one assumption "
                  "%1 lower and %1 higher than set, the others as they are.")
            .arg(stepPercent());
    }
    return tr("Each bar shows the ROI with one assumption %1 lower and %1 higher than set, the "
              "others as they are; the longest bars are the assumptions to check first.")
        .arg(stepPercent());
}

QString SensitivityChart::outcomeText(double value) const
{
    if (m_sensitivity.measure == RoiSensitivity::Measure::Roi)
        return formatNumber(value, true, 0);
    return MetricFormat::money(value, m_sensitivity.currency, chartLocale());
}

QString SensitivityChart::triedText(const SensitivityRow &row, double value) const
{
    const QLocale locale = chartLocale();
    switch (unitOf(row.assumption)) {
    case Assumptions::Unit::Months:
        return AssumptionLabels::monthCount(int(value));
    case Assumptions::Unit::Days:
        return AssumptionLabels::dayCount(int(value));
    case Assumptions::Unit::Rate:
    case Assumptions::Unit::Share:
        return formatNumber(value, true, 1);
    default:
        return MetricFormat::money(value, m_sensitivity.currency, locale);
    }
}

bool SensitivityChart::rebuild()
{
    m_lowBars = nullptr;
    m_highBars = nullptr;
    m_drawnLabels.clear();
    m_unmoved->setText(QString());
    if (!m_hasSensitivity || !std::isfinite(m_sensitivity.base))
        return false;

    const RoiSensitivity &data = m_sensitivity;
    const bool roi = data.measure == RoiSensitivity::Measure::Roi;
    const QString stepText = stepPercent();
    QVector<const SensitivityRow *> drawn;
    QStringList unmoved;
    for (const SensitivityRow &row : data.rows) {
        if (std::isfinite(row.outcomeLow) && std::isfinite(row.outcomeHigh) && row.swing() > 0)
            drawn.append(&row);
        else
            unmoved.append(assumptionLabel(row.assumption));
    }
    // Named rather than drawn as empty rows; wrapped by hand, as a layout
    // element measures its text on one line.
    m_unmoved->setText(
        unmoved.isEmpty()
            ? QString()
            : wrapLabel(
                tr("No effect on the money: %1.").arg(unmoved.join(CommonText::listSeparator())),
                70));
    if (drawn.isEmpty())
        return false;

    const CohortPalette colours = cohortPalette();
    m_unmoved->setTextColor(colours.mutedText);
    m_unmoved->setFont(font());
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    keyAxis->grid()->setVisible(false);
    valueAxis->grid()->setVisible(true);
    // The value axis label belongs to this chart, not to the caller.
    keyAxis->setLabel(QString());
    valueAxis->setLabel(
        roi ? RoiTable::labelOf(QStringLiteral("roi"))
            : tr("Net value (%1)").arg(MetricFormat::currencySymbol(data.currency, chartLocale())));

    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    const int count = drawn.size();
    for (int i = 0; i < count; ++i) {
        const QString label = assumptionLabel(drawn.at(i)->assumption);
        labels->addTick(count - i, wrapLabel(label, wrapColumns));
        m_drawnLabels.append(label);
    }
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    auto ticker = QSharedPointer<LocaleTicker>::create(roi ? LocaleTicker::Format::Percent
                                                           : LocaleTicker::Format::Money);
    ticker->setCurrencySymbol(MetricFormat::currencySymbol(data.currency, chartLocale()));
    valueAxis->setTicker(ticker);

    double lowest = data.base;
    double highest = data.base;
    auto addSide = [&](bool high) {
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(high ? tr("Assumption %1 higher").arg(stepText)
                           : tr("Assumption %1 lower").arg(stepText));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth);
        bars->setBaseValue(data.base);
        const QColor colour = high ? colours.social : colours.control;
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(115), 1));
        for (int i = 0; i < count; ++i) {
            const SensitivityRow &row = *drawn.at(i);
            const double outcome = high ? row.outcomeHigh : row.outcomeLow;
            bars->addData(count - i, outcome - data.base);
            lowest = std::min(lowest, outcome);
            highest = std::max(highest, outcome);
        }
        bars->addToLegend();
        setToolTipSource(bars, [this, drawn, high, count](int index) {
            if (index < 0 || index >= count)
                return QString();
            // Keys count down from the top; data are sorted by key.
            const SensitivityRow &row = *drawn.at(count - 1 - index);
            const double tried = high ? row.high : row.low;
            const double outcome = high ? row.outcomeHigh : row.outcomeLow;
            return QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(assumptionLabel(row.assumption).toHtmlEscaped(),
                     tr("Tried: %1 instead of %2")
                         .arg(triedText(row, tried), triedText(row, row.base)),
                     (m_sensitivity.measure == RoiSensitivity::Measure::Roi
                          ? tr("ROI: %1 instead of %2")
                          : tr("Net value: %1 instead of %2"))
                         .arg(outcomeText(outcome), outcomeText(m_sensitivity.base)));
        });
        return bars;
    };
    m_lowBars = addSide(false);
    m_highBars = addSide(true);

    // Each row's two results at its outer ends, the smaller on the left, in
    // the colour of its bar: two labels never overlap, even when both tried
    // values move the ROI the same way.
    for (int i = 0; i < count; ++i) {
        const SensitivityRow &row = *drawn.at(i);
        const bool highIsLeft = row.outcomeHigh < row.outcomeLow;
        const double left = std::min({row.outcomeLow, row.outcomeHigh, data.base});
        const double right = std::max({row.outcomeLow, row.outcomeHigh, data.base});
        for (const bool atLeft : {true, false}) {
            const bool high = atLeft == highIsLeft;
            auto *label = new QCPItemText(plot());
            label->position->setAxes(valueAxis, keyAxis);
            label->position->setCoords(atLeft ? left : right, count - i);
            label->setPositionAlignment((atLeft ? Qt::AlignRight : Qt::AlignLeft)
                                        | Qt::AlignVCenter);
            label->setPadding(QMargins(4, 0, 4, 0));
            label->setColor(high ? colours.socialText : colours.controlText);
            label->setFont(font());
            label->setText(outcomeText(high ? row.outcomeHigh : row.outcomeLow));
        }
    }

    // The ROI under the project's assumptions, with its value on top.
    auto *baseLine = new QCPItemStraightLine(plot());
    baseLine->point1->setCoords(data.base, 0);
    baseLine->point2->setCoords(data.base, 1);
    baseLine->point1->setAxes(valueAxis, keyAxis);
    baseLine->point2->setAxes(valueAxis, keyAxis);
    baseLine->setPen(QPen(colours.text, 1.5));
    auto *baseLabel = new QCPItemText(plot());
    baseLabel->setClipToAxisRect(false);
    baseLabel->position->setAxes(valueAxis, keyAxis);
    baseLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    baseLabel->position->setAxisRect(mainAxisRect());
    baseLabel->position->setCoords(data.base, 0);
    baseLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    baseLabel->setPadding(QMargins(4, 0, 4, 2));
    baseLabel->setColor(colours.text);
    QFont baseFont = font();
    baseFont.setBold(true);
    baseLabel->setFont(baseFont);
    baseLabel->setText(roi ? tr("ROI as set: %1").arg(outcomeText(data.base))
                           : tr("Net value as set: %1").arg(outcomeText(data.base)));

    keyAxis->setRange(0.4, count + 0.6);
    // Room at both ends for the value labels, measured in pixels.
    int labelWidth = 0;
    for (const SensitivityRow *row : drawn) {
        for (double outcome : {row->outcomeLow, row->outcomeHigh})
            labelWidth = std::max(
                labelWidth, QFontMetrics(font()).horizontalAdvance(outcomeText(outcome)) + 10);
    }
    valueAxis->setRange(rangeWithLabels(valueAxis, lowest, highest, labelWidth, labelWidth));
    ticker->setTickCount(std::clamp(width() / 160, 2, 6));
    // Keep the label above the plot clear of the legend row.
    mainAxisRect()->setMinimumMargins(QMargins(0, baseFont.pointSize() * 2 + 6, 0, 0));
    return true;
}
