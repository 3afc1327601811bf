// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

#include <cmath>

QString BalanceModel::smdText(double smd) const
{
    // Three decimals, and no "-0.000" for a difference weighting removed.
    const double rounded = std::round(smd * 1000) / 1000;
    return m_locale.toString(rounded == 0 ? 0.0 : rounded, 'f', 3);
}

BalanceModel::BalanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BalanceModel::setBalance(const std::vector<BalanceRow> &balance)
{
    beginResetModel();
    m_balance = balance;
    endResetModel();
}

void BalanceModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
}

void BalanceModel::retranslate()
{
    if (!m_balance.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int BalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balance.size());
}

int BalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::ColumnCount);
}

QVariant BalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceRow &row = m_balance[size_t(index.row())];
    const auto column = Column(index.column());
    const bool outOfBalance = std::abs(row.smdAfter) > threshold;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Covariate:
            return covariateLabel(row.covariate);
        case Column::Before:
            return smdText(row.smdBefore);
        case Column::After:
            return smdText(row.smdAfter);
        case Column::ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Covariate ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (outOfBalance) {
            return tr("Still out of balance after weighting: the two sides differ by more than "
                      "0.1 standard deviations.");
        }
        return {};
    case Qt::ForegroundRole:
        if (outOfBalance && column == Column::After)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    default:
        return {};
    }
}

QVariant BalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Covariate:
        return tr("Characteristic");
    case Column::Before:
        //: Standardized mean difference between the two sides before weighting
        return tr("Difference before");
    case Column::After:
        //: Standardized mean difference between the two sides after weighting
        return tr("Difference after");
    case Column::ColumnCount:
        break;
    }
    return {};
}
