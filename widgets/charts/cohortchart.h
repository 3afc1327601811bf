// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortpalette.h"
#include "metricresult.h"

#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>

class QCPAbstractPlottable;
class QCPAxis;
class QCPRange;
class QCPAxisRect;
class QCPItemText;
class QCPItemTracer;
class QCPLayoutElement;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

// Base of every chart that compares the social cohort with the control cohort.
//
// Owns a QCustomPlot laid out as: title, legend, the main axis rect, and any
// rows a subclass adds below it. A subclass stores its input and rebuilds every
// plottable and item in rebuild(); the base calls rebuild() again when the
// palette (recolouring) or the language (texts) changes. Charts receive ready
// series and compute nothing statistical.
//
// Interaction: wheel zoom, drag pan, hover tooltips with exact values in the
// locale, click a legend item to hide or show that cohort, context menu with
// Reset view, Copy and Export…, and the same three always visible in a small
// toolbar above the plot, where a "Zoomed" label and an enabled reset button
// say when the axes differ from the chart's full range. GUI thread only.
class CohortChart : public QWidget
{
    Q_OBJECT

public:
    explicit CohortChart(QWidget *parent = nullptr);
    ~CohortChart() override;

    QCustomPlot *plot() const;

    void setTitle(const QString &title);
    QString title() const;

    // Lines of `text` no wider than `available` pixels, broken at spaces, at
    // most `maxLines` of them, the last cut short with "…" when the rest does
    // not fit (a title beside the chart's toolbar in a narrow chart).
    static QString wrapToWidth(const QString &text, const QFontMetrics &metrics, int available,
                               int maxLines);
    // Breaks a long axis label at spaces into lines of at most `columns`
    // characters, so that neighbouring labels do not collide; a single long
    // word (German compounds) keeps its line.
    static QString wrapLabel(const QString &label, int columns);
    void setValueAxisLabel(const QString &label);
    QString valueAxisLabel() const;

    // True while the chart shows "No data for this selection" instead of data.
    bool isEmpty() const;
    // The centred text shown when there is nothing to draw (translated);
    // a chart whose data arrives later may say so instead.
    virtual QString emptyText() const;
    CohortPalette cohortPalette() const;

    // Writes the chart as PNG (width × height pixels), PDF or SVG (width × height
    // points), chosen by the file suffix. Text keeps its proportion to the chart
    // whatever the size, so a 3840×2160 PNG reads like a 1280×720 one.
    // The whole chart unless view is CurrentView (the zoom and pan as shown).
    enum class View { Full, CurrentView };
    bool exportTo(const QString &path, int width, int height, View view = View::Full) const;
    // The chart as an image of width × height pixels (the current size when 0).
    QImage toImage(int width = 0, int height = 0, View view = View::CurrentView) const;
    // Draws the chart laid out at `layout` pixels on a vector device (SVG,
    // PDF, a QPicture) that `painter` has begun on, leaving out what would be
    // less than a pixel there (beginVectorExport()).
    void drawVectors(class QCPPainter *painter, const QSize &layout) const;
    // Puts the chart as shown on the clipboard: a picture at twice its size
    // (PNG), and the same drawing as SVG and PDF, so a paste stays sharp.
    void copyToClipboard() const;

    // The tooltip for a point in plot() coordinates, empty when nothing is near.
    QString toolTipAt(const QPoint &pos) const;
    // Shows or hides a legend entry's plottable together with its band, error
    // bars and markers, as a click on the legend item does.
    void setPlottableShown(QCPAbstractPlottable *plottable, bool shown);

    // True while an axis shows less or more than its full range (zoom or pan).
    bool isZoomed() const;
    QToolButton *resetButton() const { return m_resetButton; }
    QToolButton *copyButton() const { return m_copyButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QLabel *zoomedLabel() const { return m_zoomedLabel; }

    // Who the two sides are: the cohorts as they are, or, for an estimate,
    // the social customers from their first social contact against the
    // similar customers weighted to them (SPEC section 4a).
    enum class Sides { Cohorts, Compared };
    void setSides(Sides sides);
    Sides sides() const { return m_sides; }
    static QString cohortName(Cohort cohort, Sides sides = Sides::Cohorts);
    // The name of one side in this chart's legend and tooltips.
    QString sideName(Cohort cohort) const { return cohortName(cohort, m_sides); }

public Q_SLOTS:
    void resetView();
    void showExportDialog();

Q_SIGNALS:
    void exported(const QString &path);
    void zoomedChanged(bool zoomed);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Re-applies the chart's own texts after a language change (the default
    // rebuilds the chart; titles and axis labels set from outside belong to the
    // caller, which sets them again in its own retranslation).
    virtual void retranslate();
    // Creates every plottable and item from the stored input. Called by
    // refresh() after the plot was cleared and styled; returns false when there
    // is nothing to draw, and the chart then shows emptyText().
    virtual bool rebuild() = 0;

    // Called before and after the chart is drawn as vectors (SVG, PDF) at
    // `layout` pixels: every point of a plottable becomes a path command
    // there, so a chart with thousands of points below a pixel apart may
    // draw fewer for the export and put its own back afterwards.
    virtual void beginVectorExport(const QSize &layout) const { Q_UNUSED(layout) }
    virtual void endVectorExport() const { }

    // Clears and rebuilds the chart; keepView keeps the current zoom and pan.
    void refresh(bool keepView = false);

    QCPAxisRect *mainAxisRect() const;
    // A layer just above the plottables' for error bars, so that whiskers are
    // drawn over every bar whatever the order the bars were added in.
    class QCPLayer *whiskerLayer() const;
    // A layout row below the main axis rect (e.g. numbers at risk), hidden while
    // the chart is empty or too short to leave its plot the room of four
    // lines. The chart takes ownership.
    void addRowBelow(QCPLayoutElement *element);
    // Hover text for data point dataIndex of plottable (cleared by refresh()).
    void setToolTipSource(QCPAbstractPlottable *plottable,
                          std::function<QString(int dataIndex)> source);
    // Plottables hidden and shown together with owner (bands, error bars, ticks).
    void addCompanion(QCPAbstractPlottable *owner, QCPAbstractPlottable *companion);
    // The value axis label set by setValueAxisLabel() or a subclass's setter,
    // without refreshing (the subclass refreshes once it stored its data).
    void storeValueAxisLabel(const QString &label) { m_valueAxisLabel = label; }
    // The locale of ticks and tooltips: the widget's own when one was set, else
    // the application default (which a language switch may change).
    QLocale chartLocale() const;
    // A number in chartLocale(); shares 0-1 as percentages when percent is true.
    // decimals < 0 chooses from the magnitude.
    QString formatNumber(double value, bool percent, int decimals = -1) const;
    QString formatInterval(double low, double high, bool percent, int decimals = -1) const;
    // A tooltip's line under a value: "95% interval: 78.2% – 81.9%".
    static QString intervalLine(const QString &interval);
    // A model check's tooltip line: "Expected by the model: 12.5%".
    static QString expectedLine(const QString &expected);
    // The range of a value axis from `lowest` to `highest` widened so that
    // labels of `before` and `after` pixels fit beyond its ends, for the axis
    // rect's current length along `axis` (half the widget's before the first
    // layout; a resize rebuilds the chart).
    QCPRange rangeWithLabels(QCPAxis *axis, double lowest, double highest, int before,
                             int after) const;
    // The length in pixels of `axis` for the chart's current size, from the
    // margins of the last layout; the chart is rebuilt when the next layout
    // gives another length.
    int axisLength(QCPAxis *axis) const;

private:
    Sides m_sides = Sides::Cohorts;
    QList<QCPAxisRect *> allAxisRects() const;
    void applyStyle();
    void updateLayoutRows();
    void rememberView();
    void showContextMenu(const QPoint &pos);
    void onMouseMove(QMouseEvent *event);
    // Sets the title element's text for a chart `width` pixels wide.
    void fitTitle(int width) const;
    void onLegendClick(class QCPLegend *legend, class QCPAbstractLegendItem *item);
    // The tooltip of a plottable's data point, as shown.
    QString toolTipOf(const QCPAbstractPlottable *plottable, int index) const;
    const QCPAbstractPlottable *nearestSource(const QPoint &pos, int *dataIndex) const;
    bool renderVector(const QString &path, int width, int height, bool pdf) const;
    // The chart as an SVG document or a PDF of width × height points.
    QByteArray vectorData(int width, int height, bool pdf) const;
    void updateZoomed();
    void placeToolBar();
    void retranslateToolBar();
    // Sets every axis to its full range, returning the ranges it had.
    QHash<QCPAxis *, QPair<double, double>> showFullRange() const;
    void restoreRanges(const QHash<QCPAxis *, QPair<double, double>> &ranges) const;
    // After each layout: fits tick counts, axis labels, text ticks and the
    // legend to the rects the layout gave, and lays out again when one
    // changed; rebuilds the chart when a range measured for its labels was
    // measured on another layout.
    void fitToLayout();
    bool fitAxis(QCPAxis *axis);
    bool fitTextTicks(QCPAxis *axis);
    bool fitLegend();
    bool fitRowsBelow();
    // `text` broken at spaces into at most maxLines lines no wider than
    // `pixels`, each elided when it still does not fit (a long single word).
    static QString fitText(const QString &text, const QFont &font, int pixels, int maxLines = 2);

    QCustomPlot *m_plot;
    QWidget *m_toolBar;
    QLabel *m_zoomedLabel;
    QToolButton *m_resetButton;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    bool m_zoomed = false;
    QCPAxisRect *m_mainRect;
    QCPTextElement *m_titleElement;
    class QCPLayoutGrid *m_legendRow; // the legend, left-aligned by a stretching spacer
    QCPItemText *m_emptyItem = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QVector<QCPLayoutElement *> m_rowsBelow;
    QHash<const QCPAbstractPlottable *, std::function<QString(int)>> m_toolTipSources;
    QHash<QCPAbstractPlottable *, QVector<QCPAbstractPlottable *>> m_companions;
    QHash<QCPAxis *, QPair<double, double>> m_defaultRanges;
    CohortPalette m_palette;
    QString m_title;
    QString m_valueAxisLabel;
    bool m_empty = true;
    bool m_refreshing = false;
    bool m_fitting = false;
    bool m_rowsBelowLeftOut = false; // too short a chart for its rows below
    int m_rowsBelowHeight = 0; // their height with spacing, when last laid out
    int m_layoutRefreshes = 0; // rebuilds in a row for ranges measured on a stale layout
    // What fitToLayout() changed, to find the full text again: per axis its
    // label (full, shown) and its text ticks (full, shown); the tick counts
    // the chart asked for, which a short axis lowers.
    QHash<QCPAxis *, QPair<QString, QString>> m_fittedLabels;
    QHash<QCPAxis *, QPair<QMap<double, QString>, QMap<double, QString>>> m_fittedTicks;
    QHash<QCPAxis *, int> m_tickCounts;
    // The axis length each rangeWithLabels() measured.
    mutable QHash<QCPAxis *, int> m_measuredLengths;
};
