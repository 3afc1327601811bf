// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecsvexport.h"

#include "exportfile.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSaveFile>

namespace {

QString cell(const QAbstractItemModel &model, const QModelIndex &index,
             const TableCsvExport::Options &options)
{
    const CsvDialect &dialect = options.dialect;
    if (options.rawRole >= 0) {
        const QVariant raw = model.data(index, options.rawRole);
        switch (raw.typeId()) {
        case QMetaType::Double:
        case QMetaType::Float:
            return dialect.number(raw.toDouble());
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return dialect.integer(raw.toLongLong());
        case QMetaType::QDate:
            return dialect.date(raw.toDate());
        case QMetaType::QString:
        case QMetaType::QByteArray:
            if (!raw.isNull())
                return dialect.field(raw.toString());
            break;
        default:
            break;
        }
    }
    // Line breaks inside a cell are kept: quoting carries them. A cell without
    // text (an icon column, such as a warning) gives its tooltip, as the
    // clipboard copy does.
    QString text = model.data(index, Qt::DisplayRole).toString();
    if (text.isEmpty())
        text = model.data(index, Qt::ToolTipRole).toString();
    return dialect.field(text);
}

} // namespace

QString TableCsvExport::toCsv(const QAbstractItemModel &model, const Options &options)
{
    const int columns = model.columnCount();
    QStringList cells;
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells << options.dialect.field(model.headerData(column, Qt::Horizontal).toString());
    QString text = options.dialect.record(cells);
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < columns; ++column)
            cells << cell(model, model.index(row, column), options);
        text += options.dialect.record(cells);
    }
    return text;
}

TableCsvExport::Outcome TableCsvExport::write(const QAbstractItemModel &model, const QString &path,
                                              const Options &options)
{
    Outcome outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = Error::CannotOpen;
        outcome.message = ExportFile::cannotCreateText(path, file.errorString());
        return outcome;
    }
    const QByteArray bytes = options.dialect.file(toCsv(model, options));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        outcome.error = Error::CannotWrite;
        outcome.message = ExportFile::cannotFinishText(path, file.errorString());
        return outcome;
    }
    outcome.rows = model.rowCount();
    return outcome;
}
