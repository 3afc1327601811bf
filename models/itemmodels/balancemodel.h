// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

// The balance of the adjusted comparison (SPEC section 4a): one row per
// covariate with its standardized mean difference between the social
// customers compared and their weighted controls, before and after weighting.
// Rows still out of balance (|SMD after| > 0.1) carry a warning.
class BalanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Covariate, Before, After, ColumnCount };
    static constexpr double threshold = Adjustment::balanceLimit;

    explicit BalanceModel(QObject *parent = nullptr);

    void setBalance(const std::vector<BalanceRow> &balance);
    const std::vector<BalanceRow> &balance() const { return m_balance; }
    void setLocale(const QLocale &locale);
    void retranslate(); // headers and labels after a language change

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString smdText(double smd) const;

    std::vector<BalanceRow> m_balance;
    QLocale m_locale;
};
