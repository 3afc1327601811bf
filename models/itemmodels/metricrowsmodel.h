// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "metrictable.h"

#include <QAbstractTableModel>
#include <QLocale>

// The rows of one metric group as a read-only table: one line per MetricRow,
// the columns of SPEC section 6 (social, control, difference, lift, interval,
// p-value, sample sizes, warning). Display text goes through MetricFormat in
// the model's locale and the project's currency; SortValue gives the raw
// number (null when missing, so missing rows sort last). The warning column
// has no text: its sentence is under Role::Warning and the tooltip, and the
// view draws the icon. The model computes nothing; setGroup() resets it.
class MetricRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns and their texts are MetricTable's, shared with the reports.
    using Column = MetricTable::Column;
    static constexpr int columnCountValue = MetricTable::columnCount;
    enum class Role {
        SortValue = Qt::UserRole + 1,
        Warning, // the row's warning sentence, empty when none
        RowName, // the engine's row name, e.g. "retention_12m"
        Unit, // the engine's unit, e.g. "share"
    };

    explicit MetricRowsModel(QObject *parent = nullptr);

    // `currency` is the project's ISO code (RoiSummary::currency).
    void setGroup(const MetricGroup &group, const QString &currency);
    void clear();
    const MetricGroup &group() const { return m_group; }
    QString currency() const { return m_currency; }
    void setLocale(const QLocale &locale); // the user's locale unless set
    // The language changed: headers and labels are read again.
    void retranslate();
    // With the statistical details, a row's label names the test it reports
    // ("Customers lost over the whole period (log-rank test)").
    void setStatisticalDetails(bool shown);
    bool statisticalDetails() const { return m_statisticalDetails; }
    QLocale locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const MetricRow &row, Column column) const;
    QVariant sortValue(const MetricRow &row, Column column) const;
    QVariant toolTip(const MetricRow &row, Column column) const;

    MetricGroup m_group;
    QString m_currency;
    QLocale m_locale;
    bool m_statisticalDetails = false;
};
