// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceerror.h"

#include <QStringList>

// One data row of a tabular file, as text.
//
// Readers hand over text in locale-neutral canonical forms where the file
// itself is typed (XLSX): ISO dates "YYYY-MM-DD" (with "THH:MM:SS" when the
// cell has a time), numbers in C locale with '.' decimal, booleans as
// "true"/"false". CSV fields are handed over exactly as written (quotes
// removed, nothing trimmed), so the value parsers see the raw text and a
// rejected row keeps it.
struct SourceRecord
{
    // A value longer than InputLimits::maxValueCharacters (Excel's cell
    // limit): its field holds only the first InputLimits::keptValueCharacters.
    struct LongValue
    {
        int column = 0; // 1-based
        qint64 length = 0; // characters (UTF-16 code units) of the whole value
    };

    qint64 line = 0; // 1-based line (CSV: where the record starts) or sheet row (XLSX)
    QStringList fields; // one per header column; missing trailing cells are empty strings
    QList<LongValue> longValues; // in column order; empty for almost every row
};

// A streaming reader of one table in a file (a CSV file, or one sheet of a
// workbook). Memory use does not depend on the file's size: a row holds at
// most InputLimits::maxRowCharacters, a value longer than Excel's cell limit
// is cut (SourceRecord::longValues), and a row that cannot be read within
// these bounds is a fatal TooLarge error naming its line.
//
// Thread rules: a RecordSource is used by one thread at a time; it may be
// created on one thread and read on another.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // Column names from the header row, or "Column 1", "Column 2", ... when
    // the file has none. Never empty for a readable source.
    virtual QStringList headers() const = 0;

    // The name of a column without a header (1-based), in every reader. Not
    // translated: the name is stored with extra attributes and saved in
    // mapping profiles, which must not depend on the interface language.
    // (SourceError::unnamedColumn() is the translated one, for display.)
    static QString unnamedColumnName(qsizetype column)
    {
        return QStringLiteral("Column %1").arg(column);
    }

    // Reads the next data row into `record`. Returns false at the end of the
    // data or on an error; error().isError() tells which.
    virtual bool next(SourceRecord &record) = 0;

    virtual SourceError error() const = 0;

    // Progress in bytes of the underlying file (compressed bytes for XLSX).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};
