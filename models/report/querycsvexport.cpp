// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycsvexport.h"

#include "exportfile.h"

#include <QDir>
#include <QSaveFile>

namespace {

constexpr int rowsPerChunk = 4096;

QString cell(const QVariant &value, const CsvDialect &dialect)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        return dialect.number(value.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return dialect.integer(value.toLongLong());
    default:
        // Text as stored; NULL is an empty cell.
        return value.isNull() ? QString() : dialect.field(value.toString());
    }
}

} // namespace

QueryCsvExport::Outcome QueryCsvExport::write(const QString &projectPath, const TableQuery &query,
                                              const QString &path, const CsvDialect &dialect,
                                              const Progress &progress)
{
    Outcome outcome;
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.message = ExportFile::cannotCreateText(path, file.errorString());
        return outcome;
    }
    try {
        TableCursor cursor(projectPath, query);
        QByteArray bytes = dialect.fileStart();
        QStringList cells;
        for (const QString &column : query.columns())
            cells << dialect.field(column);
        bytes += dialect.record(cells).toUtf8();
        while (!cursor.atEnd()) {
            const std::vector<BrowserRow> rows = cursor.fetch(rowsPerChunk);
            for (const BrowserRow &row : rows) {
                cells.clear();
                for (const QVariant &value : row)
                    cells << cell(value, dialect);
                bytes += dialect.record(cells).toUtf8();
            }
            outcome.rows += qint64(rows.size());
            if (file.write(bytes) != bytes.size())
                break;
            bytes.clear();
            if (progress && !progress(outcome.rows)) {
                file.cancelWriting();
                outcome.cancelled = true;
                outcome.message = tr("The export was cancelled; nothing was written.");
                return outcome;
            }
        }
    } catch (const SqliteError &error) {
        file.cancelWriting();
        outcome.rows = 0;
        outcome.message
            = tr("The project could not be read (%1); nothing was written.").arg(error.message());
        return outcome;
    }
    if (!file.commit()) {
        outcome.rows = 0;
        outcome.message = ExportFile::cannotFinishText(path, file.errorString());
        return outcome;
    }
    outcome.ok = true;
    outcome.message
        = tr("%Ln row(s) written to %1.", nullptr, int(qMin(outcome.rows, qint64(INT_MAX))))
              .arg(name);
    return outcome;
}
