// SPDX-License-Identifier: GPL-3.0-or-later
#include "cairopdfdevice.h"

#include "cairopaintengine.h"

#include <cairo-pdf.h>
#include <climits>

namespace {

cairo_status_t appendToBytes(void *closure, const unsigned char *bytes, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(bytes),
                                               qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

CairoPdfDevice::CairoPdfDevice(const QPageLayout &layout, int resolution)
    : m_layout(layout)
    , m_resolution(resolution)
    , m_engine(std::make_unique<CairoPaintEngine>())
{ }

CairoPdfDevice::~CairoPdfDevice() = default;

void CairoPdfDevice::setTitle(const QString &title)
{
    m_title = title;
}

void CairoPdfDevice::setCreator(const QString &creator)
{
    m_creator = creator;
}

bool CairoPdfDevice::newPage()
{
    return m_engine->newPage();
}

QPaintEngine *CairoPdfDevice::paintEngine() const
{
    return m_engine.get();
}

cairo_surface_t *CairoPdfDevice::createSurface()
{
    m_data.clear();
    // The page in whole points, as QPdfWriter writes it (A4 is 595 × 842).
    const QRect page = m_layout.fullRectPoints();
    cairo_surface_t *surface
        = cairo_pdf_surface_create_for_stream(appendToBytes, &m_data, page.width(), page.height());
    if (!m_title.isEmpty()) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                       m_title.toUtf8().constData());
    }
    if (!m_creator.isEmpty()) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                       m_creator.toUtf8().constData());
    }
    return surface;
}

int CairoPdfDevice::metric(PaintDeviceMetric metric) const
{
    const QRect paint = m_layout.paintRectPixels(m_resolution);
    const QRectF paintMillimetres = m_layout.paintRect(QPageLayout::Millimeter);
    switch (metric) {
    case PdmWidth:
        return paint.width();
    case PdmHeight:
        return paint.height();
    case PdmWidthMM:
        return qRound(paintMillimetres.width());
    case PdmHeightMM:
        return qRound(paintMillimetres.height());
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
        return m_resolution;
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        // A PDF has no pixels; QPdfWriter answers a fine printer's 1200 dpi.
        return 1200;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}
