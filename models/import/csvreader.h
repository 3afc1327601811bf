// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"
#include "recordsource.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

// Streams the records of a delimited text file (RFC 4180 and the ways real
// files bend it), in fixed-size chunks: memory does not depend on the file's
// size, only on its longest record.
//
// - Quoted fields may hold delimiters, doubled quotes and line breaks (kept
//   as written, "\r\n" stays "\r\n"). Text after a closing quote is kept, as
//   Excel does ("ab"c -> abc); a quote inside an unquoted field is a letter.
// - Records end at CRLF, LF or a lone CR; the last one may lack a line end.
//   Empty lines are skipped. SourceRecord::line is the physical line where
//   the record starts, 1-based, counting the header line and the line breaks
//   inside quoted fields.
// - Fields are handed over exactly as written: no trimming, " " stays " ".
//   A record shorter than the header is padded with empty strings; a longer
//   one keeps its extra fields (record.fields.size() > headers().size()) so
//   the importer can reject it.
// - Headers are trimmed; a blank one becomes "Column N" and a repeated one
//   (case-insensitive) gets " (2)", " (3)" ...; without a header row the
//   columns are "Column 1" ... up to the first record's field count.
// - Fatal errors (SourceError): FileNotFound, CannotOpen, EmptyFile (no
//   record at all: zero bytes, only a BOM or only line breaks),
//   UnterminatedQuote (line and column where the quoted field starts),
//   InvalidEncoding (line and column of the first invalid byte), TooLarge (a
//   record longer than InputLimits::maxRowCharacters, e.g. a stray quote in
//   a huge file or a file without line breaks, found without reading more
//   of it; more than InputLimits::maxColumns fields; a column name longer
//   than InputLimits::maxValueCharacters).
// - A field longer than InputLimits::maxValueCharacters (Excel's cell limit)
//   is cut to its first InputLimits::keptValueCharacters and listed in
//   SourceRecord::longValues with its length.
//
// Thread rules: as RecordSource.
class CsvReader final : public RecordSource
{
public:
    // Opens with the detected format (CsvFormat::detect, no overrides).
    static std::unique_ptr<CsvReader> open(const QString &path, SourceError *error);
    // Opens with a given format (detected, then adjusted by the caller). Reads
    // the header row (or the first record when there is none), so headers()
    // is ready; returns nullptr and sets `error` when even that fails.
    static std::unique_ptr<CsvReader> open(const QString &path, const CsvFormat &format,
                                           SourceError *error);

    ~CsvReader() override;

    CsvFormat format() const { return m_format; }
    QString filePath() const { return m_path; }

    QStringList headers() const override { return m_headers; }
    // Reuses record.fields' storage; when it returns false, `record` holds
    // nothing useful (keep a copy of the last record if you need it).
    bool next(SourceRecord &record) override;
    SourceError error() const override { return m_error; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_totalBytes; }

    static constexpr qsizetype chunkBytes = 1024 * 1024;

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    CsvReader(const QString &path, const CsvFormat &format);
    bool start(); // opens the file, skips the BOM, reads the header row
    bool readRecord(SourceRecord &record);
    bool refill(); // false at the end of the text (error() tells why when it is not the end)
    void fail(SourceError::Kind kind, qint64 line, int column, const QString &message);
    void setHeaders(const QStringList &names);

    QString m_path;
    CsvFormat m_format;
    QFile m_file;
    qint64 m_totalBytes = 0;
    QStringList m_headers;
    SourceError m_error;

    QByteArray m_bytes; // raw bytes of the current chunk
    QByteArray m_carry; // bytes of a character split by the chunk boundary
    QString m_text; // decoded text of the current chunk
    qsizetype m_position = 0; // next character of m_text to parse
    bool m_atEnd = false; // the file has been read to its end
    bool m_invalidEncoding = false; // m_text ends where invalid bytes start
    bool m_firstChunk = true; // the next chunk is the start of the file (BOM)

    // Parser state kept across chunk boundaries.
    qint64 m_line = 1; // physical line of the character at m_position
    QChar m_previous; // the character before m_position, for CRLF counted once
    bool m_skipLineFeed = false; // a record ended with CR at the end of a chunk
    QString m_field; // the current field when it spans chunks or holds "" escapes
    qint64 m_fieldLength = 0; // characters of the current field, also those not kept
    qsizetype m_recordStart = 0; // where the current record starts in m_text (0: earlier)
    qint64 m_recordCharacters = 0; // of the current record, in the chunks before m_text

    bool m_hasPending = false; // the first record, read to count columns (no header)
    SourceRecord m_pending;
};
