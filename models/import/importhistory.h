// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrequest.h"
#include "importresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class SqliteConnection;

// The project's imports, as the window's Import history lists them, and
// their rejected rows as records of the file's columns, which the user can
// fix and import again (reimportFixed).
//
// Thread rules: the functions taking a connection run on its thread; the
// ones taking a project path open their own and may run on any thread.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    struct Entry
    {
        qint64 id = 0;
        QString table;
        QString fileName;
        QString filePath;
        QString sheet;
        QString sha256;
        qint64 fileSize = 0;
        QDateTime importedAt; // UTC
        qint64 rowsRead = 0;
        qint64 rowsImported = 0;
        qint64 rowsRejected = 0;
        qint64 rowsFixed = 0; // rejected rows imported again later, fixed
        bool undoable = false;
        QString mappingJson;
    };

    struct RejectedRecord
    {
        qint64 id = 0; // rejected_rows.id
        qint64 line = 0;
        QString columnName;
        QString reason;
        QStringList fields; // the record, split into the file's columns
        bool whole = true; // false when the stored text was cut (too long)
        qint64 fixedBy = 0; // the import that took it in fixed; 0 while still rejected
    };

    struct Rejected
    {
        QStringList headers; // the file's, from the import's mapping
        QList<RejectedRecord> rows;
        QString error; // translated; empty on success
    };

    // Newest first. An empty list and `error` set when the project cannot be read.
    static QList<Entry> load(const QString &projectPath, QString *error);
    static Rejected rejectedRows(const QString &projectPath, qint64 importId);

    struct Reimport
    {
        ImportResult result;
        QString fixedFilePath;
        qint64 rowsFixed = 0; // of the given rows, those the new import took in
    };
    // Writes the header and the given (fixed) records to `fixedFilePath` as
    // a UTF-8 CSV, imports it with the original import's mapping (duplicates
    // skipped), and marks the rejected rows the new import took in.
    static Reimport reimportFixed(const QString &projectPath, qint64 importId,
                                  const QStringList &headers, const QList<RejectedRecord> &rows,
                                  const QString &fixedFilePath,
                                  const ImportProgressCallback &progress = {});
};
