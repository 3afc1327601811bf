// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"
#include "importhistory.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QJsonObject>
#include <QSet>

// The rejected rows of one import, as the file's columns, for the user to
// fix in place: line, problem, then one editable column per file column.
// Rows already fixed and imported again are hidden unless asked for, and
// cannot be edited; a row whose stored text was cut (too long to keep)
// cannot be edited either. Edited rows are marked until imported; the value
// a row was rejected for has a light red background.
//
// GUI thread; the rows are loaded elsewhere (ImportHistory::rejectedRows).
class RejectedRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { Line, Problem, FirstField };

    explicit RejectedRecordsModel(QObject *parent = nullptr);

    void setRejected(const ImportHistory::Rejected &rejected);
    void setShowFixed(bool show);
    bool showsFixed() const { return m_showFixed; }

    const QStringList &headers() const { return m_headers; }
    // The rows still rejected that can be imported again (whole, not fixed yet).
    QList<ImportHistory::RejectedRecord> rowsToImport() const;
    int editedCount() const { return int(m_edited.size()); }

    // The rows shown as CSV in the dialect, every cell neutralised against
    // formulas; and the workbook description for socialroi-xlsx-writer.
    QByteArray toCsv(const CsvDialect &dialect) const;
    QJsonObject xlsxSpec() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuildVisible();
    QStringList headerTexts() const;
    QStringList rowTexts(const ImportHistory::RejectedRecord &record) const;

    QStringList m_headers;
    QList<ImportHistory::RejectedRecord> m_rows;
    QList<int> m_visible; // indexes into m_rows
    QSet<qint64> m_edited; // rejected_rows ids
    bool m_showFixed = false;
};
