// SPDX-License-Identifier: GPL-3.0-or-later
#include "cairopaintengine.h"

#include "cairopdfdevice.h"
#include "pangotextshaper.h"

#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <cairo.h>
#include <cstring>

namespace {

// What the engine draws itself. Pattern and texture brushes, conical
// gradients, brush-filled pens and perspective are left to QPainter, which
// turns them into what is listed here.
constexpr QPaintEngine::PaintEngineFeatures features = QPaintEngine::PrimitiveTransform
    | QPaintEngine::PatternTransform | QPaintEngine::PixmapTransform
    | QPaintEngine::LinearGradientFill | QPaintEngine::RadialGradientFill | QPaintEngine::AlphaBlend
    | QPaintEngine::PainterPaths | QPaintEngine::Antialiasing | QPaintEngine::ConstantOpacity
    | QPaintEngine::MaskedBrush | QPaintEngine::PaintOutsidePaintEvent;

cairo_matrix_t cairoMatrix(const QTransform &transform)
{
    cairo_matrix_t matrix;
    cairo_matrix_init(&matrix, transform.m11(), transform.m12(), transform.m21(), transform.m22(),
                      transform.dx(), transform.dy());
    return matrix;
}

// Overlap with a positive area: a line of text that starts where the clip
// ends (the first line of the next page) is outside it.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom()
        && b.top() < a.bottom();
}

cairo_extend_t cairoExtend(QGradient::Spread spread)
{
    switch (spread) {
    case QGradient::ReflectSpread:
        return CAIRO_EXTEND_REFLECT;
    case QGradient::RepeatSpread:
        return CAIRO_EXTEND_REPEAT;
    case QGradient::PadSpread:
        break;
    }
    return CAIRO_EXTEND_PAD;
}

cairo_line_cap_t cairoCap(Qt::PenCapStyle cap)
{
    switch (cap) {
    case Qt::SquareCap:
        return CAIRO_LINE_CAP_SQUARE;
    case Qt::RoundCap:
        return CAIRO_LINE_CAP_ROUND;
    default:
        return CAIRO_LINE_CAP_BUTT;
    }
}

cairo_line_join_t cairoJoin(Qt::PenJoinStyle join)
{
    switch (join) {
    case Qt::BevelJoin:
        return CAIRO_LINE_JOIN_BEVEL;
    case Qt::RoundJoin:
        return CAIRO_LINE_JOIN_ROUND;
    default:
        return CAIRO_LINE_JOIN_MITER;
    }
}

} // namespace

CairoPaintEngine::CairoPaintEngine()
    : QPaintEngine(features)
{ }

CairoPaintEngine::~CairoPaintEngine()
{
    // A painter never ended: the shaper goes before the context it draws on.
    m_text.reset();
    if (m_cairo)
        cairo_destroy(m_cairo);
}

bool CairoPaintEngine::begin(QPaintDevice *device)
{
    m_device = static_cast<CairoPdfDevice *>(device);
    cairo_surface_t *surface = m_device->createSurface();
    m_cairo = cairo_create(surface);
    cairo_surface_destroy(surface); // the context holds it
    if (cairo_status(m_cairo) != CAIRO_STATUS_SUCCESS) {
        cairo_destroy(m_cairo);
        m_cairo = nullptr;
        return false;
    }
    // Device units from the paint rectangle's corner, as QPdfWriter places them.
    const double scale = 72.0 / m_device->resolution();
    const QPointF corner = m_device->pageLayout().paintRect(QPageLayout::Point).topLeft();
    m_pageTransform = QTransform(scale, 0, 0, scale, corner.x(), corner.y());
    m_transform = QTransform();
    m_clips.clear();
    m_clipEnabled = false;
    m_text = std::make_unique<PangoTextShaper>(m_cairo);
    return true;
}

bool CairoPaintEngine::end()
{
    if (!m_cairo)
        return false;
    m_text.reset();
    // Finishing writes the last page and the document's trailer.
    cairo_surface_t *surface = cairo_get_target(m_cairo);
    cairo_surface_finish(surface);
    const bool ok = cairo_status(m_cairo) == CAIRO_STATUS_SUCCESS
        && cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(m_cairo);
    m_cairo = nullptr;
    return ok;
}

bool CairoPaintEngine::newPage()
{
    if (!m_cairo)
        return false;
    cairo_show_page(m_cairo);
    return cairo_status(m_cairo) == CAIRO_STATUS_SUCCESS;
}

void CairoPaintEngine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    // The transform first: a clip given with it is in its coordinates.
    if (flags & DirtyTransform)
        m_transform = state.transform();
    if (flags & DirtyPen)
        m_pen = state.pen();
    if (flags & DirtyBrush)
        m_brush = state.brush();
    if (flags & DirtyBrushOrigin)
        m_brushOrigin = state.brushOrigin();
    if (flags & DirtyOpacity)
        m_opacity = state.opacity();
    // Antialiasing is the PDF viewer's; only the images' interpolation is ours to ask for.
    if (flags & DirtyHints)
        m_smoothImages = state.renderHints().testFlag(QPainter::SmoothPixmapTransform);
    bool clipChanged = false;
    if (flags & DirtyClipPath) {
        clipWith(m_transform.map(state.clipPath()), state.clipOperation());
        clipChanged = true;
    }
    if (flags & DirtyClipRegion) {
        QPainterPath path;
        path.addRegion(state.clipRegion());
        clipWith(m_transform.map(path), state.clipOperation());
        clipChanged = true;
    }
    if (flags & DirtyClipEnabled) {
        m_clipEnabled = state.isClipEnabled();
        clipChanged = true;
    }
    if (clipChanged)
        applyClip();
}

void CairoPaintEngine::clipWith(const QPainterPath &devicePath, Qt::ClipOperation operation)
{
    switch (operation) {
    case Qt::NoClip:
        m_clips.clear();
        m_clipEnabled = false;
        return;
    case Qt::ReplaceClip:
        m_clips.clear();
        m_clips.push_back(devicePath);
        break;
    case Qt::IntersectClip:
        m_clips.push_back(devicePath);
        break;
    }
    m_clipEnabled = true;
}

void CairoPaintEngine::applyClip()
{
    if (!m_cairo)
        return;
    cairo_reset_clip(m_cairo);
    m_clipBounds = QRectF();
    if (!m_clipEnabled || m_clips.empty())
        return;
    useTransform(QTransform());
    for (size_t index = 0; index < m_clips.size(); ++index) {
        const QPainterPath &path = m_clips[index];
        cairo_new_path(m_cairo);
        addPath(path);
        cairo_set_fill_rule(m_cairo,
                            path.fillRule() == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING
                                                               : CAIRO_FILL_RULE_EVEN_ODD);
        cairo_clip(m_cairo);
        const QRectF bounds = path.boundingRect();
        m_clipBounds = index == 0 ? bounds : m_clipBounds.intersected(bounds);
    }
}

bool CairoPaintEngine::visible(const QRectF &rect) const
{
    if (!m_clipEnabled || m_clips.empty())
        return true;
    const QRectF device = m_transform.mapRect(rect.normalized());
    if (device.width() > 0 && device.height() > 0)
        return overlaps(device, m_clipBounds);
    // A horizontal or vertical line: inside or on the clip's edge.
    return m_clipBounds.adjusted(-1, -1, 1, 1).contains(device.topLeft())
        || m_clipBounds.adjusted(-1, -1, 1, 1).contains(device.bottomRight());
}

void CairoPaintEngine::useTransform(const QTransform &transform)
{
    const cairo_matrix_t matrix = cairoMatrix(transform * m_pageTransform);
    cairo_set_matrix(m_cairo, &matrix);
}

void CairoPaintEngine::addPath(const QPainterPath &path)
{
    for (int index = 0; index < path.elementCount(); ++index) {
        const QPainterPath::Element &element = path.elementAt(index);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            cairo_move_to(m_cairo, element.x, element.y);
            break;
        case QPainterPath::LineToElement:
            cairo_line_to(m_cairo, element.x, element.y);
            break;
        case QPainterPath::CurveToElement: {
            // A curve is its first control point followed by two data elements.
            const QPainterPath::Element &second = path.elementAt(index + 1);
            const QPainterPath::Element &end = path.elementAt(index + 2);
            cairo_curve_to(m_cairo, element.x, element.y, second.x, second.y, end.x, end.y);
            index += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
}

void CairoPaintEngine::addPolygon(const QPointF *points, int pointCount, bool close)
{
    if (pointCount <= 0)
        return;
    cairo_move_to(m_cairo, points[0].x(), points[0].y());
    for (int index = 1; index < pointCount; ++index)
        cairo_line_to(m_cairo, points[index].x(), points[index].y());
    if (close)
        cairo_close_path(m_cairo);
}

void CairoPaintEngine::setColour(const QColor &colour)
{
    cairo_set_source_rgba(m_cairo, colour.redF(), colour.greenF(), colour.blueF(),
                          colour.alphaF() * m_opacity);
}

void CairoPaintEngine::setSource(const QBrush &brush)
{
    const QGradient *gradient = brush.gradient();
    if (!gradient
        || (gradient->type() != QGradient::LinearGradient
            && gradient->type() != QGradient::RadialGradient)) {
        // QPainter hands on only solid brushes and the gradients claimed.
        setColour(brush.color());
        return;
    }
    cairo_pattern_t *pattern = nullptr;
    if (gradient->type() == QGradient::LinearGradient) {
        const auto *linear = static_cast<const QLinearGradient *>(gradient);
        pattern = cairo_pattern_create_linear(linear->start().x(), linear->start().y(),
                                              linear->finalStop().x(), linear->finalStop().y());
    } else {
        const auto *radial = static_cast<const QRadialGradient *>(gradient);
        pattern = cairo_pattern_create_radial(radial->focalPoint().x(), radial->focalPoint().y(),
                                              radial->focalRadius(), radial->center().x(),
                                              radial->center().y(), radial->radius());
    }
    for (const QGradientStop &stop : gradient->stops()) {
        const QColor &colour = stop.second;
        cairo_pattern_add_color_stop_rgba(pattern, stop.first, colour.redF(), colour.greenF(),
                                          colour.blueF(), colour.alphaF() * m_opacity);
    }
    cairo_pattern_set_extend(pattern, cairoExtend(gradient->spread()));
    // Cairo's pattern matrix maps user space to the gradient's, the inverse
    // of the brush's transform and origin.
    const QTransform brushToUser
        = brush.transform() * QTransform::fromTranslate(m_brushOrigin.x(), m_brushOrigin.y());
    const cairo_matrix_t matrix = cairoMatrix(brushToUser.inverted());
    cairo_pattern_set_matrix(pattern, &matrix);
    cairo_set_source(m_cairo, pattern);
    cairo_pattern_destroy(pattern);
}

void CairoPaintEngine::stroke()
{
    if (m_pen.style() == Qt::NoPen)
        return;
    const qreal width = m_pen.widthF();
    // A cosmetic pen's width is in device units whatever the transform; the
    // path stays where it is while the width is set in device units.
    if (m_pen.isCosmetic())
        useTransform(QTransform());
    const double lineWidth = m_pen.isCosmetic() && width == 0 ? 1.0 : width;
    cairo_set_line_width(m_cairo, lineWidth);
    cairo_set_line_cap(m_cairo, cairoCap(m_pen.capStyle()));
    cairo_set_line_join(m_cairo, cairoJoin(m_pen.joinStyle()));
    cairo_set_miter_limit(m_cairo, m_pen.miterLimit());
    if (m_pen.style() == Qt::SolidLine) {
        cairo_set_dash(m_cairo, nullptr, 0, 0);
    } else {
        // Qt's dashes are in pen widths.
        const double unit = lineWidth < 1 ? 1.0 : lineWidth;
        std::vector<double> dashes;
        for (qreal dash : m_pen.dashPattern())
            dashes.push_back(dash * unit);
        cairo_set_dash(m_cairo, dashes.data(), int(dashes.size()), m_pen.dashOffset() * unit);
    }
    setColour(m_pen.color());
    cairo_stroke_preserve(m_cairo);
}

void CairoPaintEngine::fillAndStroke(Qt::FillRule fillRule, bool fill)
{
    if (fill && m_brush.style() != Qt::NoBrush) {
        cairo_set_fill_rule(m_cairo,
                            fillRule == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING
                                                        : CAIRO_FILL_RULE_EVEN_ODD);
        setSource(m_brush);
        cairo_fill_preserve(m_cairo);
    }
    stroke();
    cairo_new_path(m_cairo);
}

void CairoPaintEngine::drawPath(const QPainterPath &path)
{
    const qreal margin = m_pen.style() == Qt::NoPen ? 0 : m_pen.widthF();
    if (!m_cairo || !visible(path.controlPointRect().adjusted(-margin, -margin, margin, margin)))
        return;
    useTransform(m_transform);
    cairo_new_path(m_cairo);
    addPath(path);
    fillAndStroke(path.fillRule(), true);
}

void CairoPaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    if (!m_cairo || pointCount <= 0)
        return;
    QRectF bounds(points[0], points[0]);
    for (int index = 1; index < pointCount; ++index) {
        bounds.setLeft(qMin(bounds.left(), points[index].x()));
        bounds.setRight(qMax(bounds.right(), points[index].x()));
        bounds.setTop(qMin(bounds.top(), points[index].y()));
        bounds.setBottom(qMax(bounds.bottom(), points[index].y()));
    }
    const qreal margin = m_pen.style() == Qt::NoPen ? 0 : m_pen.widthF();
    if (!visible(bounds.adjusted(-margin, -margin, margin, margin)))
        return;
    useTransform(m_transform);
    cairo_new_path(m_cairo);
    const bool polyline = mode == PolylineMode;
    addPolygon(points, pointCount, !polyline);
    fillAndStroke(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill, !polyline);
}

void CairoPaintEngine::drawRects(const QRectF *rects, int rectCount)
{
    if (!m_cairo)
        return;
    const qreal margin = m_pen.style() == Qt::NoPen ? 0 : m_pen.widthF();
    for (int index = 0; index < rectCount; ++index) {
        const QRectF &rect = rects[index];
        if (!visible(rect.adjusted(-margin, -margin, margin, margin)))
            continue;
        useTransform(m_transform);
        cairo_new_path(m_cairo);
        cairo_rectangle(m_cairo, rect.x(), rect.y(), rect.width(), rect.height());
        fillAndStroke(Qt::WindingFill, true);
    }
}

void CairoPaintEngine::drawLines(const QLineF *lines, int lineCount)
{
    if (!m_cairo || m_pen.style() == Qt::NoPen)
        return;
    const qreal margin = m_pen.widthF();
    for (int index = 0; index < lineCount; ++index) {
        const QLineF &line = lines[index];
        const QRectF bounds = QRectF(line.p1(), line.p2()).normalized();
        if (!visible(bounds.adjusted(-margin, -margin, margin, margin)))
            continue;
        useTransform(m_transform);
        cairo_new_path(m_cairo);
        cairo_move_to(m_cairo, line.x1(), line.y1());
        cairo_line_to(m_cairo, line.x2(), line.y2());
        fillAndStroke(Qt::WindingFill, false);
    }
}

void CairoPaintEngine::drawEllipse(const QRectF &rect)
{
    QPainterPath path;
    path.addEllipse(rect);
    drawPath(path);
}

void CairoPaintEngine::drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source)
{
    drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
}

void CairoPaintEngine::drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                                 Qt::ImageConversionFlags)
{
    if (!m_cairo || image.isNull() || source.isEmpty() || !visible(target))
        return;
    // Whole pixels around the source; the painting is placed so that the
    // source's own corner lands on the target's.
    const QRect pixels = source.toAlignedRect().intersected(image.rect());
    if (pixels.isEmpty())
        return;
    const bool alpha = image.hasAlphaChannel();
    const QImage part = image.copy(pixels).convertToFormat(
        alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    // Cairo's ARGB32 and RGB24 are Qt's premultiplied ARGB32 and RGB32, in
    // native byte order; a copy of its own lets Cairo keep it until the page is written.
    cairo_surface_t *surface = cairo_image_surface_create(
        alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, part.width(), part.height());
    cairo_surface_flush(surface);
    unsigned char *data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    if (!data) {
        cairo_surface_destroy(surface);
        return;
    }
    for (int y = 0; y < part.height(); ++y)
        std::memcpy(data + qsizetype(y) * stride, part.constScanLine(y), size_t(part.width()) * 4);
    cairo_surface_mark_dirty(surface);

    cairo_save(m_cairo);
    useTransform(m_transform);
    cairo_new_path(m_cairo);
    cairo_rectangle(m_cairo, target.x(), target.y(), target.width(), target.height());
    cairo_clip(m_cairo);
    cairo_translate(m_cairo, target.x(), target.y());
    cairo_scale(m_cairo, target.width() / source.width(), target.height() / source.height());
    cairo_translate(m_cairo, pixels.x() - source.x(), pixels.y() - source.y());
    cairo_set_source_surface(m_cairo, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(m_cairo),
                             m_smoothImages ? CAIRO_FILTER_GOOD : CAIRO_FILTER_FAST);
    cairo_paint_with_alpha(m_cairo, m_opacity);
    cairo_restore(m_cairo);
    cairo_surface_destroy(surface);
}

void CairoPaintEngine::drawTextItem(const QPointF &position, const QTextItem &item)
{
    if (!m_cairo || m_pen.style() == Qt::NoPen)
        return;
    const QString text = item.text();
    if (text.isEmpty())
        return;
    // Text wholly outside the clip (the rest of the document below a page)
    // is not written at all: a PDF keeps clipped text in its text layer.
    // Cairo 1.16 drops such drawing too; deciding here does not rely on it
    // and spares shaping text that cannot be seen.
    const QRectF box(position.x(), position.y() - item.ascent(), item.width(),
                     item.ascent() + item.descent());
    if (!visible(box))
        return;
    const QFont font = item.font();
    // The size Qt laid the text out in, in the painter's units: Qt rounds a
    // font's pixel size to a whole number at the resolution the font was made
    // for (the device's or, for a replayed QPicture, the picture's).
    const double pixelSize = QFontInfo(font).pixelSize();
    useTransform(m_transform);
    setColour(m_pen.color());
    m_text->draw(text, font, pixelSize, position);
}
