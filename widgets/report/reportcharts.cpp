// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "charts/chartfactory.h"
#include "charts/roiwaterfallchart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLayout>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace {

// Vector devices lay out at the screen's 96 dpi, as CohortChart::exportTo does.
constexpr int vectorResolution = 96;

// QSvgGenerator (Qt 6.4) writes no clipping, so the markers QCustomPlot draws
// for a series' missing months at the origin, hidden by the axis rect's clip
// on screen and in PDF, would show as a dot in the chart's top-left corner.
// No marker of ours sits at the origin, where the title's margin is.
QByteArray withoutOriginMarkers(QByteArray svg)
{
    static const QByteArray marker = QByteArrayLiteral("<circle cx=\"0\" cy=\"0\"");
    qsizetype at = svg.indexOf(marker);
    while (at >= 0) {
        const qsizetype end = svg.indexOf("/>", at);
        if (end < 0)
            break;
        svg.remove(at, end + 2 - at);
        at = svg.indexOf(marker, at);
    }
    return svg;
}

} // namespace

namespace ReportCharts {

int chartCount(const MetricGroup &group)
{
    // A group without its data says so in words: its charts would draw
    // empty or flat lines.
    if (group.missing != MissingData::None)
        return 0;
    return int(ChartFactory::kinds(group.id).size());
}

QByteArray toSvg(const CohortChart &chart, const QSize &layoutSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(vectorResolution);
    generator.setSize(layoutSize);
    generator.setViewBox(QRect(QPoint(0, 0), layoutSize));
    generator.setTitle(chart.title());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return QByteArray();
    chart.drawVectors(&painter, layoutSize);
    painter.end();
    return withoutOriginMarkers(buffer.data());
}

QPicture toPicture(const CohortChart &chart, const QSize &layoutSize)
{
    QPicture picture;
    QCPPainter painter;
    if (!painter.begin(&picture))
        return QPicture();
    chart.drawVectors(&painter, layoutSize);
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), layoutSize));
    return picture;
}

namespace {

ReportChartImage imageOf(CohortChart &chart, const QSize &size)
{
    // Laid out at that size, as a shown widget would be.
    chart.resize(size);
    ReportChartImage image;
    image.title = chart.title();
    image.size = size;
    image.svg = toSvg(chart, size);
    image.picture = toPicture(chart, size);
    return image;
}

} // namespace

ReportChartImage renderRoi(const RoiSummary &roi, const QLocale &locale, const QFont &font)
{
    if (roi.components.empty() || !roi.hasVerdict())
        return ReportChartImage();
    RoiWaterfallChart chart;
    // Locale and font before the data: the chart lays its ticks out when filled.
    chart.setLocale(locale);
    chart.setFont(font);
    // The size too, laid out: the chart leaves room for its value labels in
    // the plot's pixels, and a widget never shown lays out only when asked.
    chart.resize(mainSize);
    if (chart.layout())
        chart.layout()->activate();
    chart.setSummary(roi);
    // The ROI pane's title, in its translation.
    chart.setTitle(QCoreApplication::translate("RoiPane", "How the value adds up"));
    return imageOf(chart, mainSize);
}

ReportChartImage render(const MetricGroup &group, int index, const QString &currency,
                        const QLocale &locale, const QFont &font)
{
    const QList<ChartFactory::Kind> kinds = ChartFactory::kinds(group.id);
    if (index < 0 || index >= kinds.size())
        return ReportChartImage();
    const std::unique_ptr<CohortChart> chart
        = ChartFactory::create(group, kinds.at(index), currency, locale, font);
    if (!chart)
        return ReportChartImage();
    return imageOf(*chart, index == 0 ? mainSize : otherSize);
}

} // namespace ReportCharts
