// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

typedef struct _cairo cairo_t;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;

// Shapes a run of text with Pango (HarfBuzz, fontconfig: the same shaper and
// font files as Qt) and draws it on a Cairo context. On a PDF surface Cairo
// then writes each glyph cluster with the characters it came from, so a
// conjunct or a ligature extracts as its letters.
//
// Positions are unhinted and unrounded, as Qt lays out text for a printer,
// so the run's advance matches the one Qt's layout gave it.
class PangoTextShaper
{
public:
    explicit PangoTextShaper(cairo_t *cairo);
    ~PangoTextShaper();
    PangoTextShaper(const PangoTextShaper &) = delete;
    PangoTextShaper &operator=(const PangoTextShaper &) = delete;

    // Draws `text` (one line) in `font` at `pixelSize` units of the current
    // user space, the left end of its baseline at `origin`, in the current
    // source colour.
    void draw(const QString &text, const QFont &font, double pixelSize, const QPointF &origin);

private:
    cairo_t *m_cairo;
    PangoContext *m_context;
    PangoLayout *m_layout;
};
