// SPDX-License-Identifier: GPL-3.0-or-later
#include "pangotextshaper.h"

#include <QStringList>

#include <pango/pangocairo.h>

namespace {

// Qt's families first to last, as a Pango family list ("A,B,C"), so that
// Pango falls back in the same order Qt does.
QByteArray familyList(const QFont &font)
{
    QStringList families = font.families();
    if (!families.contains(font.family()))
        families.prepend(font.family());
    return families.join(QLatin1Char(',')).toUtf8();
}

PangoStyle pangoStyle(QFont::Style style)
{
    switch (style) {
    case QFont::StyleItalic:
        return PANGO_STYLE_ITALIC;
    case QFont::StyleOblique:
        return PANGO_STYLE_OBLIQUE;
    case QFont::StyleNormal:
        break;
    }
    return PANGO_STYLE_NORMAL;
}

} // namespace

PangoTextShaper::PangoTextShaper(cairo_t *cairo)
    : m_cairo(cairo)
    , m_context(pango_cairo_create_context(cairo))
    , m_layout(nullptr)
{
    // No hinting and no rounding: advances in the PDF must be the font's
    // design advances scaled, which is what Qt's layout used.
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(m_context, FALSE);
    m_layout = pango_layout_new(m_context);
    pango_layout_set_single_paragraph_mode(m_layout, TRUE);
}

PangoTextShaper::~PangoTextShaper()
{
    g_object_unref(m_layout);
    g_object_unref(m_context);
}

void PangoTextShaper::draw(const QString &text, const QFont &font, double pixelSize,
                           const QPointF &origin)
{
    PangoFontDescription *description = pango_font_description_new();
    const QByteArray families = familyList(font);
    pango_font_description_set_family(description, families.constData());
    // Qt 6 weights are the CSS and OpenType weights Pango uses (400 normal, 700 bold).
    pango_font_description_set_weight(description, PangoWeight(int(font.weight())));
    pango_font_description_set_style(description, pangoStyle(font.style()));
    pango_font_description_set_absolute_size(description, pixelSize * PANGO_SCALE);
    pango_layout_set_font_description(m_layout, description);
    pango_font_description_free(description);

    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(m_layout, utf8.constData(), int(utf8.size()));
    pango_cairo_update_layout(m_cairo, m_layout);

    PangoLayoutLine *line = pango_layout_get_line_readonly(m_layout, 0);
    if (!line)
        return;
    cairo_new_path(m_cairo);
    cairo_move_to(m_cairo, origin.x(), origin.y());
    pango_cairo_show_layout_line(m_cairo, line);
    cairo_new_path(m_cairo);
}
