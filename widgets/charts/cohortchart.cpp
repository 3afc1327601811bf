// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortchart.h"

#include "chartexportdialog.h"
#include "exportfile.h"
#include "exportlocation.h"
#include "localeticker.h"
#include "metricformat.h"
#include "report/cairopdf/cairopdfdevice.h"
#include "tablecopy.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QStyle>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Exports are laid out at no less than this size and then scaled, so that text
// keeps its proportion to the chart on a 4K slide.
constexpr double referenceWidth = 1280;
constexpr double referenceHeight = 720;
// Vector exports use the screen's 96 dpi for layout, so that fonts given in
// points measure as they do on screen.
constexpr int vectorResolution = 96;
constexpr int titleRightMargin = 10;
constexpr int maxTitleLines = 3;

double exportScale(int width, int height)
{
    return std::clamp(std::min(width / referenceWidth, height / referenceHeight), 1.0, 8.0);
}

// The desktop theme's icon, else the application's own, else the style's.
QIcon toolIcon(const QString &name, const QStyle *style, QStyle::StandardPixmap fallback)
{
    QIcon icon = QIcon::fromTheme(name);
    if (icon.isNull()) {
        const QString resource = QStringLiteral(":/icons/actions/%1.svg").arg(name);
        icon = QFileInfo::exists(resource) ? QIcon(resource) : style->standardIcon(fallback);
    }
    return icon;
}

// True when the space at `index` stands before a French colon, semicolon,
// question or exclamation mark or closing quote: no line breaks there.
bool beforePunctuation(const QString &text, int index)
{
    return index + 1 < text.size() && QStringView(u":;!?\u00bb").contains(text.at(index + 1));
}

bool sameRange(double lower, double upper, double defaultLower, double defaultUpper)
{
    const double tolerance = std::max(std::abs(defaultUpper - defaultLower), 1e-12) * 1e-6;
    return std::abs(lower - defaultLower) <= tolerance
        && std::abs(upper - defaultUpper) <= tolerance;
}

} // namespace

CohortChart::CohortChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_toolBar(new QWidget(this))
    , m_zoomedLabel(new QLabel(m_toolBar))
    , m_resetButton(new QToolButton(m_toolBar))
    , m_copyButton(new QToolButton(m_toolBar))
    , m_exportButton(new QToolButton(m_toolBar))
    , m_mainRect(m_plot->axisRect())
    , m_titleElement(nullptr)
    , m_legendRow(new QCPLayoutGrid)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The chart's own toolbar, always visible over the plot's top right corner
    // (the title, left-aligned, wraps before it): a "Zoomed" notice, Reset
    // view, Copy and Export…. Over the plot rather than above it, so that the
    // plot, its copies and exports keep the widget's size.
    m_toolBar->setObjectName(QStringLiteral("ChartToolBar"));
    auto *tools = new QHBoxLayout(m_toolBar);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(1);
    m_zoomedLabel->setObjectName(QStringLiteral("zoomedLabel"));
    QFont zoomedFont = m_zoomedLabel->font();
    zoomedFont.setItalic(true);
    m_zoomedLabel->setFont(zoomedFont);
    m_zoomedLabel->setVisible(false);
    tools->addWidget(m_zoomedLabel);
    tools->addSpacing(4);
    const struct
    {
        QToolButton *button;
        const char *icon;
        QStyle::StandardPixmap fallback;
        const char *name;
    } buttons[] = {
        {m_resetButton, "zoom-original", QStyle::SP_BrowserReload, "resetViewButton"},
        {m_copyButton, "chart-copy", QStyle::SP_FileDialogContentsView, "copyChartButton"},
        {m_exportButton, "chart-export", QStyle::SP_DialogSaveButton, "exportChartButton"},
    };
    for (const auto &entry : buttons) {
        entry.button->setObjectName(QLatin1String(entry.name));
        entry.button->setIcon(toolIcon(QLatin1String(entry.icon), style(), entry.fallback));
        entry.button->setAutoRaise(true);
        entry.button->setIconSize(QSize(16, 16));
        tools->addWidget(entry.button);
    }
    m_resetButton->setEnabled(false);
    connect(m_resetButton, &QToolButton::clicked, this, &CohortChart::resetView);
    connect(m_copyButton, &QToolButton::clicked, this, &CohortChart::copyToClipboard);
    connect(m_exportButton, &QToolButton::clicked, this, &CohortChart::showExportDialog);
    retranslateToolBar();
    layout->addWidget(m_plot);
    setMinimumSize(320, 200);

    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->plotLayout()->setRowSpacing(2);

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleElement = new QCPTextElement(m_plot, QString(), titleFont);
    m_titleElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_titleElement->setMargins(QMargins(10, 6, titleRightMargin, 2));

    // The legend gets a row of its own above the data, where it never hides a curve.
    QCPLegend *legend = m_plot->legend;
    m_plot->axisRect()->insetLayout()->take(legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setColumnSpacing(18);
    legend->setMargins(QMargins(6, 0, 6, 0));
    legend->setIconSize(22, 12);
    legend->setSelectableParts(QCPLegend::spNone);
    m_legendRow->addElement(0, 0, legend);
    m_legendRow->addElement(0, 1, new QCPLayoutElement(m_plot));
    m_legendRow->setColumnStretchFactor(0, 0.001);
    m_legendRow->setColumnStretchFactor(1, 1);
    m_legendRow->setColumnSpacing(0);

    // The tracer marks the hovered point on a buffered layer of its own, so that
    // hovering repaints only that layer.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);

    QCPAxisRect *rect = m_plot->axisRect();
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);

    connect(m_plot, &QCustomPlot::customContextMenuRequested, this, &CohortChart::showContextMenu);
    connect(m_plot, &QCustomPlot::mouseMove, this, &CohortChart::onMouseMove);
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *) {
                onLegendClick(legend, item);
            });
    connect(m_plot, &QCustomPlot::afterLayout, this, &CohortChart::fitToLayout);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton)
            resetView();
    });
}

CohortChart::~CohortChart()
{
    // Put rows hidden from the layout back, so that QCustomPlot deletes them with
    // its layout while the plot is still whole.
    QCPLayoutGrid *grid = m_plot->plotLayout();
    QVector<QCPLayoutElement *> all {m_titleElement, m_legendRow};
    all += m_rowsBelow;
    for (QCPLayoutElement *element : std::as_const(all)) {
        if (element->layout() == nullptr)
            grid->addElement(grid->rowCount(), 0, element);
    }
}

QCustomPlot *CohortChart::plot() const
{
    return m_plot;
}

void CohortChart::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    fitTitle(m_plot->width());
    updateLayoutRows();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString CohortChart::title() const
{
    return m_title;
}

// Greedy lines no wider than `available`, broken at spaces (never before a
// French colon or semicolon); past `maxLines`, the rest ends the last line,
// cut short with "…".
QString CohortChart::wrapToWidth(const QString &text, const QFontMetrics &metrics, int available,
                                 int maxLines)
{
    QStringList lines;
    QString current;
    int start = 0;
    while (start < text.size()) {
        int space = int(text.indexOf(QLatin1Char(' '), start));
        while (space > 0 && beforePunctuation(text, space))
            space = int(text.indexOf(QLatin1Char(' '), space + 1));
        const QString word = space < 0 ? text.mid(start) : text.mid(start, space - start);
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= available
            || int(lines.size()) == maxLines - 1) {
            current = candidate;
        } else {
            lines.append(current);
            current = word;
        }
        start = space < 0 ? int(text.size()) : space + 1;
    }
    lines.append(current);
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, std::max(available, 1));
    return lines.join(QLatin1Char('\n'));
}

void CohortChart::fitTitle(int width) const
{
    // A title wider than the chart (a long German or Polish one) takes two
    // lines, broken at the space that makes the longer line shortest, rather
    // than running off the edge.
    const QFontMetrics metrics(m_titleElement->font());
    // On screen the title keeps clear of the toolbar over the top right corner;
    // an export (another width) has no toolbar.
    const int reserved = width == m_plot->width() ? m_toolBar->sizeHint().width() + 8 : 0;
    QMargins margins = m_titleElement->margins();
    if (margins.right() != titleRightMargin + reserved) {
        margins.setRight(titleRightMargin + reserved);
        m_titleElement->setMargins(margins);
    }
    const int available = width - margins.left() - margins.right();
    QString text = m_title;
    if (width > 0 && metrics.horizontalAdvance(m_title) > available) {
        int best = -1;
        int bestWidth = 0;
        for (int space = m_title.indexOf(QLatin1Char(' ')); space > 0;
             space = m_title.indexOf(QLatin1Char(' '), space + 1)) {
            if (beforePunctuation(m_title, space))
                continue;
            const int longer = std::max(metrics.horizontalAdvance(m_title.left(space)),
                                        metrics.horizontalAdvance(m_title.mid(space + 1)));
            if (best < 0 || longer < bestWidth) {
                best = space;
                bestWidth = longer;
            }
        }
        if (best > 0 && bestWidth <= available)
            text = m_title.left(best) + QLatin1Char('\n') + m_title.mid(best + 1);
        else
            text = wrapToWidth(m_title, metrics, available, maxTitleLines);
    }
    if (m_titleElement->text() != text)
        m_titleElement->setText(text);
}

QString CohortChart::wrapLabel(const QString &label, int columns)
{
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

void CohortChart::setValueAxisLabel(const QString &label)
{
    if (m_valueAxisLabel == label)
        return;
    m_valueAxisLabel = label;
    refresh(true);
}

QString CohortChart::valueAxisLabel() const
{
    return m_valueAxisLabel;
}

bool CohortChart::isEmpty() const
{
    return m_empty;
}

QString CohortChart::emptyText() const
{
    return tr("No data for this selection");
}

CohortPalette CohortChart::cohortPalette() const
{
    return m_palette;
}

QString CohortChart::cohortName(Cohort cohort, Sides sides)
{
    if (sides == Sides::Compared) {
        //: Legend: the social customers, each from their first social contact
        return cohort == Cohort::Social ? tr("Social customers")
                                        //: Legend: the customers like them who had not dealt
                                        //: with the social team yet, weighted to their mix
                                        : tr("Similar customers (weighted)");
    }
    // A legend's words, which translators keep short ("Médias sociaux"), so
    // a disambiguation apart from the tables' full names.
    //: Legend: the customers served by the social care team (the group compared)
    return cohort == Cohort::Social
        ? tr("Social cohort", "chart legend")
        //: Legend: the customers served the usual way (the comparison group)
        : tr("Control cohort", "chart legend");
}

void CohortChart::setSides(Sides sides)
{
    if (m_sides == sides)
        return;
    m_sides = sides;
    refresh(true);
}

bool CohortChart::exportTo(const QString &path, int width, int height, View view) const
{
    if (width <= 0 || height <= 0 || path.isEmpty())
        return false;
    QHash<QCPAxis *, QPair<double, double>> shown;
    if (view == View::Full)
        shown = showFullRange();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        // Lay out at width/scale and let savePng scale up; fall back to scale 1
        // when rounding would miss the requested size by a pixel.
        double scale = exportScale(width, height);
        int layoutWidth = qRound(width / scale);
        int layoutHeight = qRound(height / scale);
        scale = double(width) / layoutWidth;
        if (qRound(layoutWidth * scale) != width || qRound(layoutHeight * scale) != height) {
            scale = 1;
            layoutWidth = width;
            layoutHeight = height;
        }
        fitTitle(layoutWidth);
        ok = m_plot->savePng(path, layoutWidth, layoutHeight, scale);
    } else if (suffix == QLatin1String("pdf") || suffix == QLatin1String("svg")) {
        ok = renderVector(path, width, height, suffix == QLatin1String("pdf"));
    }
    restoreRanges(shown);
    // Rendering at another size moved the layout; lay it out for the widget again.
    fitTitle(m_plot->width());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (ok)
        Q_EMIT const_cast<CohortChart *>(this)->exported(path);
    return ok;
}

bool CohortChart::renderVector(const QString &path, int width, int height, bool pdf) const
{
    const QByteArray bytes = vectorData(width, height, pdf);
    QString reason;
    return !bytes.isEmpty() && ExportFile::write(path, bytes, &reason);
}

QByteArray CohortChart::vectorData(int width, int height, bool pdf) const
{
    // The device measures width × height points at 96 units per inch.
    const int deviceWidth = qRound(width * double(vectorResolution) / 72.0);
    const int deviceHeight = qRound(height * double(vectorResolution) / 72.0);
    const double scale = exportScale(deviceWidth, deviceHeight);
    const int layoutWidth = qRound(deviceWidth / scale);
    const int layoutHeight = qRound(deviceHeight / scale);
    fitTitle(layoutWidth);

    const auto paint = [this, layoutWidth, layoutHeight](QPaintDevice *device) {
        QCPPainter painter;
        if (!painter.begin(device))
            return false;
        painter.scale(double(device->width()) / layoutWidth,
                      double(device->height()) / layoutHeight);
        drawVectors(&painter, QSize(layoutWidth, layoutHeight));
        return painter.end();
    };

    if (pdf) {
        // Drawn by Cairo and Pango like the report, so that the chart's text
        // (a Hindi title, its labels) reads back from the PDF as written.
        CairoPdfDevice device(QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Point,
                                                    QString(), QPageSize::ExactMatch),
                                          QPageLayout::Portrait, QMarginsF()),
                              vectorResolution);
        device.setCreator(QCoreApplication::applicationName());
        device.setTitle(m_title);
        return paint(&device) ? device.data() : QByteArray();
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svgGenerator;
    svgGenerator.setOutputDevice(&buffer);
    svgGenerator.setResolution(vectorResolution);
    svgGenerator.setSize(QSize(deviceWidth, deviceHeight));
    svgGenerator.setViewBox(QRect(0, 0, deviceWidth, deviceHeight));
    svgGenerator.setTitle(m_title);
    return paint(&svgGenerator) ? buffer.data() : QByteArray();
}

void CohortChart::drawVectors(QCPPainter *painter, const QSize &layout) const
{
    painter->setMode(QCPPainter::pmVectorized);
    painter->setMode(QCPPainter::pmNoCaching);
    beginVectorExport(layout);
    m_plot->toPainter(painter, layout.width(), layout.height());
    endVectorExport();
}

QImage CohortChart::toImage(int width, int height, View view) const
{
    if (width <= 0 || height <= 0) {
        width = m_plot->width();
        height = m_plot->height();
    }
    double scale = exportScale(width, height);
    int layoutWidth = qRound(width / scale);
    int layoutHeight = qRound(height / scale);
    scale = double(width) / layoutWidth;
    if (qRound(layoutWidth * scale) != width || qRound(layoutHeight * scale) != height) {
        scale = 1;
        layoutWidth = width;
        layoutHeight = height;
    }
    QHash<QCPAxis *, QPair<double, double>> shown;
    if (view == View::Full)
        shown = showFullRange();
    fitTitle(layoutWidth);
    const QImage image = m_plot->toPixmap(layoutWidth, layoutHeight, scale).toImage();
    restoreRanges(shown);
    fitTitle(m_plot->width());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return image;
}

void CohortChart::copyToClipboard() const
{
    // Sharp when pasted into a slide or a document: the chart as shown, at
    // twice its size as a picture, and as vectors (SVG, and PDF for the
    // programs that take it) at its size in points.
    const QSize size = m_plot->size();
    auto *data = new QMimeData;
    data->setImageData(toImage(2 * size.width(), 2 * size.height(), View::CurrentView));
    const int width = qRound(size.width() * 72.0 / vectorResolution);
    const int height = qRound(size.height() * 72.0 / vectorResolution);
    data->setData(QStringLiteral("image/svg+xml"), vectorData(width, height, false));
    data->setData(QStringLiteral("application/pdf"), vectorData(width, height, true));
    // Drawing at another size moved the layout; lay it out for the widget again.
    fitTitle(m_plot->width());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    QGuiApplication::clipboard()->setMimeData(data);
}

QString CohortChart::toolTipAt(const QPoint &pos) const
{
    int index = -1;
    const QCPAbstractPlottable *plottable = nearestSource(pos, &index);
    if (!plottable)
        return QString();
    return toolTipOf(plottable, index);
}

QString CohortChart::toolTipOf(const QCPAbstractPlottable *plottable, int index) const
{
    // One line per <br>, never wrapped: Qt breaks a long line at the narrow
    // no-break space that groups the digits in French ("158 063 €").
    return QStringLiteral("<p style=\"white-space:nowrap\">%1</p>")
        .arg(m_toolTipSources.value(plottable)(index));
}

void CohortChart::setPlottableShown(QCPAbstractPlottable *plottable, bool shown)
{
    if (!plottable)
        return;
    plottable->setVisible(shown);
    for (QCPAbstractPlottable *companion : m_companions.value(plottable))
        companion->setVisible(shown);
    if (QCPPlottableLegendItem *item = m_plot->legend->itemWithPlottable(plottable))
        item->setTextColor(shown ? m_palette.text : m_palette.grid);
    if (m_tracer)
        m_tracer->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CohortChart::resetView()
{
    for (auto it = m_defaultRanges.cbegin(); it != m_defaultRanges.cend(); ++it)
        it.key()->setRange(it.value().first, it.value().second);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CohortChart::showExportDialog()
{
    const QString what = m_title.isEmpty() ? tr("chart") : m_title;
    ChartExportDialog dialog(ExportLocation::proposedPath(what, QStringLiteral("png")), this);
    dialog.setZoomed(isZoomed());
    // The dialog writes the file itself, so that a failure keeps it open.
    dialog.setWriter([this](const ChartExportDialog &chosen) {
        const View view = chosen.currentViewOnly() ? View::CurrentView : View::Full;
        if (exportTo(chosen.path(), chosen.exportWidth(), chosen.exportHeight(), view))
            return QString();
        return tr("The chart could not be written to %1: the file could not be created or "
                  "is not complete. Check that the folder exists, that you may write there "
                  "and that the disk is not full.")
            .arg(QDir::toNativeSeparators(chosen.path()));
    });
    if (dialog.exec() == QDialog::Accepted)
        ExportLocation::announceSaved(window(), dialog.path());
}

bool CohortChart::isZoomed() const
{
    return m_zoomed;
}

void CohortChart::updateZoomed()
{
    if (m_refreshing)
        return;
    bool zoomed = false;
    if (!m_empty) {
        for (auto it = m_defaultRanges.cbegin(); it != m_defaultRanges.cend() && !zoomed; ++it) {
            const QCPRange range = it.key()->range();
            zoomed = !sameRange(range.lower, range.upper, it.value().first, it.value().second);
        }
    }
    m_resetButton->setEnabled(zoomed);
    m_zoomedLabel->setVisible(zoomed);
    placeToolBar();
    if (zoomed == m_zoomed)
        return;
    m_zoomed = zoomed;
    Q_EMIT zoomedChanged(zoomed);
}

QHash<QCPAxis *, QPair<double, double>> CohortChart::showFullRange() const
{
    QHash<QCPAxis *, QPair<double, double>> shown;
    if (m_empty)
        return shown;
    for (auto it = m_defaultRanges.cbegin(); it != m_defaultRanges.cend(); ++it) {
        shown.insert(it.key(), {it.key()->range().lower, it.key()->range().upper});
        it.key()->setRange(it.value().first, it.value().second);
    }
    return shown;
}

void CohortChart::restoreRanges(const QHash<QCPAxis *, QPair<double, double>> &ranges) const
{
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        it.key()->setRange(it.value().first, it.value().second);
}

void CohortChart::retranslateToolBar()
{
    m_zoomedLabel->setText(tr("Zoomed"));
    m_zoomedLabel->setToolTip(tr("The chart shows part of its data: Reset view shows it all"));
    m_resetButton->setToolTip(tr("Reset view: show the whole chart again (or double-click it)"));
    m_copyButton->setToolTip(tr("Copy the chart as an image"));
    m_exportButton->setToolTip(tr("Export the chart as PNG, SVG or PDF…"));
    for (QToolButton *button : {m_resetButton, m_copyButton, m_exportButton})
        button->setAccessibleName(button->toolTip());
    placeToolBar();
}

void CohortChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
        refresh(true);
        break;
    case QEvent::LanguageChange:
        retranslateToolBar();
        retranslate();
        break;
    default:
        break;
    }
}

void CohortChart::placeToolBar()
{
    m_toolBar->adjustSize();
    m_toolBar->move(std::max(0, width() - m_toolBar->width() - 4), 3);
    m_toolBar->raise();
}

bool CohortChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize) {
        placeToolBar();
        fitTitle(m_plot->width());
    }
    if (watched == m_plot && event->type() == QEvent::Leave && m_tracer && m_tracer->visible()) {
        m_tracer->setVisible(false);
        m_tracer->layer()->replot();
    }
    return QWidget::eventFilter(watched, event);
}

void CohortChart::retranslate()
{
    refresh(true);
}

void CohortChart::refresh(bool keepView)
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    QHash<QCPAxis *, QCPRange> view;
    if (keepView && !m_empty) {
        for (QCPAxisRect *rect : allAxisRects()) {
            for (QCPAxis *axis : rect->axes())
                view.insert(axis, axis->range());
        }
    }

    m_plot->clearPlottables();
    m_plot->clearItems();
    m_emptyItem = nullptr;
    m_tracer = nullptr;
    m_toolTipSources.clear();
    m_companions.clear();
    m_fittedLabels.clear();
    m_fittedTicks.clear();
    m_tickCounts.clear();
    m_measuredLengths.clear();
    m_plot->setLocale(chartLocale());
    applyStyle();
    QCPAxisRect *rect = mainAxisRect();
    rect->axis(QCPAxis::atLeft)->setLabel(m_valueAxisLabel);

    m_empty = !rebuild();

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(QStringLiteral("overlay"));
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setPen(QPen(m_palette.text, 1.5));
    m_tracer->setBrush(Qt::NoBrush);
    m_tracer->setClipToAxisRect(false);
    m_tracer->position->setType(QCPItemPosition::ptAbsolute);
    m_tracer->setVisible(false);

    if (m_empty) {
        m_plot->clearPlottables();
        for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
            if (m_plot->item(i) != m_tracer)
                m_plot->removeItem(i);
        }
        m_toolTipSources.clear();
        m_companions.clear();
        m_emptyItem = new QCPItemText(m_plot);
        m_emptyItem->setClipToAxisRect(false);
        m_emptyItem->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_emptyItem->position->setAxisRect(rect);
        m_emptyItem->position->setCoords(0.5, 0.5);
        m_emptyItem->setPositionAlignment(Qt::AlignCenter);
        m_emptyItem->setTextAlignment(Qt::AlignCenter);
        QFont emptyFont = font();
        emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
        m_emptyItem->setFont(emptyFont);
        m_emptyItem->setColor(m_palette.mutedText);
        m_emptyItem->setText(emptyText());
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabels(false);
            axis->setTicks(false);
            axis->grid()->setVisible(false);
        }
        rect->axis(QCPAxis::atBottom)->setRange(0, 1);
        rect->axis(QCPAxis::atLeft)->setRange(0, 1);
    }

    updateLayoutRows();
    rememberView();
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        if (!m_empty && m_defaultRanges.contains(it.key()))
            it.key()->setRange(it.value());
    }
    m_refreshing = false;
    updateZoomed();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QCPAxisRect *CohortChart::mainAxisRect() const
{
    return m_mainRect;
}

QCPLayer *CohortChart::whiskerLayer() const
{
    const QString name = QStringLiteral("whiskers");
    if (QCPLayer *layer = m_plot->layer(name))
        return layer;
    m_plot->addLayer(name, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    return m_plot->layer(name);
}

void CohortChart::addRowBelow(QCPLayoutElement *element)
{
    m_rowsBelow.append(element);
    updateLayoutRows();
}

void CohortChart::setToolTipSource(QCPAbstractPlottable *plottable,
                                   std::function<QString(int)> source)
{
    m_toolTipSources.insert(plottable, std::move(source));
}

void CohortChart::addCompanion(QCPAbstractPlottable *owner, QCPAbstractPlottable *companion)
{
    m_companions[owner].append(companion);
}

QLocale CohortChart::chartLocale() const
{
    return testAttribute(Qt::WA_SetLocale) ? locale() : QLocale();
}

QString CohortChart::formatNumber(double value, bool percent, int decimals) const
{
    if (!std::isfinite(value))
        return MetricFormat::missing(); // as the tables and reports show it
    const QLocale locale = chartLocale();
    if (percent)
        return LocaleTicker::percentText(locale, value, decimals < 0 ? 1 : decimals);
    if (decimals < 0) {
        const double magnitude = std::abs(value);
        if (magnitude >= 100 || value == std::round(value))
            decimals = 0;
        else if (magnitude >= 10)
            decimals = 1;
        else if (magnitude >= 0.1)
            decimals = 2;
        else
            decimals = 4;
    }
    return locale.toString(value, 'f', decimals);
}

QString CohortChart::formatInterval(double low, double high, bool percent, int decimals) const
{
    return MetricFormat::range(formatNumber(low, percent, decimals),
                               formatNumber(high, percent, decimals));
}

QString CohortChart::intervalLine(const QString &interval)
{
    return tr("95% interval: %1").arg(interval);
}

QString CohortChart::expectedLine(const QString &expected)
{
    return tr("Expected by the model: %1").arg(expected);
}

int CohortChart::axisLength(QCPAxis *axis) const
{
    // The plot has its new size already (a resize reaches the layout first)
    // but the axis rect only takes it at the next replot: its length is the
    // plot's less the margins of the last layout.
    const QCPAxisRect *rect = axis->axisRect();
    int length = 0;
    if (axis->orientation() == Qt::Horizontal) {
        length = rect->outerRect().width() > 0
            ? m_plot->width() - (rect->outerRect().width() - rect->width())
            : m_plot->width() * 3 / 5;
    } else {
        length = rect->height() > 0 ? rect->height() : m_plot->height() * 3 / 5;
    }
    length = std::max(length, 1);
    m_measuredLengths.insert(axis, length);
    return length;
}

QCPRange CohortChart::rangeWithLabels(QCPAxis *axis, double lowest, double highest, int before,
                                      int after) const
{
    const int length = axisLength(axis);
    // The whole range holds the span and the labels' pixels at its own scale;
    // on a very small chart the labels may take at most 70 % of it.
    const double wanted = double(before + after);
    const double share = std::min(0.7, wanted / length);
    const double span = std::max(highest - lowest, 1e-9);
    const double padding = span / (1.0 - share) - span;
    const double beforePart = wanted > 0 ? before / wanted : 0.0;
    return QCPRange(lowest - padding * beforePart, highest + padding * (1.0 - beforePart));
}

void CohortChart::fitToLayout()
{
    if (m_fitting || m_refreshing || m_empty)
        return;
    m_fitting = true;
    // Twice at most: a second layout may shorten an axis again (a wrapped
    // label takes a line more), a third would seldom change anything.
    for (int pass = 0; pass < 2; ++pass) {
        bool changed = fitRowsBelow();
        changed = fitLegend() | changed;
        for (QCPAxisRect *rect : allAxisRects()) {
            if (!rect->realVisibility() || !rect->layout())
                continue;
            for (QCPAxis *axis : rect->axes()) {
                if (axis->realVisibility())
                    changed = fitAxis(axis) | changed;
            }
        }
        if (!changed)
            break;
        QCPLayoutGrid *layout = m_plot->plotLayout();
        layout->update(QCPLayoutElement::upPreparation);
        layout->update(QCPLayoutElement::upMargins);
        layout->update(QCPLayoutElement::upLayout);
    }
    m_fitting = false;

    // A range that leaves room for labels in pixels was measured on the
    // layout before this one (new labels, new margins): measure it again.
    bool stale = false;
    for (auto it = m_measuredLengths.cbegin(); it != m_measuredLengths.cend(); ++it) {
        const QCPAxisRect *rect = it.key()->axisRect();
        const int length
            = it.key()->orientation() == Qt::Horizontal ? rect->width() : rect->height();
        stale = stale || std::abs(length - it.value()) > 2;
    }
    if (!stale || m_zoomed || m_layoutRefreshes >= 2) {
        m_layoutRefreshes = stale ? m_layoutRefreshes : 0;
        return;
    }
    ++m_layoutRefreshes;
    QMetaObject::invokeMethod(
        this, [this] { refresh(); }, Qt::QueuedConnection);
}

bool CohortChart::fitAxis(QCPAxis *axis)
{
    bool changed = fitTextTicks(axis);
    const QCPAxisRect *rect = axis->axisRect();
    const bool vertical = axis->orientation() == Qt::Vertical;
    // Tick labels of a short vertical axis about a line and a half apart.
    QCPAxisTicker *ticker = axis->ticker().data();
    if (vertical && ticker && !dynamic_cast<QCPAxisTickerText *>(ticker) && axis->ticks()
        && axis->tickLabels()) {
        if (!m_tickCounts.contains(axis))
            m_tickCounts.insert(axis, ticker->tickCount());
        const int lineHeight = QFontMetrics(axis->tickLabelFont()).height();
        const int count = std::clamp(rect->height() * 2 / (3 * std::max(1, lineHeight)), 1,
                                     std::max(1, m_tickCounts.value(axis)));
        if (ticker->tickCount() != count) {
            ticker->setTickCount(count);
            changed = true;
        }
    }
    // An axis label no longer than its axis (turned, beside a vertical one).
    const auto fitted = m_fittedLabels.value(axis);
    const QString full = m_fittedLabels.contains(axis) && fitted.second == axis->label()
        ? fitted.first
        : axis->label();
    if (full.isEmpty())
        return changed;
    const QString shown
        = fitText(full, axis->labelFont(), vertical ? rect->height() : rect->width());
    m_fittedLabels.insert(axis, {full, shown});
    if (shown != axis->label()) {
        axis->setLabel(shown);
        changed = true;
    }
    return changed;
}

bool CohortChart::fitTextTicks(QCPAxis *axis)
{
    // Category labels along a horizontal axis no wider than the distance
    // between their ticks.
    auto *ticker = dynamic_cast<QCPAxisTickerText *>(axis->ticker().data());
    if (!ticker || axis->orientation() != Qt::Horizontal || !axis->tickLabels()
        || ticker->ticks().isEmpty())
        return false;
    const auto fitted = m_fittedTicks.value(axis);
    const QMap<double, QString> full
        = m_fittedTicks.contains(axis) && fitted.second == ticker->ticks() ? fitted.first
                                                                           : ticker->ticks();
    double spacing = axis->axisRect()->width();
    const QList<double> keys = full.keys();
    for (int i = 1; i < keys.size(); ++i)
        spacing = std::min(
            spacing, std::abs(axis->coordToPixel(keys.at(i)) - axis->coordToPixel(keys.at(i - 1))));
    const int available = std::max(24, int(spacing) - 8);
    QMap<double, QString> shown;
    for (auto it = full.cbegin(); it != full.cend(); ++it) {
        // Lines the chart broke itself are joined again, to break them at the width.
        QString text = it.value();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QStringList lines = it.value().split(QLatin1Char('\n'));
        const bool fits = std::all_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return QFontMetrics(axis->tickLabelFont()).horizontalAdvance(line) <= available;
        });
        shown.insert(it.key(),
                     fits ? it.value() : fitText(text, axis->tickLabelFont(), available, 3));
    }
    m_fittedTicks.insert(axis, {full, shown});
    if (shown == ticker->ticks())
        return false;
    ticker->setTicks(shown);
    return true;
}

bool CohortChart::fitRowsBelow()
{
    // The rows below (numbers at risk) give way when the plot above them
    // would be left too short to read its curves, and come back with the room.
    if (m_rowsBelow.isEmpty())
        return false;
    if (!m_rowsBelowLeftOut) {
        m_rowsBelowHeight = 0;
        for (const QCPLayoutElement *row : std::as_const(m_rowsBelow))
            m_rowsBelowHeight += row->outerRect().height() + m_plot->plotLayout()->rowSpacing();
    }
    const int withRows = m_mainRect->height() - (m_rowsBelowLeftOut ? m_rowsBelowHeight : 0);
    const int shortest = 4 * QFontMetrics(font()).height();
    const bool leaveOut = withRows < shortest;
    if (leaveOut == m_rowsBelowLeftOut)
        return false;
    m_rowsBelowLeftOut = leaveOut;
    updateLayoutRows();
    return true;
}

bool CohortChart::fitLegend()
{
    // Side by side while the entries fit the width, else one under the other.
    QCPLegend *legend = m_plot->legend;
    if (!legend->realVisibility() || legend->itemCount() < 2)
        return false;
    int wanted = legend->margins().left() + legend->margins().right()
        + legend->columnSpacing() * (legend->itemCount() - 1);
    for (int i = 0; i < legend->itemCount(); ++i)
        wanted += legend->item(i)->minimumOuterSizeHint().width();
    const int wrap = wanted > m_plot->width() ? 1 : 0;
    if (legend->wrap() == wrap)
        return false;
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    return true;
}

QString CohortChart::fitText(const QString &text, const QFont &font, int pixels, int maxLines)
{
    const QFontMetrics metrics(font);
    if (pixels <= 0 || metrics.horizontalAdvance(text) <= pixels)
        return text;
    // A French colon or semicolon stays with the word before it.
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.isEmpty() && beforePunctuation(QLatin1Char(' ') + word, 0))
            words.last() += QLatin1Char(' ') + word;
        else
            words.append(word);
    }
    QStringList lines;
    QString line;
    for (const QString &word : std::as_const(words)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > pixels) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line);
    if (lines.size() > maxLines) {
        lines[maxLines - 1] = QStringList(lines.mid(maxLines - 1)).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines);
    }
    for (QString &each : lines)
        each = metrics.elidedText(each, Qt::ElideRight, pixels);
    return lines.join(QLatin1Char('\n'));
}

QList<QCPAxisRect *> CohortChart::allAxisRects() const
{
    QList<QCPAxisRect *> rects {m_mainRect};
    for (QCPLayoutElement *element : m_rowsBelow) {
        if (auto *rect = qobject_cast<QCPAxisRect *>(element))
            rects.append(rect);
    }
    return rects;
}

void CohortChart::applyStyle()
{
    m_palette = CohortPalette::forPalette(palette());
    const CohortPalette &colours = m_palette;
    m_plot->setBackground(QBrush(colours.background));
    const QFont baseFont = font();
    for (QCPAxisRect *rect : allAxisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(colours.guide, 1));
            axis->setTickPen(QPen(colours.guide, 1));
            axis->setSubTickPen(QPen(colours.guide, 1));
            axis->setSubTicks(false);
            axis->setTickLengthIn(0);
            axis->setTickLengthOut(4);
            axis->setTickLabelColor(colours.text);
            axis->setLabelColor(colours.text);
            axis->setTickLabelFont(baseFont);
            axis->setLabelFont(baseFont);
            axis->setTickLabels(true);
            axis->setTicks(true);
            axis->setTickLabelPadding(4);
            axis->setLabelPadding(6);
            axis->grid()->setPen(QPen(colours.grid, 1, Qt::SolidLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
            axis->grid()->setSubGridVisible(false);
            axis->grid()->setVisible(axis->axisType() == QCPAxis::atLeft);
        }
    }
    m_titleElement->setTextColor(colours.text);
    m_plot->legend->setTextColor(colours.text);
    m_plot->legend->setFont(baseFont);
}

void CohortChart::updateLayoutRows()
{
    QCPLayoutGrid *grid = m_plot->plotLayout();
    QVector<QCPLayoutElement *> rows;
    if (!m_title.isEmpty())
        rows.append(m_titleElement);
    if (!m_empty && m_plot->legend->itemCount() > 0)
        rows.append(m_legendRow);
    rows.append(mainAxisRect());
    if (!m_empty && !m_rowsBelowLeftOut)
        rows += m_rowsBelow;

    QVector<QCPLayoutElement *> all {m_titleElement, m_legendRow, mainAxisRect()};
    all += m_rowsBelow;
    for (QCPLayoutElement *element : std::as_const(all)) {
        if (element->layout() == grid)
            grid->take(element);
    }
    grid->simplify();
    for (int row = 0; row < rows.size(); ++row) {
        grid->addElement(row, 0, rows.at(row));
        // Only the main axis rect grows; the other rows keep their natural height.
        grid->setRowStretchFactor(row, rows.at(row) == mainAxisRect() ? 1.0 : 0.001);
        rows.at(row)->setVisible(true);
    }
    for (QCPLayoutElement *element : std::as_const(all)) {
        if (!rows.contains(element))
            element->setVisible(false);
    }
}

void CohortChart::rememberView()
{
    m_defaultRanges.clear();
    for (QCPAxisRect *rect : allAxisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            m_defaultRanges.insert(axis, {axis->range().lower, axis->range().upper});
            connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                    &CohortChart::updateZoomed, Qt::UniqueConnection);
        }
    }
}

void CohortChart::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("&Reset view"), this, &CohortChart::resetView)->setEnabled(!m_empty);
    menu.addAction(copyActionText(), this, &CohortChart::copyToClipboard);
    menu.addAction(tr("&Export…"), this, &CohortChart::showExportDialog);
    menu.exec(m_plot->mapToGlobal(pos));
}

void CohortChart::onMouseMove(QMouseEvent *event)
{
    if (!m_tracer)
        return;
    int index = -1;
    const QCPAbstractPlottable *plottable
        = event->buttons() == Qt::NoButton ? nearestSource(event->pos(), &index) : nullptr;
    if (!plottable) {
        if (m_tracer->visible()) {
            m_tracer->setVisible(false);
            m_tracer->layer()->replot();
        }
        QToolTip::hideText();
        return;
    }
    const QPointF pixel
        = const_cast<QCPAbstractPlottable *>(plottable)->interface1D()->dataPixelPosition(index);
    m_tracer->position->setPixelPosition(pixel);
    m_tracer->setVisible(true);
    m_tracer->layer()->replot();
    QToolTip::showText(event->globalPosition().toPoint(), toolTipOf(plottable, index), m_plot);
}

void CohortChart::onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item)
{
    Q_UNUSED(legend)
    if (auto *plottableItem = qobject_cast<QCPPlottableLegendItem *>(item))
        setPlottableShown(plottableItem->plottable(), !plottableItem->plottable()->visible());
}

const QCPAbstractPlottable *CohortChart::nearestSource(const QPoint &pos, int *dataIndex) const
{
    const QCPAbstractPlottable *best = nullptr;
    double bestDistance = m_plot->selectionTolerance();
    for (auto it = m_toolTipSources.cbegin(); it != m_toolTipSources.cend(); ++it) {
        auto *plottable = const_cast<QCPAbstractPlottable *>(it.key());
        if (!plottable->realVisibility() || !plottable->interface1D())
            continue;
        QVariant details;
        const double distance = plottable->selectTest(pos, false, &details);
        if (distance < 0 || distance >= bestDistance)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        int index = selection.dataRange().begin();
        // On a step curve, the step under the pointer rather than the nearest corner.
        auto *graph = qobject_cast<QCPGraph *>(plottable);
        if (graph && graph->lineStyle() == QCPGraph::lsStepLeft && !graph->data()->isEmpty()) {
            const double key = graph->keyAxis()->pixelToCoord(pos.x());
            auto step = graph->data()->findEnd(key, false);
            if (step != graph->data()->constBegin())
                --step;
            index = int(step - graph->data()->constBegin());
        }
        best = plottable;
        bestDistance = distance;
        *dataIndex = index;
    }
    return best;
}
