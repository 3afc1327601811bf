// SPDX-License-Identifier: GPL-3.0-or-later
#include "roisummarymodel.h"

#include "metricformat.h"
#include "metriclabels.h"

#include <QFont>

namespace {

constexpr int totalLines = 4; // value, cost, net, roi

} // namespace

RoiSummaryModel::RoiSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoiSummaryModel::setSummary(const RoiSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

void RoiSummaryModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

void RoiSummaryModel::retranslate()
{
    // A new language comes with its number conventions (the default locale),
    // as in MetricRowsModel.
    m_locale = QLocale();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCountValue - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCountValue - 1));
}

int RoiSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_summary.components.size()) + totalLines;
}

int RoiSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

RoiSummaryModel::Line RoiSummaryModel::lineAt(int row) const
{
    const int componentCount = int(m_summary.components.size());
    if (row < componentCount) {
        const RoiComponent &component = m_summary.components[size_t(row)];
        return {component.id, component.value, component.low, component.high};
    }
    // The total's interval comes from one method applied to the whole sum
    // (RoiSummary), not from adding the components' limits.
    const double low = m_summary.valueLow;
    const double high = m_summary.valueHigh;
    switch (row - componentCount) {
    case 0:
        return {QStringLiteral("value"), m_summary.value, low, high};
    case 1:
        return {QStringLiteral("cost"), m_summary.cost, m_summary.cost, m_summary.cost};
    case 2:
        return {QStringLiteral("net"), m_summary.net, low - m_summary.cost, high - m_summary.cost};
    default:
        return {QStringLiteral("roi"), m_summary.roi, m_summary.roiLow, m_summary.roiHigh, true};
    }
}

QString RoiSummaryModel::format(const Line &line, const std::optional<double> &number) const
{
    if (line.isRatio)
        return number ? MetricFormat::percent(*number, 0, m_locale) : MetricFormat::missing();
    return MetricFormat::money(number, m_summary.currency, m_locale);
}

QVariant RoiSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line line = lineAt(index.row());
    const auto column = Column(index.column());
    const bool isTotal = index.row() >= int(m_summary.components.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Component:
            if (line.id == QLatin1String("value"))
                return tr("Total value");
            if (line.id == QLatin1String("cost"))
                return tr("Programme cost");
            if (line.id == QLatin1String("net"))
                return tr("Net value");
            if (line.id == QLatin1String("roi"))
                return tr("Return on investment");
            return metricGroupTitle(line.id);
        case Column::Value:
            return format(line, line.value);
        case Column::Low:
            return format(line, line.low);
        case Column::High:
            return format(line, line.high);
        }
        return {};
    case int(Role::SortValue):
        switch (column) {
        case Column::Component:
            return index.row();
        case Column::Value:
            return line.value ? QVariant(*line.value) : QVariant();
        case Column::Low:
            return line.low ? QVariant(*line.low) : QVariant();
        case Column::High:
            return line.high ? QVariant(*line.high) : QVariant();
        }
        return {};
    case int(Role::Id):
        return line.id;
    case Qt::TextAlignmentRole:
        if (column == Column::Component)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal && line.id != QLatin1String("cost")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (line.id == QLatin1String("cost"))
            return tr("The programme cost per month times the horizon of %n month(s)", nullptr,
                      m_summary.horizonMonths);
        if (line.id == QLatin1String("roi"))
            return tr("(value − cost) / cost");
        return {};
    default:
        return {};
    }
}

QVariant RoiSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCountValue) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::Component:
        return tr("Component");
    case Column::Value:
        return tr("Value");
    case Column::Low:
        return tr("Low");
    case Column::High:
        return tr("High");
    }
    return {};
}
