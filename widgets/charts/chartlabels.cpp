// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlabels.h"

#include <QFontMetrics>
#include <QStringList>
#include <qcustomplot.h>

#include <algorithm>

namespace {

// The font QCustomPlot measures tick labels with: a twentieth of a point
// larger, against a rounding oscillation of QFontMetrics (see its
// QCPAxisPainterPrivate::getTickLabelData).
QFont tickLabelMeasureFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + 0.05);
    return font;
}

// Where QCustomPlot draws `text` as a tick label at `position` pixels along
// `axis`, or an empty rect when it leaves it out for crossing the plot's
// border. Outside, unrotated labels only.
QRect tickLabelRect(const QCPAxis *axis, double position, int distance, const QString &text)
{
    const QRect axisRect = axis->axisRect()->rect();
    const int offset = axis->offset();
    QRect bounds = QFontMetrics(tickLabelMeasureFont(axis->tickLabelFont()))
                       .boundingRect(0, 0, 0, 0, Qt::TextDontClip | Qt::AlignHCenter, text);
    bounds.moveTopLeft(QPoint(0, 0));
    QPointF anchor;
    QPointF drawOffset;
    switch (axis->axisType()) {
    case QCPAxis::atLeft:
        anchor = QPointF(axisRect.left() - distance - offset, position);
        drawOffset = QPointF(-bounds.width(), int(-bounds.height() / 2.0));
        break;
    case QCPAxis::atRight:
        anchor = QPointF(axisRect.right() + distance + offset, position);
        drawOffset = QPointF(0, int(-bounds.height() / 2.0));
        break;
    case QCPAxis::atTop:
        anchor = QPointF(position, axisRect.top() - distance - offset);
        drawOffset = QPointF(int(-bounds.width() / 2.0), -bounds.height());
        break;
    case QCPAxis::atBottom:
        anchor = QPointF(position, axisRect.bottom() + distance + offset);
        drawOffset = QPointF(int(-bounds.width() / 2.0), 0);
        break;
    }
    const QPointF topLeft = anchor + drawOffset;
    const QRect rect(topLeft.toPoint(), bounds.size());
    // QCustomPlot skips a label that would cross the border along its axis.
    const QRect viewport = axis->parentPlot()->viewport();
    const bool crosses = axis->orientation() == Qt::Horizontal
        ? topLeft.x() + bounds.width() > viewport.right() || topLeft.x() < viewport.left()
        : topLeft.y() + bounds.height() > viewport.bottom() || topLeft.y() < viewport.top();
    return crosses ? QRect() : rect;
}

void addAxisLabels(const QCPAxis *axis, QVector<ChartLabel> *labels)
{
    const QCustomPlot *plot = axis->parentPlot();
    const QRect viewport = plot->viewport();
    const QRect axisRect = axis->axisRect()->rect();
    const int tickOut = std::max(0, std::max(axis->tickLengthOut(), axis->subTickLengthOut()));
    int margin = tickOut;
    QSize tickLabelsSize(0, 0);
    if (axis->ticks() && axis->tickLabels()) {
        margin += axis->tickLabelPadding();
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> texts = axis->tickVectorLabels();
        for (int i = 0; i < std::min(ticks.size(), texts.size()); ++i) {
            if (texts.at(i).isEmpty())
                continue;
            const QRect rect
                = tickLabelRect(axis, axis->coordToPixel(ticks.at(i)), margin, texts.at(i));
            if (rect.isNull())
                continue;
            tickLabelsSize = tickLabelsSize.expandedTo(rect.size());
            labels->append({ChartLabel::Kind::TickLabel, texts.at(i), rect, viewport});
        }
        margin += axis->orientation() == Qt::Horizontal ? tickLabelsSize.height()
                                                        : tickLabelsSize.width();
    }
    if (axis->label().isEmpty())
        return;
    margin += axis->labelPadding();
    const QFontMetrics metrics(axis->labelFont());
    const QRect bounds = metrics.boundingRect(0, 0, 0, 0, Qt::TextDontClip, axis->label());
    const int offset = axis->offset();
    QRect rect;
    switch (axis->axisType()) {
    case QCPAxis::atLeft:
    case QCPAxis::atRight: {
        // Drawn turned by 90°, centred along the axis rect's height.
        const int x = axis->axisType() == QCPAxis::atLeft
            ? axisRect.left() - offset - margin - bounds.height()
            : axisRect.right() + offset + margin;
        const int top = axisRect.top() + (axisRect.height() - bounds.width()) / 2;
        rect = QRect(x, top, bounds.height(), bounds.width());
        break;
    }
    case QCPAxis::atTop:
    case QCPAxis::atBottom: {
        const int y = axis->axisType() == QCPAxis::atBottom
            ? axisRect.bottom() + offset + margin
            : axisRect.top() - offset - margin - bounds.height();
        rect = metrics.boundingRect(QRect(axisRect.left(), y, axisRect.width(), bounds.height()),
                                    Qt::TextDontClip | Qt::AlignCenter, axis->label());
        break;
    }
    }
    labels->append({ChartLabel::Kind::AxisLabel, axis->label(), rect, viewport});
}

void addLegendLabels(const QCPLegend *legend, QVector<ChartLabel> *labels)
{
    if (!legend || !legend->realVisibility() || !legend->layout())
        return;
    const QRect viewport = legend->parentPlot()->viewport();
    for (int i = 0; i < legend->itemCount(); ++i) {
        const QCPAbstractLegendItem *item = legend->item(i);
        if (!item || !item->realVisibility())
            continue;
        auto *plottableItem
            = qobject_cast<QCPPlottableLegendItem *>(const_cast<QCPAbstractLegendItem *>(item));
        if (!plottableItem || !plottableItem->plottable())
            continue;
        // As QCPPlottableLegendItem::draw: the icon, a padding, then the name.
        const QString text = plottableItem->plottable()->name();
        const QSize iconSize = legend->iconSize();
        const QRect textRect
            = QFontMetrics(plottableItem->font())
                  .boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, text);
        const QRect rect(item->rect().x() + iconSize.width() + legend->iconTextPadding(),
                         item->rect().y(), textRect.width(),
                         std::max(textRect.height(), iconSize.height()));
        labels->append({ChartLabel::Kind::Legend, text, rect, viewport});
    }
}

void addItemLabels(const QCustomPlot *plot, QVector<ChartLabel> *labels)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto *item = qobject_cast<const QCPItemText *>(plot->item(i));
        if (!item || !item->realVisibility() || item->text().isEmpty())
            continue;
        // The anchors hold the text box with its padding.
        const QPoint topLeft = item->topLeft->pixelPosition().toPoint();
        const QPoint bottomRight = item->bottomRight->pixelPosition().toPoint();
        const QMargins padding = item->padding();
        const QRect rect
            = QRect(topLeft, bottomRight)
                  .normalized()
                  .adjusted(padding.left(), padding.top(), -padding.right(), -padding.bottom());
        const QRect clip = item->clipToAxisRect() && item->clipAxisRect()
            ? item->clipAxisRect()->rect()
            : plot->viewport();
        labels->append({ChartLabel::Kind::Item, item->text(), rect, clip});
    }
}

void addTitles(const QCustomPlot *plot, QVector<ChartLabel> *labels)
{
    const QList<QCPLayoutElement *> elements = plot->plotLayout()->elements(true);
    for (const QCPLayoutElement *element : elements) {
        const auto *title = qobject_cast<const QCPTextElement *>(element);
        if (!title || !title->realVisibility() || title->text().isEmpty())
            continue;
        const QRect rect = QFontMetrics(title->font())
                               .boundingRect(title->rect(), title->textFlags(), title->text());
        labels->append({ChartLabel::Kind::Title, title->text(), rect, plot->viewport()});
    }
}

QString kindName(ChartLabel::Kind kind)
{
    switch (kind) {
    case ChartLabel::Kind::TickLabel:
        return QStringLiteral("tick label");
    case ChartLabel::Kind::AxisLabel:
        return QStringLiteral("axis label");
    case ChartLabel::Kind::Legend:
        return QStringLiteral("legend");
    case ChartLabel::Kind::Item:
        return QStringLiteral("text");
    case ChartLabel::Kind::Title:
        return QStringLiteral("title");
    }
    return QString();
}

} // namespace

namespace ChartLabels {

QVector<ChartLabel> drawn(const QCustomPlot *plot)
{
    QVector<ChartLabel> labels;
    if (!plot)
        return labels;
    const QList<QCPAxisRect *> rects = plot->axisRects();
    for (const QCPAxisRect *rect : rects) {
        if (!rect->realVisibility() || !rect->layout())
            continue;
        const QList<QCPAxis *> axes = rect->axes();
        for (const QCPAxis *axis : axes) {
            if (axis->realVisibility())
                addAxisLabels(axis, &labels);
        }
    }
    addLegendLabels(plot->legend, &labels);
    addItemLabels(plot, &labels);
    addTitles(plot, &labels);
    return labels;
}

QStringList collisions(const QVector<ChartLabel> &labels, int gap)
{
    // A line's box holds its leading and descent: boxes one pixel into each
    // other above and below do not touch on screen, side by side they do.
    QStringList found;
    for (int i = 0; i < labels.size(); ++i) {
        const QRect a = labels.at(i).rect.adjusted(-gap, 1, gap, -1);
        for (int j = i + 1; j < labels.size(); ++j) {
            if (a.intersects(labels.at(j).rect.adjusted(0, 1, 0, -1)))
                found << describe(labels.at(i)) + QStringLiteral(" overlaps ")
                        + describe(labels.at(j));
        }
    }
    return found;
}

QStringList clipped(const QVector<ChartLabel> &labels)
{
    QStringList found;
    for (const ChartLabel &label : labels) {
        // A pixel of tolerance for QCustomPlot's rounding of centred text.
        if (!label.clip.adjusted(-1, -1, 1, 1).contains(label.rect))
            found << describe(label)
                    + QStringLiteral(" is cut by its %1,%2 %3x%4 bounds")
                          .arg(label.clip.x())
                          .arg(label.clip.y())
                          .arg(label.clip.width())
                          .arg(label.clip.height());
    }
    return found;
}

QString describe(const ChartLabel &label)
{
    QString text = label.text;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1 \"%2\" at %3,%4 %5x%6")
        .arg(kindName(label.kind), text)
        .arg(label.rect.x())
        .arg(label.rect.y())
        .arg(label.rect.width())
        .arg(label.rect.height());
}

} // namespace ChartLabels
