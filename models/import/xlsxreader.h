// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"
#include "xlsxpartstream.h"

#include <QString>
#include <QStringList>

#include <memory>

class XlsxWorkbook;

struct XlsxReaderOptions
{
    static constexpr int FirstNonEmptyRow = 0;
    static constexpr int NoHeaderRow = -1;

    QString sheet; // sheet name; empty reads the first sheet in tab order
    // 1-based sheet row holding the column names (rows above it are skipped),
    // FirstNonEmptyRow, or NoHeaderRow ("Column 1", "Column 2", ...)
    int headerRow = FirstNonEmptyRow;
    XlsxLimits limits;
};

// Reads one sheet of an XLSX workbook row by row (SAX-style through
// QXmlStreamReader over the inflating zip entry): memory does not depend on
// the sheet's size, only the workbook's shared-strings table is held.
//
// Values come out in the canonical text forms of SourceRecord: shared, inline
// and formula strings as stored; numbers in C locale, shortest round-trip
// ("29.85"); booleans "true"/"false"; error cells as their text ("#N/A");
// numbers in a date or time format as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS"
// (non-zero time) or "HH:MM:SS" (serial below 1), in the workbook's 1900 or
// 1904 date system. Formulas give their cached value. Rows without any
// non-empty cell are skipped; SourceRecord::line is the sheet row number.
// Cells right of the header's last column are kept (fields longer than
// headers()).
//
// Headers are trimmed; a blank one becomes "Column N" and a repeated one
// (case-insensitive) gets " (2)", " (3)" ..., as in CsvReader.
//
// A value longer than Excel's 32 767 characters (InputLimits) is cut to its
// first characters and listed in SourceRecord::longValues with its length;
// the XML parser never holds more of it than that (XmlInputGuard).
//
// Fatal errors (SourceError): FileNotFound, CannotOpen, EmptyFile (also an
// empty sheet), NotAZipArchive (not a zip, or a zip without a workbook),
// LegacyExcel (.xls), Encrypted, Truncated (cut short or damaged), TooLarge
// (zip bomb limits, a row beyond 1 048 576, a row of more than
// InputLimits::maxRowCharacters, XML nested too deep or a tag too long),
// SheetNotFound (lists the sheets), MalformedXml (with the sheet row and
// column when known; also a DTD, a cell beyond column XFD).
//
// Thread rules: as RecordSource.
class XlsxReader final : public RecordSource
{
public:
    // Opens the sheet and reads its header row (or first row when there is
    // none), so headers() is ready; nullptr and `error` set when that fails.
    static std::unique_ptr<XlsxReader> open(const QString &filePath,
                                            const XlsxReaderOptions &options, SourceError *error);
    ~XlsxReader() override;

    QString sheetName() const { return m_sheetName; } // the sheet being read
    QStringList headers() const override { return m_headers; }
    bool next(SourceRecord &record) override;
    SourceError error() const override { return m_error; }
    // Compressed bytes of the sheet's part (shared strings and styles, read
    // when opening, are not counted).
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

    // The canonical texts above, public for tests and for the value parsers.
    static QString numberText(double value);
    static QString serialDateText(double serial, bool date1904);

private:
    enum class CellType : int;
    static CellType cellType(QStringView typeAttribute); // a cell's t=""

    explicit XlsxReader(const XlsxReaderOptions &options);
    bool start(const QString &filePath);
    bool readHeader();
    void setHeaders(const QStringList &names);
    bool readRow(SourceRecord &record);
    bool readRowCells(SourceRecord &record);
    bool readCell(SourceRecord &record);
    bool addValue(SourceRecord &record, QString text, qint64 length);
    QString cellText(CellType type, qsizetype style);
    void failAt(SourceError::Kind kind, const QString &message);

    XlsxReaderOptions m_options;
    std::unique_ptr<XlsxWorkbook> m_workbook;
    std::unique_ptr<XlsxPartStream> m_stream;
    QString m_sheetName;
    QStringList m_headers;
    SourceRecord m_pending; // first data row, read while making up headers
    bool m_hasPending = false;
    bool m_inSheetData = false;
    bool m_atEnd = false;
    qint64 m_row = 0; // current sheet row (1-based)
    int m_column = 0; // current cell column (1-based)
    QString m_value; // raw text of the current cell, reused
    qsizetype m_rowCharacters = 0; // of the values of the current row
    SourceError m_error;
};
