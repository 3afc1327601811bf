// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"
#include "recordsource.h"

#include <QString>
#include <QStringList>

#include <memory>

// Opens a user's file for an import: a workbook (XLSX, or a legacy .xls that
// XlsxReader names as such) by its signature or extension, anything else as
// delimited text with the CSV format detected (and the caller's overrides).
// Remembers what it found, so the second pass reads the file the same way.
//
// Thread rules: one thread at a time; reopen() may run on another thread
// than open().
class ImportSource
{
public:
    enum class Kind { Text, Workbook };

    std::unique_ptr<RecordSource> open(const QString &path, const QString &sheet,
                                       const CsvFormat::Overrides &overrides, SourceError *error);
    // A new reader of the same file, sheet and format.
    std::unique_ptr<RecordSource> reopen(SourceError *error) const;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    CsvFormat csvFormat() const { return m_format; } // Kind::Text
    QString sheetName() const { return m_sheet; } // Kind::Workbook: the sheet read
    QStringList sheetNames() const { return m_sheetNames; } // Kind::Workbook, in tab order
    bool isDate1904() const { return m_date1904; }
    // The delimiter used when a rejected record is written back as one line:
    // the file's own for text, a comma for workbooks.
    QChar recordDelimiter() const;

    static bool looksLikeWorkbook(const QString &path);

private:
    Kind m_kind = Kind::Text;
    QString m_path;
    CsvFormat m_format;
    QString m_sheet;
    QStringList m_sheetNames;
    bool m_date1904 = false;
};
