// SPDX-License-Identifier: GPL-3.0-or-later
#include "roisummarymodel.h"

#include "metricformat.h"
#include "metriclabels.h"

#include <QFont>

RoiSummaryModel::RoiSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoiSummaryModel::setSummary(const RoiSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    m_lines = RoiTable::lines(m_summary);
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
    return int(m_lines.size());
}

int RoiSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant RoiSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoiTable::Line &line = m_lines[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Component:
            return RoiTable::label(line);
        case Column::Value:
            return RoiTable::number(line, line.value, m_summary.currency, m_locale);
        case Column::Low:
            return RoiTable::number(line, line.low, m_summary.currency, m_locale);
        case Column::High:
            return RoiTable::number(line, line.high, m_summary.currency, m_locale);
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
        if (line.isTotal && line.id != QLatin1String("cost")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString tip = RoiTable::toolTip(line, m_summary);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
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
    return RoiTable::headers().value(section);
}
