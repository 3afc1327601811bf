// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QPaintDevice>
#include <QString>

#include <memory>

class CairoPaintEngine;
typedef struct _cairo_surface cairo_surface_t;

// A PDF in memory that a QPainter draws on, written by Cairo. Unlike
// QPdfWriter, text goes through Pango and Cairo writes each shaped cluster
// with the characters it stands for, so Devanagari conjuncts, reordered
// vowel signs and Latin ligatures read back from the PDF as the text that
// was drawn. Fonts are embedded as subsets.
//
// Like QPdfWriter, the device is the page's paint rectangle (the page less
// its margins) at `resolution` units per inch; newPage() starts the next page.
// The PDF is complete once the painter has ended.
class CairoPdfDevice : public QPaintDevice
{
public:
    CairoPdfDevice(const QPageLayout &layout, int resolution);
    ~CairoPdfDevice() override;
    CairoPdfDevice(const CairoPdfDevice &) = delete;
    CairoPdfDevice &operator=(const CairoPdfDevice &) = delete;

    // Document information; set before painting starts.
    void setTitle(const QString &title);
    void setCreator(const QString &creator);

    // Ends the current page and starts another; false if the painter is not
    // active on this device or Cairo failed.
    bool newPage();

    int resolution() const { return m_resolution; }
    const QPageLayout &pageLayout() const { return m_layout; }
    // The PDF's bytes, once the painter has ended.
    const QByteArray &data() const { return m_data; }

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    friend class CairoPaintEngine;
    // Called by the engine: the surface is made when painting begins and
    // finished when it ends (Cairo writes the document out then).
    cairo_surface_t *createSurface();

    QPageLayout m_layout;
    int m_resolution;
    QString m_title;
    QString m_creator;
    QByteArray m_data;
    std::unique_ptr<CairoPaintEngine> m_engine;
};
