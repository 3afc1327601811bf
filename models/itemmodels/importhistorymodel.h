// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importhistory.h"

#include <QAbstractTableModel>

// The project's imports for the Import history page, newest first: file,
// table, when, rows read, imported and rejected (with how many of those were
// fixed and imported again). GUI thread; the entries are loaded elsewhere
// (ImportHistory::load on a worker) and handed in.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Table, When, Read, Imported, Rejected, ColumnCount };
    enum Role { ImportIdRole = Qt::UserRole + 1 };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<ImportHistory::Entry> &entries);
    const QList<ImportHistory::Entry> &entries() const { return m_entries; }
    int rowOf(qint64 importId) const; // -1 when absent

    // The navigator's and the details' name of an import: "customers.csv, 7 Dec 2026".
    static QString title(const ImportHistory::Entry &entry);
    static QString fileText(const ImportHistory::Entry &entry); // "book.xlsx [Sheet1]"

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportHistory::Entry> m_entries;
};
