// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"
#include "tablecursor.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Writes every row of a data browser query (one table, its filter and its
// sort) to a CSV file, read from the project in chunks, so memory does not
// grow with the table: the export of a table the browser shows only in part.
// Same file as TableCsvExport: UTF-8 in the given dialect (for programs, or
// for a spreadsheet in a language), CRLF, RFC 4180 quoting, numbers as
// numbers, dates as stored (YYYY-MM-DD), text that a spreadsheet would run as
// a formula neutralised. The header record
// holds the canonical field names, so the file imports again as it is.
//
// Thread rules: opens its own read-only connection; any thread.
class QueryCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(QueryCsvExport)

public:
    // Called after each chunk with the rows written so far; false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0; // records written, without the header
        QString message; // translated: what was written, or why nothing was
    };

    // Writes the file whole or not at all (an existing file is kept unless
    // the export succeeds).
    static Outcome write(const QString &projectPath, const TableQuery &query, const QString &path,
                         const CsvDialect &dialect, const Progress &progress = {});
};
