// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

struct TableCsvExportOptions
{
    int rawRole = -1; // -1: display text only
    CsvDialect dialect = CsvDialect::programs();
};

// Writes every row of a table model to a CSV file in the options' dialect
// (for programs, or for a spreadsheet in a language: see CsvDialect): UTF-8,
// CRLF line ends, RFC 4180 quoting, the horizontal headers as the first
// record. A number stays a number, a date is written YYYY-MM-DD, and text a
// spreadsheet would run as a formula (leading =, +, -, @, tab or CR) is
// neutralised.
//
// A cell's value is its raw value under `rawRole` when the model gives one
// there (a number as the dialect writes it, a text as is), else its display
// text, else (an icon column) its tooltip. Rows the model has not fetched yet are not written: give it a model
// that holds all its rows.
//
// Thread rules: the thread of the model (item models live in the GUI thread).
class TableCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(TableCsvExport)

public:
    enum class Error { None, CannotOpen, CannotWrite };

    using Options = TableCsvExportOptions;

    struct Outcome
    {
        Error error = Error::None;
        int rows = 0; // records written, without the header
        QString message; // translated: why nothing was written; empty on success
        bool ok() const { return error == Error::None; }
    };

    // The file's text, without the dialect's byte order mark.
    static QString toCsv(const QAbstractItemModel &model, const Options &options = {});
    // Writes the file whole or not at all (an existing file is kept on failure).
    static Outcome write(const QAbstractItemModel &model, const QString &path,
                         const Options &options = {});
};
