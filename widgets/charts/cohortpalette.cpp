// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortpalette.h"

#include <QPalette>

#include <cmath>

namespace {

QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// Relative luminance as WCAG defines it, for choosing text colours.
double luminance(const QColor &colour)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

} // namespace

CohortPalette CohortPalette::forPalette(const QPalette &palette)
{
    CohortPalette result;
    result.background = palette.color(QPalette::Active, QPalette::Base);
    result.text = palette.color(QPalette::Active, QPalette::WindowText);
    result.dark = result.background.lightnessF() < 0.5;
    if (result.dark) {
        // Okabe–Ito sky blue and a lighter orange: both keep a contrast above 4.5
        // on the dark backgrounds of common themes.
        result.social = QColor(0x56, 0xB4, 0xE9);
        result.control = QColor(0xF5, 0xB9, 0x42);
        result.socialText = result.social;
        result.controlText = result.control;
        result.promoters = QColor(0x2E, 0xC4, 0x96);
        result.passives = QColor(0x8C, 0x8C, 0x8C);
        result.detractors = QColor(0xF0, 0x72, 0x3C);
    } else {
        result.social = QColor(0x00, 0x72, 0xB2);
        result.control = QColor(0xE6, 0x9F, 0x00);
        result.socialText = result.social;
        // The orange itself is too light for text on white; a darker shade of it.
        result.controlText = QColor(0xA3, 0x6B, 0x00);
        result.promoters = QColor(0x00, 0x9E, 0x73);
        result.passives = QColor(0xC4, 0xC4, 0xC4);
        result.detractors = QColor(0xD5, 0x5E, 0x00);
    }
    const int fillAlpha = result.dark ? 80 : 60;
    result.socialFill = withAlpha(result.social, fillAlpha);
    result.controlFill = withAlpha(result.control, fillAlpha);
    result.grid = blend(result.background, result.text, result.dark ? 0.2 : 0.12);
    result.guide = blend(result.background, result.text, 0.4);
    result.mutedText = blend(result.background, result.text, 0.7);
    return result;
}

QColor CohortPalette::textOn(const QColor &fill)
{
    // Contrast against black (L + 0.05) / 0.05 versus white 1.05 / (L + 0.05).
    const double level = luminance(fill);
    return (level + 0.05) / 0.05 > 1.05 / (level + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}
