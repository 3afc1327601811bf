// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeticker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// Decimals needed to write multiples of step exactly (0.025 -> 3).
int decimalsFor(double step)
{
    for (int decimals = 0; decimals < 8; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 8;
}

} // namespace

LocaleTicker::LocaleTicker(Format format)
    : m_format(format)
{ }

void LocaleTicker::setTickRange(double lower, double upper)
{
    m_limited = true;
    m_lower = lower;
    m_upper = upper;
}

QString LocaleTicker::percentText(const QLocale &locale, double share, int decimals)
{
    return QCoreApplication::translate("CohortChart", "%1%",
                                       "A percentage; add a space if your language writes one")
        .arg(locale.toString(share * 100.0, 'f', decimals));
}

double LocaleTicker::getTickStep(const QCPRange &range)
{
    const double exact = range.size() / (mTickCount + 1e-10);
    if (m_stepBase > 0 && exact > m_stepBase / 2) {
        double step = m_stepBase;
        while (step < exact)
            step *= 2;
        m_step = step;
    } else {
        m_step = QCPAxisTicker::getTickStep(range);
    }
    return m_step;
}

QString LocaleTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                                   int precision)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    if (std::abs(tick) < m_step * 1e-9)
        tick = 0; // no "-0"
    if (m_format == Format::Percent)
        return percentText(locale, tick, decimalsFor(m_step * 100.0));
    if (m_format == Format::Money) {
        // A minus sign before the symbol, as MetricFormat::money writes it,
        // not the accounting brackets of some locales.
        const QString text
            = locale.toCurrencyString(std::abs(tick), m_currencySymbol, decimalsFor(m_step));
        return tick < 0 ? locale.negativeSign() + text : text;
    }
    return locale.toString(tick, 'f', decimalsFor(m_step));
}

QVector<double> LocaleTicker::createTickVector(double tickStep, const QCPRange &range)
{
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
    if (m_limited) {
        const double tolerance = tickStep * 1e-6;
        ticks.erase(std::remove_if(ticks.begin(), ticks.end(),
                                   [this, tolerance](double tick) {
                                       return tick < m_lower - tolerance
                                           || tick > m_upper + tolerance;
                                   }),
                    ticks.end());
    }
    return ticks;
}
