// SPDX-License-Identifier: GPL-3.0-or-later
#include "lovechart.h"

#include "balancemodel.h"
#include "localeticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr int wrapColumns = 24;

} // namespace

LoveChart::LoveChart(QWidget *parent)
    : CohortChart(parent)
{
    mainAxisRect()->setRangeZoom(Qt::Horizontal);
    mainAxisRect()->setRangeDrag(Qt::Horizontal);
    refresh();
}

void LoveChart::setBalance(const std::vector<BalanceRow> &balance)
{
    m_balance = balance;
    std::stable_sort(m_balance.begin(), m_balance.end(),
                     [](const BalanceRow &a, const BalanceRow &b) {
                         return std::abs(a.smdBefore) > std::abs(b.smdBefore);
                     });
    refresh();
}

QString LoveChart::emptyText() const
{
    return tr("No balance to show: the naive comparison weights nobody.");
}

QStringList LoveChart::covariateLabels() const
{
    QStringList labels;
    for (const BalanceRow &row : m_balance)
        labels << covariateLabel(row.covariate);
    return labels;
}

bool LoveChart::rebuild()
{
    m_before = nullptr;
    m_after = nullptr;
    if (m_balance.empty())
        return false;

    const CohortPalette colours = cohortPalette();
    QCPAxis *keyAxis = mainAxisRect()->axis(QCPAxis::atLeft);
    QCPAxis *valueAxis = mainAxisRect()->axis(QCPAxis::atBottom);
    const int count = int(m_balance.size());
    auto keyOf = [count](int row) { return double(count - row); };

    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, before, after;
    double widest = 0.25;
    for (int i = count - 1; i >= 0; --i) { // QCPGraph wants ascending keys
        const BalanceRow &row = m_balance[size_t(i)];
        labels->addTick(keyOf(i), wrapLabel(covariateLabel(row.covariate), wrapColumns));
        keys.append(keyOf(i));
        before.append(row.smdBefore);
        after.append(row.smdAfter);
        widest = std::max({widest, std::abs(row.smdBefore), std::abs(row.smdAfter)});
    }
    keyAxis->setTicker(labels);
    keyAxis->setTickLength(0, 0);
    keyAxis->grid()->setVisible(true);
    keyAxis->setRange(0.4, count + 0.6);
    keyAxis->setLabel(QString());
    auto ticker = QSharedPointer<LocaleTicker>::create();
    valueAxis->setTicker(ticker);
    //: Axis of the Love plot: difference between the two sides in standard deviations
    valueAxis->setLabel(tr("Standardized difference (social − similar customers)"));
    const double reach = std::ceil(widest * 1.15 * 10) / 10;
    valueAxis->setRange(-reach, reach);

    // Guides: no difference, and the usual limits of good balance.
    for (double at : {-0.1, 0.0, 0.1}) {
        auto *guide = new QCPItemStraightLine(plot());
        guide->setLayer(QStringLiteral("grid"));
        guide->setPen(
            QPen(colours.guide, at == 0.0 ? 1.4 : 1, at == 0.0 ? Qt::SolidLine : Qt::DashLine));
        guide->point1->setAxes(valueAxis, keyAxis);
        guide->point2->setAxes(valueAxis, keyAxis);
        guide->point1->setCoords(at, 0);
        guide->point2->setCoords(at, 1);
    }

    m_before = new QCPGraph(keyAxis, valueAxis);
    m_before->setName(tr("Before weighting"));
    m_before->setLineStyle(QCPGraph::lsNone);
    m_before->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colours.control, 1.6), Qt::NoBrush, 9));
    m_before->setData(keys, before, true);
    m_after = new QCPGraph(keyAxis, valueAxis);
    m_after->setName(tr("After weighting"));
    m_after->setLineStyle(QCPGraph::lsNone);
    m_after->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(colours.social, 1), colours.social, 8));
    m_after->setData(keys, after, true);
    for (QCPGraph *graph : {m_before, m_after}) {
        graph->addToLegend();
        setToolTipSource(graph, [this, graph, count](int index) {
            // Keys ascend, rows descend: data index i is row count - 1 - i.
            const BalanceRow &row = m_balance[size_t(count - 1 - index)];
            return QStringLiteral("<b>%1</b><br>%2")
                       .arg(covariateLabel(row.covariate).toHtmlEscaped(),
                            tr("Before weighting: %1; after: %2")
                                .arg(formatNumber(row.smdBefore, false, 3),
                                     formatNumber(row.smdAfter, false, 3)))
                + (graph == m_after && std::abs(row.smdAfter) > BalanceModel::threshold
                       ? QStringLiteral("<br>") + tr("Still out of balance")
                       : QString());
        });
    }
    return true;
}
