// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistory.h"

#include "commontext.h"
#include "importer.h"
#include "importwriter.h"
#include "rejectedtext.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>

namespace {

bool openReadOnly(SqliteConnection &connection, const QString &projectPath, QString *error)
{
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) == SQLITE_OK)
        return true;
    *error = CommonText::cannotReadProject(projectPath, connection.errorMessage());
    return false;
}

// The file's headers as the import's mapping recorded them, by column.
QStringList headersOf(const QString &mappingJson)
{
    const QJsonArray columns = QJsonDocument::fromJson(mappingJson.toUtf8())
                                   .object()
                                   .value(QLatin1String("columns"))
                                   .toArray();
    QStringList headers;
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const int index = column.value(QLatin1String("column")).toInt() - 1;
        if (index < 0 || index > 10000)
            continue;
        while (headers.size() <= index)
            headers.append(QString());
        headers[index] = column.value(QLatin1String("header")).toString();
    }
    return headers;
}

// RFC 4180, quoted where needed, as the CSV reader reads it back.
QString csvRecord(const QStringList &fields)
{
    return ImportWriter::joinRecord(fields, QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace

QList<ImportHistory::Entry> ImportHistory::load(const QString &projectPath, QString *error)
{
    QList<Entry> entries;
    SqliteConnection connection;
    if (!openReadOnly(connection, projectPath, error))
        return entries;
    try {
        SqliteStatement statement = connection.prepare(
            "SELECT l.id, l.table_name, l.file_name, l.file_path, l.sheet, l.sha256, l.file_size, "
            "l.imported_at, l.rows_read, l.rows_imported, l.rows_rejected, l.undoable, "
            "l.mapping_json, (SELECT count(*) FROM rejected_rows r WHERE r.import_id = l.id "
            "AND r.fixed_by IS NOT NULL) FROM import_log l ORDER BY l.id DESC");
        while (statement.step()) {
            Entry entry;
            entry.id = statement.integer(0);
            entry.table = statement.text(1);
            entry.fileName = statement.text(2);
            entry.filePath = statement.text(3);
            entry.sheet = statement.text(4);
            entry.sha256 = statement.text(5);
            entry.fileSize = statement.integer(6);
            entry.importedAt = QDateTime::fromString(statement.text(7), Qt::ISODate);
            entry.rowsRead = statement.integer(8);
            entry.rowsImported = statement.integer(9);
            entry.rowsRejected = statement.integer(10);
            entry.undoable = statement.integer(11) != 0;
            entry.mappingJson = statement.text(12);
            entry.rowsFixed = statement.integer(13);
            entries.append(entry);
        }
    } catch (const SqliteError &sqliteError) {
        *error = tr("%1: cannot read the import history (%2).")
                     .arg(QDir::toNativeSeparators(projectPath), sqliteError.message());
        entries.clear();
    }
    return entries;
}

ImportHistory::Rejected ImportHistory::rejectedRows(const QString &projectPath, qint64 importId)
{
    Rejected rejected;
    SqliteConnection connection;
    if (!openReadOnly(connection, projectPath, &rejected.error))
        return rejected;
    try {
        SqliteStatement import = connection.prepare(
            "SELECT mapping_json, coalesce(record_delimiter, ',') FROM import_log WHERE id = ?");
        import.bind(1, importId);
        if (!import.step()) {
            rejected.error = tr("Import %1 is not in this project.").arg(importId);
            return rejected;
        }
        rejected.headers = headersOf(import.text(0));
        const QString delimiterText = import.text(1);
        const QChar delimiter = delimiterText.isEmpty() ? QLatin1Char(',') : delimiterText.front();
        SqliteStatement rows = connection.prepare(
            "SELECT id, line, column_name, reason, raw_text, coalesce(fixed_by, 0) "
            "FROM rejected_rows WHERE import_id = ? ORDER BY line, id");
        rows.bind(1, importId);
        while (rows.step()) {
            RejectedRecord record;
            record.id = rows.integer(0);
            record.line = rows.integer(1);
            record.columnName = rows.text(2);
            record.reason = rows.text(3);
            const QString raw = rows.text(4);
            record.whole = !RejectedText::isCapped(raw);
            record.fields = ImportWriter::splitRecord(raw, delimiter);
            record.fixedBy = rows.integer(5);
            rejected.rows.append(record);
        }
        for (const RejectedRecord &record : std::as_const(rejected.rows)) {
            while (rejected.headers.size() < record.fields.size())
                rejected.headers.append(QString());
        }
    } catch (const SqliteError &sqliteError) {
        rejected.error = CommonText::cannotReadRejectedRows(projectPath, sqliteError.message());
        rejected.rows.clear();
    }
    return rejected;
}

ImportHistory::Reimport ImportHistory::reimportFixed(const QString &projectPath, qint64 importId,
                                                     const QStringList &headers,
                                                     const QList<RejectedRecord> &rows,
                                                     const QString &fixedFilePath,
                                                     const ImportProgressCallback &progress)
{
    Reimport outcome;
    outcome.fixedFilePath = fixedFilePath;
    auto fail = [&outcome](const QString &message) {
        outcome.result.ok = false;
        outcome.result.error.kind = ImportError::Kind::InvalidRequest;
        outcome.result.error.message = message;
        return outcome;
    };
    QString mappingJson;
    QString tableName;
    {
        SqliteConnection connection;
        QString error;
        if (!openReadOnly(connection, projectPath, &error))
            return fail(error);
        SqliteStatement import
            = connection.prepare("SELECT mapping_json, table_name FROM import_log WHERE id = ?");
        import.bind(1, importId);
        if (!import.step())
            return fail(tr("Import %1 is not in this project.").arg(importId));
        mappingJson = import.text(0);
        tableName = import.text(1);
    }
    QString mappingError;
    const std::optional<FieldMapping> mapping
        = FieldMapping::fromJson(mappingJson.toUtf8(), &mappingError);
    const TableSpec *table = tableSpecByName(tableName);
    if (!mapping || !table)
        return fail(
            tr("The mapping of import %1 cannot be read (%2).").arg(importId).arg(mappingError));

    // The fixed rows as a file of their own, kept: the new import's record
    // names it, and its lines are the rows' order (line 2 is the first row).
    QSaveFile file(fixedFilePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(CommonText::cannotWriteFile(fixedFilePath, file.errorString()));
    QString text = QString(QChar(0xFEFF)) + csvRecord(headers);
    for (const RejectedRecord &row : rows) {
        QStringList fields = row.fields;
        while (fields.size() < headers.size())
            fields.append(QString());
        text += csvRecord(fields);
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(CommonText::cannotWriteFile(fixedFilePath, file.errorString()));

    ImportRequest request;
    request.projectPath = projectPath;
    request.filePath = fixedFilePath;
    request.table = table->table;
    request.mapping = mapping;
    request.duplicatePolicy = DuplicatePolicy::Skip;
    outcome.result = Importer::run(request, progress);
    if (!outcome.result.ok)
        return outcome;

    // The rows the new import did not reject went in: they are fixed.
    try {
        SqliteConnection connection;
        connection.openOrThrow(projectPath, SqliteConnection::Access::ReadWrite);
        SqliteTransaction transaction(connection);
        QList<qint64> stillRejected;
        SqliteStatement lines
            = connection.prepare("SELECT line FROM rejected_rows WHERE import_id = ?");
        lines.bind(1, outcome.result.importId);
        while (lines.step())
            stillRejected.append(lines.integer(0));
        std::sort(stillRejected.begin(), stillRejected.end());
        SqliteStatement mark
            = connection.prepare("UPDATE rejected_rows SET fixed_by = ? WHERE id = ?");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 line = i + 2; // after the header
            if (std::binary_search(stillRejected.begin(), stillRejected.end(), line))
                continue;
            mark.bind(1, outcome.result.importId);
            mark.bind(2, rows[i].id);
            mark.execute();
            ++outcome.rowsFixed;
        }
        transaction.commit();
    } catch (const SqliteError &) {
        // The rows are imported; only their marks are missing, and the
        // history shows them as still rejected. Nothing to undo.
        outcome.rowsFixed = 0;
    }
    return outcome;
}
