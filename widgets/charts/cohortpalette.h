// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// The colours every chart uses, derived from the widget palette so that a chart
// stays readable in a light and in a dark theme. The two cohort colours are the
// Okabe–Ito blue (social) and orange (control), which colour-blind readers can
// tell apart; on a dark background both take a lighter variant.
struct CohortPalette
{
    QColor social; // lines, bars, markers of the social cohort
    QColor control;
    QColor socialFill; // translucent: confidence bands and intervals
    QColor controlFill;
    QColor text; // axis labels, tick labels, titles
    QColor grid;
    QColor background;

    QColor socialText; // cohort colour with enough contrast for text on background
    QColor controlText;
    QColor mutedText; // secondary text: numbers at risk, guide labels
    QColor guide; // reference lines (3, 6, 12 months)
    QColor promoters; // NPS segments: bluish green, grey, vermillion (Okabe–Ito)
    QColor passives;
    QColor detractors;
    bool dark = false;

    static CohortPalette forPalette(const QPalette &palette);
    // Black or white, whichever reads better on top of fill.
    static QColor textOn(const QColor &fill);
};
