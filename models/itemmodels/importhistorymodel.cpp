// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorymodel.h"

#include "datetext.h"
#include "fieldlabels.h"

#include <QLocale>

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportHistoryModel::setEntries(const QList<ImportHistory::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ImportHistoryModel::rowOf(qint64 importId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == importId)
            return int(row);
    }
    return -1;
}

QString ImportHistoryModel::fileText(const ImportHistory::Entry &entry)
{
    return entry.sheet.isEmpty()
        ? entry.fileName
        : tr("%1 [%2]", "file name and sheet").arg(entry.fileName, entry.sheet);
}

QString ImportHistoryModel::title(const ImportHistory::Entry &entry)
{
    return tr("%1, %2", "file name, date of the import")
        .arg(fileText(entry), DateText::medium(entry.importedAt.toLocalTime().date()));
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ImportHistory::Entry &entry = m_entries[index.row()];
    if (role == ImportIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Read)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return entry.filePath;
        if (index.column() == Rejected && entry.rowsFixed > 0)
            return tr("%n of the rejected rows were fixed and imported again.", "",
                      int(entry.rowsFixed));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case File:
        return fileText(entry);
    case Table:
        return tableLabel(entry.table);
    case When: {
        const QDateTime local = entry.importedAt.toLocalTime();
        return tr("%1, %2", "date and time of an import")
            .arg(DateText::medium(local.date()),
                 locale.toString(local.time(), QLocale::ShortFormat));
    }
    case Read:
        return locale.toString(entry.rowsRead);
    case Imported:
        return locale.toString(entry.rowsImported);
    case Rejected:
        if (entry.rowsFixed > 0)
            return tr("%1 (%2 fixed)")
                .arg(locale.toString(entry.rowsRejected), locale.toString(entry.rowsFixed));
        return locale.toString(entry.rowsRejected);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case File:
        return importLogLabel(u"file_name");
    case Table:
        return tr("Imported as");
    case When:
        return tr("When");
    case Read:
        return importLogLabel(u"rows_read");
    case Imported:
        return tr("Imported");
    case Rejected:
        return tr("Rejected");
    case ColumnCount:
        break;
    }
    return {};
}
