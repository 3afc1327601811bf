// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortbarchart.h"

#include "localeticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double barWidth = 0.34; // in key units; one label per key
constexpr double barSpacing = 0.04;
constexpr int wrapColumns = 18;

double valueOrNan(const std::optional<double> &value)
{
    return value ? *value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

CohortBarChart::CohortBarChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Vertical);
    mainAxisRect()->setRangeDrag(Qt::Vertical);
    refresh();
}

void CohortBarChart::setBars(const QVector<Bar> &bars, const QString &valueAxisLabel, bool percent)
{
    m_bars = bars;
    m_percent = percent;
    storeValueAxisLabel(valueAxisLabel);
    refresh();
}

void CohortBarChart::setValueLabelsShown(bool shown)
{
    if (m_valueLabels == shown)
        return;
    m_valueLabels = shown;
    refresh(true);
}

bool CohortBarChart::valueLabelsShown() const
{
    return m_valueLabels;
}

QCPBars *CohortBarChart::bars(Cohort cohort) const
{
    return cohort == Cohort::Social ? m_socialBars : m_controlBars;
}

QCPErrorBars *CohortBarChart::errorBars(Cohort cohort) const
{
    return cohort == Cohort::Social ? m_socialErrors : m_controlErrors;
}

bool CohortBarChart::rebuild()
{
    m_socialBars = nullptr;
    m_controlBars = nullptr;
    m_socialErrors = nullptr;
    m_controlErrors = nullptr;
    const bool anyValue = std::any_of(m_bars.cbegin(), m_bars.cend(), [](const Bar &bar) {
        return (bar.social && std::isfinite(*bar.social))
            || (bar.control && std::isfinite(*bar.control));
    });
    if (!anyValue)
        return false;

    const CohortPalette colours = cohortPalette();
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_bars.size(); ++i)
        labels->addTick(i + 1, wrapLabel(m_bars.at(i).label, wrapColumns));
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    keyAxis->setLabel(QString());
    valueAxis->setTicker(QSharedPointer<LocaleTicker>::create(
        m_percent ? LocaleTicker::Format::Percent : LocaleTicker::Format::Number));

    auto *group = new QCPBarsGroup(plot());
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(barSpacing);

    double lowest = 0;
    double highest = 0;
    auto addCohort = [&](Cohort cohort) -> QCPBars * {
        const bool social = cohort == Cohort::Social;
        QVector<double> keys;
        QVector<double> values;
        QVector<double> minus;
        QVector<double> plus;
        QVector<int> barIndex; // index into m_bars of each data point
        for (int i = 0; i < m_bars.size(); ++i) {
            const Bar &bar = m_bars.at(i);
            const std::optional<double> &value = social ? bar.social : bar.control;
            if (!value || !std::isfinite(*value))
                continue;
            const double low = valueOrNan(social ? bar.socialLow : bar.controlLow);
            const double high = valueOrNan(social ? bar.socialHigh : bar.controlHigh);
            keys.append(i + 1);
            values.append(*value);
            minus.append(std::isfinite(low) ? std::max(0.0, *value - low) : low);
            plus.append(std::isfinite(high) ? std::max(0.0, high - *value) : high);
            barIndex.append(i);
            for (double bound : {*value, low, high}) {
                if (std::isfinite(bound)) {
                    lowest = std::min(lowest, bound);
                    highest = std::max(highest, bound);
                }
            }
        }
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(sideName(cohort));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth);
        const QColor colour = social ? colours.social : colours.control;
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(115), 1));
        bars->setData(keys, values, true);
        bars->setBarsGroup(group);
        bars->addToLegend();

        auto *errors = new QCPErrorBars(keyAxis, valueAxis);
        errors->setErrorType(QCPErrorBars::etValueError);
        errors->setDataPlottable(bars);
        errors->setData(minus, plus);
        errors->setPen(QPen(colours.text, 1.3));
        errors->setWhiskerWidth(10);
        // Over every bar, the other cohort's too, so that no whisker is half hidden.
        errors->setLayer(whiskerLayer());
        addCompanion(bars, errors);
        (social ? m_socialErrors : m_controlErrors) = errors;

        setToolTipSource(bars, [this, cohort, barIndex](int index) {
            if (index < 0 || index >= barIndex.size())
                return QString();
            const Bar &bar = m_bars.at(barIndex.at(index));
            const bool isSocial = cohort == Cohort::Social;
            QString text
                = QStringLiteral("<b>%1</b><br>%2<br>%3")
                      .arg(sideName(cohort), bar.label.toHtmlEscaped(),
                           formatNumber(*(isSocial ? bar.social : bar.control), m_percent));
            const auto &low = isSocial ? bar.socialLow : bar.controlLow;
            const auto &high = isSocial ? bar.socialHigh : bar.controlHigh;
            if (low && high) {
                text += QStringLiteral("<br>")
                    + intervalLine(formatInterval(*low, *high, m_percent));
            }
            return text;
        });

        if (m_valueLabels) {
            // Centred over the bar: with plot-coordinate spacing the group offset is
            // half a bar and half a gap to either side of the key.
            const double offset = (social ? -1 : 1) * (barWidth + barSpacing) / 2;
            for (int i = 0; i < keys.size(); ++i) {
                auto *label = new QCPItemText(plot());
                label->position->setAxes(keyAxis, valueAxis);
                const double top
                    = std::isfinite(plus.at(i)) ? values.at(i) + plus.at(i) : values.at(i);
                label->position->setCoords(keys.at(i) + offset,
                                           values.at(i) >= 0 ? top : values.at(i));
                label->setPositionAlignment(values.at(i) >= 0 ? Qt::AlignHCenter | Qt::AlignBottom
                                                              : Qt::AlignHCenter | Qt::AlignTop);
                label->setPadding(QMargins(0, 2, 0, 2));
                label->setColor(social ? colours.socialText : colours.controlText);
                label->setFont(font());
                // Whole percentages keep neighbouring labels apart; the tooltip is exact.
                const int decimals = m_percent && std::abs(values.at(i)) >= 0.01 ? 0 : -1;
                label->setText(formatNumber(values.at(i), m_percent, decimals));
            }
        }
        return bars;
    };
    m_socialBars = addCohort(Cohort::Social);
    m_controlBars = addCohort(Cohort::Control);

    keyAxis->setRange(0.4, m_bars.size() + 0.6);
    const double span = std::max(highest - lowest, highest > 0 ? highest : 1.0);
    const double headroom = span * (m_valueLabels ? 0.16 : 0.08);
    valueAxis->setRange(lowest < 0 ? lowest - headroom : 0, highest + headroom);
    return true;
}
