// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlyserieschart.h"

#include "localeticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();
constexpr double secondsPerDay = 86400;

double valueOrNan(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? *value : missing;
}

// Month ticks with the locale's month names (the stock ticker formats with the
// plot's locale too, but through QDateTime, which shifts UTC keys by time zone).
class MonthTicker : public QCPAxisTickerDateTime
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override
    {
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        const QDate date = keyToDateTime(tick).toUTC().date();
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    }
};

} // namespace

MonthlySeriesChart::MonthlySeriesChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Horizontal);
    mainAxisRect()->setRangeDrag(Qt::Horizontal);
    refresh();
}

void MonthlySeriesChart::setSeries(const MonthlySeries &series, const QString &valueAxisLabel,
                                   bool percent)
{
    m_series = series;
    m_percent = percent;
    storeValueAxisLabel(valueAxisLabel);
    refresh();
}

void MonthlySeriesChart::resizeEvent(QResizeEvent *event)
{
    CohortChart::resizeEvent(event);
    if (!isEmpty())
        mainAxisRect()->axis(QCPAxis::atBottom)->ticker()->setTickCount(tickCountForWidth());
}

int MonthlySeriesChart::tickCountForWidth() const
{
    // A "Jan 2024" label needs about 60 pixels; leave as much again between labels.
    return std::clamp(width() / 130, 2, 8);
}

QCPGraph *MonthlySeriesChart::lineGraph(Cohort cohort) const
{
    return (cohort == Cohort::Social ? m_socialGraphs : m_controlGraphs).line;
}

QCPGraph *MonthlySeriesChart::lowGraph(Cohort cohort) const
{
    return (cohort == Cohort::Social ? m_socialGraphs : m_controlGraphs).low;
}

QCPGraph *MonthlySeriesChart::highGraph(Cohort cohort) const
{
    return (cohort == Cohort::Social ? m_socialGraphs : m_controlGraphs).high;
}

double MonthlySeriesChart::monthKey(const QDate &month)
{
    return QCPAxisTickerDateTime::dateTimeToKey(month, Qt::UTC);
}

bool MonthlySeriesChart::rebuild()
{
    m_socialGraphs = CohortGraphs();
    m_controlGraphs = CohortGraphs();
    const auto &points = m_series.points;
    const bool anyValue = std::any_of(points.cbegin(), points.cend(), [](const MonthlyPoint &p) {
        return std::isfinite(valueOrNan(p.social)) || std::isfinite(valueOrNan(p.control));
    });
    if (!anyValue)
        return false;

    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    auto ticker = QSharedPointer<MonthTicker>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(tickCountForWidth());
    ticker->setTickStepStrategy(QCPAxisTicker::tssReadability);
    xAxis->setTicker(ticker);
    xAxis->setLabel(QString());
    yAxis->setTicker(QSharedPointer<LocaleTicker>::create(
        m_percent ? LocaleTicker::Format::Percent : LocaleTicker::Format::Number));

    addCohort(Cohort::Control);
    addCohort(Cohort::Social);
    for (QCPGraph *line : {m_socialGraphs.line, m_controlGraphs.line}) {
        if (line)
            line->addToLegend();
    }

    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    QDate first;
    QDate last;
    for (const MonthlyPoint &point : points) {
        if (!first.isValid() || point.month < first)
            first = point.month;
        if (!last.isValid() || point.month > last)
            last = point.month;
        for (const auto *value : {&point.social, &point.socialLow, &point.socialHigh,
                                  &point.control, &point.controlLow, &point.controlHigh}) {
            const double number = valueOrNan(*value);
            if (std::isfinite(number)) {
                lowest = std::min(lowest, number);
                highest = std::max(highest, number);
            }
        }
    }
    const double halfMonth = 15 * secondsPerDay;
    xAxis->setRange(monthKey(first) - halfMonth, monthKey(last) + halfMonth);
    // Rates and shares are read from zero; a series that goes negative keeps its sign.
    const double bottom = std::min(0.0, lowest);
    const double span = std::max(highest - bottom, std::abs(highest) > 0 ? std::abs(highest) : 1.0);
    yAxis->setRange(bottom < 0 ? bottom - span * 0.08 : 0, highest + span * 0.1);
    return true;
}

void MonthlySeriesChart::addCohort(Cohort cohort)
{
    const bool social = cohort == Cohort::Social;
    QVector<double> keys;
    QVector<double> values;
    QVector<double> lows;
    QVector<double> highs;
    bool any = false;
    for (const MonthlyPoint &point : m_series.points) {
        keys.append(monthKey(point.month));
        const double value = valueOrNan(social ? point.social : point.control);
        any = any || std::isfinite(value);
        values.append(value);
        // A missing value leaves a gap in the band too.
        lows.append(std::isfinite(value) ? valueOrNan(social ? point.socialLow : point.controlLow)
                                         : missing);
        highs.append(std::isfinite(value)
                         ? valueOrNan(social ? point.socialHigh : point.controlHigh)
                         : missing);
    }
    if (!any)
        return;

    const CohortPalette colours = cohortPalette();
    const QColor colour = social ? colours.social : colours.control;
    QCPAxis *xAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    QCPAxis *yAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    CohortGraphs &graphs = social ? m_socialGraphs : m_controlGraphs;
    graphs.low = plot()->addGraph(xAxis, yAxis);
    graphs.high = plot()->addGraph(xAxis, yAxis);
    graphs.low->setPen(Qt::NoPen);
    graphs.high->setPen(Qt::NoPen);
    graphs.low->setData(keys, lows);
    graphs.high->setData(keys, highs);
    graphs.high->setBrush(social ? colours.socialFill : colours.controlFill);
    graphs.high->setChannelFillGraph(graphs.low);

    graphs.line = plot()->addGraph(xAxis, yAxis);
    graphs.line->setName(sideName(cohort));
    graphs.line->setPen(QPen(colour, 2));
    // Dots show the months, and a month between two gaps, which has no line.
    graphs.line->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(colour), QBrush(colour), 5));
    graphs.line->setData(keys, values);
    addCompanion(graphs.line, graphs.low);
    addCompanion(graphs.line, graphs.high);

    const std::vector<MonthlyPoint> points = m_series.points;
    setToolTipSource(graphs.line, [this, cohort, points, keys](int index) {
        if (index < 0 || index >= keys.size())
            return QString();
        // The graph keeps its data sorted by key; find the month by key.
        const QDate month
            = QCPAxisTickerDateTime::keyToDateTime(lineGraph(cohort)->data()->at(index)->key)
                  .toUTC()
                  .date();
        const auto point
            = std::find_if(points.cbegin(), points.cend(),
                           [&month](const MonthlyPoint &p) { return p.month == month; });
        if (point == points.cend())
            return QString();
        const bool isSocial = cohort == Cohort::Social;
        const std::optional<double> &value = isSocial ? point->social : point->control;
        QString text = QStringLiteral("<b>%1</b><br>%2<br>")
                           .arg(sideName(cohort),
                                chartLocale().toString(month, QStringLiteral("MMMM yyyy")));
        if (!value || !std::isfinite(*value))
            return text + tr("No value for this month");
        text += formatNumber(*value, m_percent);
        const auto &low = isSocial ? point->socialLow : point->controlLow;
        const auto &high = isSocial ? point->socialHigh : point->controlHigh;
        if (low && high) {
            text += QStringLiteral("<br>") + intervalLine(formatInterval(*low, *high, m_percent));
        }
        return text;
    });
}
