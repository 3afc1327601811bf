// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"
#include "roitable.h"

#include <QAbstractTableModel>
#include <QLocale>

// The ROI summary of SPEC section 4 as a read-only table: one line per value
// component (a metric group), then the total value, the programme cost, the
// net value and the ROI, each with its low and high end. Money in the
// project's currency, the ROI as a percentage; SortValue gives raw numbers.
class RoiSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Component, Value, Low, High };
    static constexpr int columnCountValue = int(Column::High) + 1;
    enum class Role {
        SortValue = Qt::UserRole + 1,
        Id, // the component's metric group id, or "value", "cost", "net", "roi"
    };

    explicit RoiSummaryModel(QObject *parent = nullptr);

    void setSummary(const RoiSummary &summary);
    const RoiSummary &summary() const { return m_summary; }
    void setLocale(const QLocale &locale);
    // The language changed: headers and labels are read again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RoiSummary m_summary;
    // RoiTable::lines() of m_summary, computed once in setSummary() rather
    // than on every rowCount() and data() call.
    std::vector<RoiTable::Line> m_lines;
    QLocale m_locale;
};
