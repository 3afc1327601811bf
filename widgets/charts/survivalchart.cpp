// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalchart.h"

#include "localeticker.h"
#include "metrictable.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double socialRow = 2; // the upper row of the numbers at risk
constexpr double controlRow = 1;
constexpr double guideMonths[] = {3, 6, 12};

// The numbers at risk, drawn as one item so that columns that would overlap at
// the current width are left out together for both cohorts, and the outer
// columns stay inside the row instead of being cut in half.
class AtRiskRowItem : public QCPAbstractItem
{
public:
    struct Column
    {
        double months;
        QString social;
        QString control;
    };

    AtRiskRowItem(QCustomPlot *plot, QCPAxisRect *rect)
        : QCPAbstractItem(plot)
        , m_rect(rect)
    {
        setClipAxisRect(rect);
        setClipToAxisRect(true);
        setSelectable(false);
    }

    QVector<Column> columns;
    QColor socialColour;
    QColor controlColour;
    QFont font;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override
    {
        const QCPAxis *xAxis = m_rect->axis(QCPAxis::atBottom);
        const QCPAxis *yAxis = m_rect->axis(QCPAxis::atLeft);
        const QRect area = m_rect->rect();
        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const double gap = metrics.horizontalAdvance(QLatin1Char('0')) * 1.5;
        double lastRight = -std::numeric_limits<double>::infinity();
        for (const Column &column : columns) {
            const double width = std::max(metrics.horizontalAdvance(column.social),
                                          metrics.horizontalAdvance(column.control));
            double left = xAxis->coordToPixel(column.months) - width / 2;
            if (left + width < area.left() || left > area.right())
                continue;
            left = std::clamp(left, double(area.left()), area.right() - width);
            if (left < lastRight + gap)
                continue;
            lastRight = left + width;
            const double height = metrics.height();
            auto drawRow = [&](double row, const QString &text, const QColor &colour) {
                const double y = yAxis->coordToPixel(row);
                painter->setPen(colour);
                painter->drawText(QRectF(left, y - height / 2, width, height), Qt::AlignCenter,
                                  text);
            };
            drawRow(socialRow, column.social, socialColour);
            drawRow(controlRow, column.control, controlColour);
        }
    }

private:
    QCPAxisRect *m_rect;
};

// Months at which the numbers at risk are shown: 0, 3, 6, then every 6 months.
QVector<double> atRiskSchedule(double lastMonth)
{
    QVector<double> months {0, 3};
    for (double month = 6; month <= lastMonth + 1e-9; month += 6)
        months.append(month);
    while (!months.isEmpty() && months.last() > lastMonth + 1e-9)
        months.removeLast();
    return months;
}

// A step curve (QCPGraph::lsStepLeft) without the steps that move it by less
// than `tolerance` from the last step kept: drawn, it stays within
// `tolerance` of the full curve. The first and last points stay.
QSharedPointer<QCPGraphDataContainer> withoutTinySteps(const QCPGraphDataContainer &data,
                                                       double tolerance)
{
    auto thinned = QSharedPointer<QCPGraphDataContainer>::create();
    if (data.isEmpty())
        return thinned;
    QVector<QCPGraphData> kept;
    kept.reserve(data.size());
    kept.append(*data.constBegin());
    for (auto it = data.constBegin() + 1; it != data.constEnd(); ++it) {
        const bool last = it + 1 == data.constEnd();
        if (last || std::abs(it->value - kept.constLast().value) >= tolerance)
            kept.append(*it);
    }
    thinned->set(kept, true);
    return thinned;
}

} // namespace

SurvivalChart::SurvivalChart(QWidget *parent)
    : CohortChart(parent)
    , m_atRiskRect(new QCPAxisRect(plot(), true))
{
    QCPAxisRect *main = mainAxisRect();
    auto *group = new QCPMarginGroup(plot());
    main->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_atRiskRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_atRiskRect->setRangeDrag(Qt::Orientations());
    m_atRiskRect->setRangeZoom(Qt::Orientations());
    m_atRiskRect->axis(QCPAxis::atBottom)->setVisible(false);
    m_atRiskRect->axis(QCPAxis::atLeft)->setRange(0.4, 2.6);
    m_atRiskRect->setAutoMargins(QCP::msLeft | QCP::msRight);
    m_atRiskRect->setMargins(QMargins(0, 0, 0, 6));
    const int rowHeight = QFontMetrics(font()).height() + 8;
    m_atRiskRect->setMinimumSize(0, 2 * rowHeight);
    m_atRiskRect->setMaximumSize(QWIDGETSIZE_MAX, 2 * rowHeight);
    connect(main->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_atRiskRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    addRowBelow(m_atRiskRect);
    connect(plot(), &QCustomPlot::beforeReplot, this,
            [this] { thinCensorTicks(mainAxisRect()->width()); });
    refresh();
}

void SurvivalChart::beginVectorExport(const QSize &layout) const
{
    // Half a pixel of the whole chart's height is less than that of the plot
    // inside it: nothing moves visibly, and a retention chart of a large
    // project writes a fraction of its daily steps.
    const QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    const double tolerance = 0.5 * yAxis->range().size() / std::max(layout.height(), 1);
    m_exportedData.clear();
    // The ticks spaced for the export's width, not the window's; the plot
    // is narrower than the chart by its margins, so this errs towards fewer.
    thinCensorTicks(0.8 * layout.width());
    for (const CohortGraphs *graphs : {&m_socialGraphs, &m_controlGraphs}) {
        for (QCPGraph *graph : {graphs->curve, graphs->low, graphs->high}) {
            if (!graph)
                continue;
            m_exportedData.append({graph, graph->data()});
            graph->setData(withoutTinySteps(*graph->data(), tolerance));
        }
    }
}

void SurvivalChart::endVectorExport() const
{
    for (const auto &[graph, data] : std::as_const(m_exportedData))
        graph->setData(data);
    m_exportedData.clear();
}

void SurvivalChart::thinCensorTicks(double axisWidth) const
{
    // With thousands of customers nearly every step censors someone; ticks closer
    // than a few pixels merge into a smear over the curve, so draw every n-th.
    constexpr double minimumSpacing = 5; // pixels
    for (QCPGraph *censor : {m_socialGraphs.censor, m_controlGraphs.censor}) {
        if (!censor || censor->dataCount() == 0)
            continue;
        const QCPRange range = censor->keyAxis()->range();
        const auto begin = censor->data()->findBegin(range.lower, false);
        const auto end = censor->data()->findEnd(range.upper, false);
        const double visible = std::max<double>(1, end - begin);
        const double spacing = axisWidth / visible;
        censor->setScatterSkip(spacing >= minimumSpacing
                                   ? 0
                                   : int(std::ceil(minimumSpacing / std::max(spacing, 0.01))) - 1);
    }
}

void SurvivalChart::setCurves(const std::vector<CurvePoint> &social,
                              const std::vector<CurvePoint> &control, Origin origin)
{
    m_social = social;
    m_control = control;
    m_origin = origin;
    refresh();
}

void SurvivalChart::setProjection(const std::vector<double> &social,
                                  const std::vector<double> &control)
{
    m_socialProjection = social;
    m_controlProjection = control;
    refresh();
}

QCPGraph *SurvivalChart::projectionGraph(Cohort cohort) const
{
    return graphs(cohort).projection;
}

QCPGraph *SurvivalChart::curveGraph(Cohort cohort) const
{
    return graphs(cohort).curve;
}

QCPGraph *SurvivalChart::bandLowGraph(Cohort cohort) const
{
    return graphs(cohort).low;
}

QCPGraph *SurvivalChart::bandHighGraph(Cohort cohort) const
{
    return graphs(cohort).high;
}

QCPGraph *SurvivalChart::censorGraph(Cohort cohort) const
{
    return graphs(cohort).censor;
}

QVector<double> SurvivalChart::atRiskMonths() const
{
    return m_atRiskMonths;
}

QStringList SurvivalChart::atRiskTexts(Cohort cohort) const
{
    return graphs(cohort).atRiskTexts;
}

qint64 SurvivalChart::atRiskAt(const std::vector<CurvePoint> &curve, double days)
{
    const auto first = std::lower_bound(
        curve.begin(), curve.end(), days,
        [](const CurvePoint &point, double value) { return point.days < value; });
    return first == curve.end() ? 0 : first->atRisk;
}

const SurvivalChart::CohortGraphs &SurvivalChart::graphs(Cohort cohort) const
{
    return cohort == Cohort::Social ? m_socialGraphs : m_controlGraphs;
}

bool SurvivalChart::rebuild()
{
    m_socialGraphs = CohortGraphs();
    m_controlGraphs = CohortGraphs();
    m_atRiskMonths.clear();
    if (m_social.empty() && m_control.empty())
        return false;

    const CohortPalette colours = cohortPalette();
    QCPAxisRect *main = mainAxisRect();
    QCPAxis *xAxis = main->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = main->axis(QCPAxis::atLeft);
    auto monthTicker = QSharedPointer<LocaleTicker>::create();
    monthTicker->setStepBase(3);
    monthTicker->setTickCount(6);
    xAxis->setTicker(monthTicker);
    const bool fromContact = m_origin == Origin::FirstSocialContact;
    xAxis->setLabel(fromContact ? tr("Months since the first social contact")
                                : tr("Months since signup"));
    auto percentTicker = QSharedPointer<LocaleTicker>::create(LocaleTicker::Format::Percent);
    percentTicker->setTickRange(0, 1);
    yAxis->setTicker(percentTicker);
    if (valueAxisLabel().isEmpty())
        //: Axis label: share of the cohort that has not churned yet
        yAxis->setLabel(tr("Still customers"));
    xAxis->grid()->setVisible(false);

    // Guides at the months the retention rows report.
    for (double month : guideMonths) {
        auto *guide = new QCPItemStraightLine(plot());
        guide->setLayer(QStringLiteral("grid"));
        guide->setPen(QPen(colours.guide, 1, Qt::DashLine));
        guide->point1->setAxes(xAxis, yAxis);
        guide->point2->setAxes(xAxis, yAxis);
        guide->point1->setCoords(month, 0);
        guide->point2->setCoords(month, 1);
    }

    // Control first so that the social curve is drawn on top.
    addCohort(Cohort::Control, m_control);
    addCohort(Cohort::Social, m_social);
    for (QCPGraph *curve : {m_socialGraphs.curve, m_controlGraphs.curve}) {
        if (curve)
            curve->addToLegend();
    }
    if (m_origin == Origin::Signup) {
        addProjection(Cohort::Control, m_control, m_controlProjection);
        addProjection(Cohort::Social, m_social, m_socialProjection);
    }

    double lastDays = 0;
    for (const auto *curve : {&m_social, &m_control}) {
        if (!curve->empty())
            lastDays = std::max(lastDays, curve->back().days);
    }
    double lastMonths = lastDays / daysPerMonth;
    for (const CohortGraphs *cohort : {&m_socialGraphs, &m_controlGraphs}) {
        if (cohort->projection && !cohort->projection->data()->isEmpty())
            lastMonths = std::max(lastMonths, (cohort->projection->data()->constEnd() - 1)->key);
    }
    const double lastMonth = std::max(3.0, std::ceil(lastMonths / 3.0) * 3.0);
    xAxis->setRange(0, lastMonth);
    yAxis->setRange(0, 1.04);

    // Numbers at risk under the plot.
    QCPAxis *rowAxis = m_atRiskRect->axis(QCPAxis::atLeft);
    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    // The numbers at risk, row by row: the cohorts' short names, as in the tables.
    rowTicker->addTick(socialRow, MetricTable::header(MetricTable::Column::Social));
    if (fromContact) {
        //: Row label of the numbers at risk: the similar customers compared, counted by their weights
        rowTicker->addTick(controlRow, tr("Similar (weighted)"));
    } else {
        rowTicker->addTick(controlRow, MetricTable::header(MetricTable::Column::Control));
    }
    rowAxis->setTicker(rowTicker);
    //: Axis label beside the table of customers still followed (still customers, with data);
    //: written turned beside two rows of numbers, so a short word reads best
    rowAxis->setLabel(tr("Followed"));
    // The row is as tall as its turned label, at least two lines of numbers.
    const int rowsHeight
        = std::max(2 * (QFontMetrics(font()).height() + 8),
                   QFontMetrics(rowAxis->labelFont()).horizontalAdvance(rowAxis->label()) + 6);
    m_atRiskRect->setMinimumSize(0, rowsHeight);
    m_atRiskRect->setMaximumSize(QWIDGETSIZE_MAX, rowsHeight);
    rowAxis->setBasePen(Qt::NoPen);
    rowAxis->setTickPen(Qt::NoPen);
    rowAxis->grid()->setVisible(false);
    m_atRiskRect->axis(QCPAxis::atBottom)->setRange(xAxis->range());

    m_atRiskMonths = atRiskSchedule(lastMonth);
    auto *row = new AtRiskRowItem(plot(), m_atRiskRect);
    row->socialColour = colours.socialText;
    row->controlColour = colours.controlText;
    row->font = font();
    const QLocale locale = chartLocale();
    for (double month : std::as_const(m_atRiskMonths)) {
        const double days = month * daysPerMonth;
        AtRiskRowItem::Column column;
        column.months = month;
        column.social = m_social.empty() ? QString() : locale.toString(atRiskAt(m_social, days));
        column.control = m_control.empty() ? QString() : locale.toString(atRiskAt(m_control, days));
        m_socialGraphs.atRiskTexts.append(column.social);
        m_controlGraphs.atRiskTexts.append(column.control);
        row->columns.append(column);
    }
    return true;
}

void SurvivalChart::addProjection(Cohort cohort, const std::vector<CurvePoint> &curve,
                                  const std::vector<double> &projection)
{
    if (curve.empty() || projection.empty())
        return;
    const CohortPalette colours = cohortPalette();
    const QColor colour = cohort == Cohort::Social ? colours.social : colours.control;
    // From the last whole month the cohort was observed to the projection's end.
    const auto first = std::size_t(std::floor(curve.back().days / daysPerMonth));
    if (first + 1 >= projection.size())
        return;
    QVector<double> keys;
    QVector<double> values;
    for (std::size_t month = first; month < projection.size(); ++month) {
        keys.append(double(month));
        values.append(projection[month]);
    }
    CohortGraphs &graphs = cohort == Cohort::Social ? m_socialGraphs : m_controlGraphs;
    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    graphs.projection = plot()->addGraph(xAxis, yAxis);
    //: Legend: the cohort's retention beyond the data, from the sBG model
    graphs.projection->setName(tr("%1, projected (sBG model)").arg(cohortName(cohort)));
    graphs.projection->setLineStyle(QCPGraph::lsLine);
    graphs.projection->setPen(QPen(colour, 2, Qt::DashLine));
    graphs.projection->setData(keys, values, true);
    // Named by the chart's title and tool tip: a narrow chart has no room
    // for four legend entries.
    graphs.projection->removeFromLegend();
    setToolTipSource(graphs.projection, [this, cohort, keys, values](int index) {
        const int point = std::clamp(index, 0, int(keys.size()) - 1);
        return tr("<b>%1, projected</b><br>Month %2<br>Still customers: %3 (sBG model)")
            .arg(cohortName(cohort), formatNumber(keys[point], false, 0),
                 formatNumber(values[point], true));
    });
}

void SurvivalChart::addCohort(Cohort cohort, const std::vector<CurvePoint> &curve)
{
    if (curve.empty())
        return;
    const CohortPalette colours = cohortPalette();
    const bool social = cohort == Cohort::Social;
    const QColor colour = social ? colours.social : colours.control;
    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);

    // The curve starts at 100 % at signup even when the first step comes later.
    const bool prependOrigin = curve.front().days > 0;
    const int offset = prependOrigin ? 1 : 0;
    QVector<double> keys;
    QVector<double> values;
    QVector<double> lows;
    QVector<double> highs;
    QVector<double> censorKeys;
    QVector<double> censorValues;
    keys.reserve(int(curve.size()) + offset);
    values.reserve(keys.capacity());
    if (prependOrigin) {
        keys.append(0);
        values.append(1);
        lows.append(1);
        highs.append(1);
    }
    for (size_t i = 0; i < curve.size(); ++i) {
        const CurvePoint &point = curve[i];
        const double month = point.days / daysPerMonth;
        keys.append(month);
        values.append(point.survival);
        // The band is undefined where S is 1 (or 0): it then collapses onto S.
        lows.append(point.ciLow.value_or(point.survival));
        highs.append(point.ciHigh.value_or(point.survival));
        // Weighted controls leave the comparison nearly every day (they reach
        // the social team, or their trial ends): ticks would mean nothing.
        const qint64 next = i + 1 < curve.size() ? curve[i + 1].atRisk : 0;
        if (m_origin == Origin::Signup && point.atRisk - point.events - next > 0) {
            censorKeys.append(month);
            censorValues.append(point.survival);
        }
    }

    CohortGraphs &graphs = social ? m_socialGraphs : m_controlGraphs;
    graphs.low = plot()->addGraph(xAxis, yAxis);
    graphs.high = plot()->addGraph(xAxis, yAxis);
    for (QCPGraph *band : {graphs.low, graphs.high}) {
        band->setLineStyle(QCPGraph::lsStepLeft);
        band->setPen(Qt::NoPen);
    }
    graphs.low->setData(keys, lows, true);
    graphs.high->setData(keys, highs, true);
    graphs.high->setBrush(social ? colours.socialFill : colours.controlFill);
    graphs.high->setChannelFillGraph(graphs.low);

    graphs.curve = plot()->addGraph(xAxis, yAxis);
    graphs.curve->setName(sideName(cohort));
    graphs.curve->setLineStyle(QCPGraph::lsStepLeft);
    graphs.curve->setPen(QPen(colour, 2));
    graphs.curve->setData(keys, values, true);

    graphs.censor = plot()->addGraph(xAxis, yAxis);
    graphs.censor->setLineStyle(QCPGraph::lsNone);
    graphs.censor->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssPlus, QPen(colour, 1.2), Qt::NoBrush, 6));
    graphs.censor->setData(censorKeys, censorValues, true);

    addCompanion(graphs.curve, graphs.low);
    addCompanion(graphs.curve, graphs.high);
    addCompanion(graphs.curve, graphs.censor);

    // Copied into the source: the curve stays valid even if the caller's changes.
    setToolTipSource(graphs.curve, [this, cohort, curve, offset](int index) {
        const int step = index - offset;
        if (step < 0 && m_origin == Origin::FirstSocialContact) {
            return tr("<b>%1</b><br>At the first social contact: %2 still customers")
                .arg(sideName(cohort), formatNumber(1, true));
        }
        if (step < 0) {
            return tr("<b>%1</b><br>At signup: %2 still customers")
                .arg(sideName(cohort), formatNumber(1, true));
        }
        const CurvePoint &point = curve[size_t(std::min(step, int(curve.size()) - 1))];
        const qint64 next = size_t(step) + 1 < curve.size() ? curve[size_t(step) + 1].atRisk : 0;
        QString text
            = tr("<b>%1</b><br>Month %2 (day %3)<br>Still customers: %4")
                  .arg(sideName(cohort), formatNumber(point.days / daysPerMonth, false, 1),
                       formatNumber(point.days, false, 0), formatNumber(point.survival, true));
        if (point.ciLow && point.ciHigh) {
            text += QStringLiteral("<br>")
                + intervalLine(formatInterval(*point.ciLow, *point.ciHigh, true));
        }
        //: Customers still followed at this time; of them, lost at this time; of them,
        //: whose data end here without their leaving (no longer followed)
        text += QStringLiteral("<br>")
            + tr("Followed: %1; lost: %2; data end here: %3")
                  .arg(formatNumber(double(point.atRisk), false, 0),
                       formatNumber(double(point.events), false, 0),
                       formatNumber(double(std::max<qint64>(0, point.atRisk - point.events - next)),
                                    false, 0));
        return text;
    });
}
