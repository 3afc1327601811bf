// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPen>
#include <QTransform>

#include <vector>

class CairoPdfDevice;
class PangoTextShaper;
typedef struct _cairo cairo_t;

// The paint engine of CairoPdfDevice: QPainter's calls as Cairo drawing on a
// PDF surface. Shapes, pens and gradients map to Cairo's; images are
// embedded as they are; text is shaped and drawn by Pango (PangoTextShaper),
// which hands Cairo each glyph cluster with its characters. Anything drawn
// wholly outside the clip is left out of the page, so text clipped away
// does not sit in the page's text layer.
class CairoPaintEngine : public QPaintEngine
{
public:
    CairoPaintEngine();
    ~CairoPaintEngine() override;
    CairoPaintEngine(const CairoPaintEngine &) = delete;
    CairoPaintEngine &operator=(const CairoPaintEngine &) = delete;

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;

    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawRects(const QRectF *rects, int rectCount) override;
    void drawLines(const QLineF *lines, int lineCount) override;
    void drawEllipse(const QRectF &rect) override;
    void drawPixmap(const QRectF &target, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &target, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override;
    void drawTextItem(const QPointF &position, const QTextItem &item) override;
    Type type() const override { return QPaintEngine::User; }

    // Ends the page drawn so far; the next drawing goes on a new one.
    bool newPage();

private:
    // The painter's transform followed by the page's (device units to points
    // from the page's top-left corner).
    void useTransform(const QTransform &transform);
    void applyClip();
    void clipWith(const QPainterPath &devicePath, Qt::ClipOperation operation);
    // False if the rectangle, in the painter's coordinates, lies wholly
    // outside the clip: drawing it would only add hidden content.
    bool visible(const QRectF &rect) const;
    void addPath(const QPainterPath &path);
    void addPolygon(const QPointF *points, int pointCount, bool close);
    void fillAndStroke(Qt::FillRule fillRule, bool fill);
    void setSource(const QBrush &brush);
    void setColour(const QColor &colour);
    void stroke();

    CairoPdfDevice *m_device = nullptr;
    cairo_t *m_cairo = nullptr;
    std::unique_ptr<PangoTextShaper> m_text;
    QTransform m_pageTransform; // device units to PDF points
    QTransform m_transform; // the painter's, to device units
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
    qreal m_opacity = 1;
    bool m_smoothImages = false;
    bool m_clipEnabled = false;
    std::vector<QPainterPath> m_clips; // in device units, intersected
    QRectF m_clipBounds; // device units; valid while clipping
};
