// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

// Axis ticks labelled in the plot's locale: plain numbers with the locale's
// separators, shares (0-1) written as percentages, or money with a currency
// symbol. Optionally ticks only at
// multiples of a base step (months: 3, 6, 12, 24 …) and only inside a label
// range (so a chart may leave room beyond 100 % for annotations).
class LocaleTicker : public QCPAxisTicker
{
public:
    enum class Format { Number, Percent, Money };

    explicit LocaleTicker(Format format = Format::Number);

    Format format() const { return m_format; }
    // Steps are base × 1, 2, 4, 8 … (for base 3: 3, 6, 12, 24 months); 0 = any.
    void setStepBase(double base) { m_stepBase = base; }
    void setTickRange(double lower, double upper);
    // The symbol written with Format::Money ("€"; see MetricFormat::currencySymbol).
    void setCurrencySymbol(const QString &symbol) { m_currencySymbol = symbol; }

    // "12.5%" in the locale (translators may add a space where their language
    // writes one).
    static QString percentText(const QLocale &locale, double share, int decimals);

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    Format m_format;
    double m_stepBase = 0;
    double m_step = 1;
    bool m_limited = false;
    double m_lower = 0;
    double m_upper = 0;
    QString m_currencySymbol;
};
